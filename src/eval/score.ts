/**
 * Scores extractions against gold files in the corpus format (ANNOTATION.md):
 * precision, recall and F1 per entity type, macro F1, and the finer
 * accuracies (event titles and ends, role titles, contacts, decision
 * outcomes). The matching rules are those of the reference scorer
 * `score.mjs` of the shared corpus, so the two agree on the same files.
 */
import type { Extraction } from "../schema/index.js";

export interface GoldDocument {
  id: string;
  genre?: string;
  text: string;
  referenceDate?: string | null;
  gold: {
    times: Array<{ text: string; value: string }>;
    events: Array<{ title: string; start: string; end?: string | null }>;
    people: Array<{ name: string; roles: Array<{ title: string; organization?: string | null }>; email?: string | null; phone?: string | null }>;
    bodies: Array<{ name: string; aliases?: string[] }>;
    decisions: Array<{ evidence: string; outcome: string }>;
  };
}

export const FIELDS = ["times", "events", "people", "bodies", "decisions"] as const;
type Field = (typeof FIELDS)[number];

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  gold: number;
  pred: number;
}

export interface Report extends Record<Field, Prf> {
  documents: number;
  failures: string[];
  peopleLenientRecall: number;
  eventTitleAccuracy: number;
  eventEndAccuracy: number;
  roleTitleRecall: number;
  /** Role titles of matched people, with precision: a predicted title pairs with a gold title of the same person. */
  roles: Prf;
  /** Of the paired roles, the share whose organization is right (both none, or sharing half their word stems). */
  roleOrganizationAccuracy: number;
  contactAccuracy: number;
  decisionOutcomeAccuracy: number;
  macroF1: number;
  errors: string[];
}

const norm = (s: unknown) => String(s ?? "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const point = (p: unknown) => {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(String(p ?? "").trim());
  return m ? (m[2] ? `${m[1]}T${m[2]}` : m[1]) : null;
};
const value = (v: unknown) => {
  const parts = String(v ?? "").split("/").map(point);
  return parts.every(Boolean) ? parts.join("/") : null;
};
const role = (t: unknown) => norm(t).replace(/[\d.,:;()]/g, "").trim();
const words = (s: string) =>
  norm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2)
    .map((w) => w.slice(0, 5));
/** Word overlap of two titles: shared 5-letter word stems over the smaller set. */
export function titleOverlap(a: string, b: string): number {
  const A = new Set(words(a));
  const B = new Set(words(b));
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}
const phone = (p: unknown) => String(p ?? "").replace(/[^\d+]/g, "").replace(/^\+358/, "0");

/** Multiset matching by key; among candidates the `better` one wins. */
function pairUp<G, P>(gold: G[], pred: P[], key: (x: G | P) => string | null | undefined, better: (g: G, p: P) => number = () => 0): Array<[G, P]> {
  const pool = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const k = key(p);
    if (k == null) return;
    const list = pool.get(k) ?? [];
    list.push(i);
    pool.set(k, list);
  });
  const pairs: Array<[G, P]> = [];
  for (const g of gold) {
    const k = key(g);
    const cands = k == null ? undefined : pool.get(k);
    if (!cands?.length) continue;
    cands.sort((a, b) => better(g, pred[b]) - better(g, pred[a]));
    pairs.push([g, pred[cands.shift()!]]);
  }
  return pairs;
}

/** The matching rules, for a matcher of one document in context (the viewer's --gold). */
export { pairUp, norm, point, value, role, phone };

type Output = Partial<Extraction> & { error?: unknown };

export function score(docs: GoldDocument[], outputs: Map<string, Output>, withErrors = false): Report {
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, gold: 0, pred: 0 }])) as Record<Field, { tp: number; gold: number; pred: number }>;
  const extra = { eventTitle: [0, 0], eventEnd: [0, 0], roleTitle: [0, 0], contact: [0, 0], decisionOutcome: [0, 0], lenient: 0 };
  const roles = { tp: 0, gold: 0, pred: 0 };
  const roleOrganization = [0, 0];
  const failures: string[] = [];
  const errors: string[] = [];

  for (const doc of docs) {
    const rec = outputs.get(doc.id);
    const g = doc.gold;
    if (!rec || rec.error) {
      failures.push(`${doc.id}: ${rec ? JSON.stringify(rec.error) : "no output"}`);
      for (const f of FIELDS) tally[f].gold += g[f].length;
      continue;
    }
    const P = <K extends Field>(f: K) => (Array.isArray(rec[f]) ? (rec[f] as NonNullable<Output[K]>) : ([] as unknown as NonNullable<Output[K]>));

    const pt = P("times").map((t) => value(t.value)).filter((v): v is string => Boolean(v));
    const tpairs = pairUp<string, string>(g.times.map((t) => value(t.value) ?? ""), pt, (v) => v);
    tally.times.tp += tpairs.length;
    tally.times.gold += g.times.length;
    tally.times.pred += pt.length;
    if (withErrors) {
      const got = new Set(pt);
      const want = new Set(g.times.map((t) => value(t.value)));
      g.times.filter((t) => !got.has(value(t.value)!)).forEach((t) => errors.push(`${doc.id} times  missed ${t.value}  «${t.text}»`));
      pt.filter((v) => !want.has(v)).forEach((v) => errors.push(`${doc.id} times  spurious ${v}`));
    }

    type E = { title?: string | null; start?: string | null; end?: string | null };
    const pe = (P("events") as E[]).filter((e) => point(e.start));
    const epairs = pairUp<E, E>(g.events, pe, (e) => point(e.start), (ge, p) => titleOverlap(ge.title ?? "", p.title ?? ""));
    tally.events.tp += epairs.length;
    tally.events.gold += g.events.length;
    tally.events.pred += pe.length;
    for (const [ge, p] of epairs) {
      extra.eventTitle[1]++;
      if (titleOverlap(ge.title ?? "", p.title ?? "") >= 0.5) extra.eventTitle[0]++;
      extra.eventEnd[1]++;
      if ((point(ge.end) ?? null) === (point(p.end) ?? null)) extra.eventEnd[0]++;
    }
    if (withErrors) {
      const got = new Set(epairs.map(([a]) => a));
      g.events.filter((e) => !got.has(e)).forEach((e) => errors.push(`${doc.id} events missed ${e.start} ${e.title}`));
      const matched = new Set(epairs.map(([, p]) => p));
      pe.filter((e) => !matched.has(e)).forEach((e) => errors.push(`${doc.id} events spurious ${e.start} ${e.title}`));
    }

    type Pr = { title?: string; organization?: string | null };
    type Pp = { name?: string | null; roles?: Array<Pr | string>; email?: string | null; phone?: string | null };
    const pp = (P("people") as Pp[]).filter((p) => p.name);
    const ppairs = pairUp<Pp, Pp>(g.people, pp, (p) => norm(p.name));
    tally.people.tp += ppairs.length;
    tally.people.gold += g.people.length;
    tally.people.pred += pp.length;
    const lenient = (p: Pp) =>
      norm(p.name)
        .split(" ")
        .map((w) => w.slice(0, 4))
        .join(" ");
    extra.lenient += pairUp<Pp, Pp>(g.people, pp, lenient).length;
    for (const [gp, p] of ppairs) {
      const have = new Set((p.roles ?? []).map((r) => role(typeof r === "string" ? r : r.title)));
      for (const r of gp.roles ?? []) {
        extra.roleTitle[1]++;
        if (have.has(role((r as { title: string }).title))) extra.roleTitle[0]++;
      }
      type R = { title: string; organization: string | null };
      const predRoles: R[] = (p.roles ?? []).map((r) => (typeof r === "string" ? { title: role(r), organization: null } : { title: role(r.title), organization: r.organization ?? null }));
      const goldRoles: R[] = (gp.roles ?? []).map((r) => ({ title: role((r as Pr).title), organization: (r as Pr).organization ?? null }));
      const rpairs = pairUp<R, R>(goldRoles, predRoles, (r) => r.title);
      roles.tp += rpairs.length;
      roles.gold += goldRoles.length;
      roles.pred += predRoles.length;
      for (const [gr, pr] of rpairs) {
        roleOrganization[1]++;
        const right = gr.organization == null ? pr.organization == null : pr.organization != null && titleOverlap(gr.organization, pr.organization) >= 0.5;
        if (right) roleOrganization[0]++;
        else if (withErrors) errors.push(`${doc.id} roles  organization ${gp.name}: ${gr.title} of ${pr.organization ?? "none"} ≠ ${gr.organization ?? "none"}`);
      }
      if (withErrors) {
        const hit = new Set(rpairs.map(([g]) => g));
        goldRoles.filter((r) => !hit.has(r)).forEach((r) => errors.push(`${doc.id} roles  missed ${gp.name}: ${r.title}`));
        const want = new Set(goldRoles.map((r) => r.title));
        predRoles.filter((r) => !want.has(r.title)).forEach((r) => errors.push(`${doc.id} roles  spurious ${gp.name}: ${r.title}`));
      }
      if (gp.email) {
        extra.contact[1]++;
        if (norm(p.email) === norm(gp.email)) extra.contact[0]++;
      }
      if (gp.phone) {
        extra.contact[1]++;
        if (phone(p.phone) === phone(gp.phone)) extra.contact[0]++;
      }
    }
    if (withErrors) {
      const got = new Set(ppairs.map(([a]) => a));
      const want = new Set(g.people.map((p) => norm(p.name)));
      g.people.filter((p) => !got.has(p)).forEach((p) => errors.push(`${doc.id} people missed ${p.name}`));
      pp.filter((p) => !want.has(norm(p.name))).forEach((p) => errors.push(`${doc.id} people spurious ${p.name}`));
    }

    type B = { name?: string | null; aliases?: string[]; __gold?: number };
    const pb = (P("bodies") as B[]).filter((b) => b.name);
    const alias = new Map<string, number>();
    g.bodies.forEach((b, i) => [b.name, ...(b.aliases ?? [])].forEach((n) => alias.set(norm(n), i)));
    const bkey = (b: B) => String(b.__gold !== undefined ? b.__gold : alias.get(norm(b.name)) ?? `x:${norm(b.name)}`);
    const bpairs = pairUp<B, B>(g.bodies.map((b, i) => ({ ...b, __gold: i })), pb, bkey);
    tally.bodies.tp += bpairs.length;
    tally.bodies.gold += g.bodies.length;
    tally.bodies.pred += pb.length;
    if (withErrors) {
      const got = new Set(bpairs.map(([a]) => a.__gold));
      g.bodies.forEach((b, i) => {
        if (!got.has(i)) errors.push(`${doc.id} bodies missed ${b.name}`);
      });
      pb.filter((b) => !alias.has(norm(b.name))).forEach((b) => errors.push(`${doc.id} bodies spurious ${b.name}`));
    }

    const spans = (needle: string) => {
      const r: Array<[number, number]> = [];
      for (let i = doc.text.indexOf(needle); i >= 0; i = doc.text.indexOf(needle, i + 1)) r.push([i, i + needle.length]);
      return r;
    };
    type D = { span?: { start: number; end: number }; text?: string; evidence?: string; outcome?: string };
    const pspan = (d: D): [number, number] | null => {
      const s = d.span;
      if (s && Number.isInteger(s.start) && Number.isInteger(s.end)) return [s.start, s.end];
      const t = d.evidence ?? d.text;
      return t ? spans(t)[0] ?? null : null;
    };
    const pd = (P("decisions") as D[]).map((d) => ({ d, s: pspan(d) })).filter((x): x is { d: D; s: [number, number] } => Boolean(x.s));
    const used = new Set<number>();
    let dtp = 0;
    for (const gd of g.decisions) {
      const gs = spans(gd.evidence);
      const hit = pd.findIndex((x, i) => !used.has(i) && gs.some(([a, b]) => x.s[0] < b && a < x.s[1]));
      if (hit >= 0) {
        used.add(hit);
        dtp++;
        extra.decisionOutcome[1]++;
        if (pd[hit].d.outcome === gd.outcome) extra.decisionOutcome[0]++;
        else if (withErrors) errors.push(`${doc.id} decisions outcome ${pd[hit].d.outcome} ≠ ${gd.outcome} «${gd.evidence.slice(0, 60)}»`);
      } else if (withErrors) errors.push(`${doc.id} decisions missed «${gd.evidence.slice(0, 70)}»`);
    }
    if (withErrors) pd.forEach((x, i) => !used.has(i) && errors.push(`${doc.id} decisions spurious «${doc.text.slice(x.s[0], x.s[1]).slice(0, 70)}»`));
    tally.decisions.tp += dtp;
    tally.decisions.gold += g.decisions.length;
    tally.decisions.pred += pd.length;
  }

  const prf = ({ tp, gold, pred }: { tp: number; gold: number; pred: number }): Prf => {
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, pred };
  };
  const ratio = ([a, b]: number[]) => (b ? a / b : 0);
  const result = Object.fromEntries(FIELDS.map((f) => [f, prf(tally[f])])) as Record<Field, Prf>;
  return {
    documents: docs.length,
    failures,
    ...result,
    peopleLenientRecall: tally.people.gold ? extra.lenient / tally.people.gold : 0,
    eventTitleAccuracy: ratio(extra.eventTitle),
    eventEndAccuracy: ratio(extra.eventEnd),
    roleTitleRecall: ratio(extra.roleTitle),
    roles: prf(roles),
    roleOrganizationAccuracy: ratio(roleOrganization),
    contactAccuracy: ratio(extra.contact),
    decisionOutcomeAccuracy: ratio(extra.decisionOutcome),
    macroF1: FIELDS.reduce((s, f) => s + result[f].f1, 0) / FIELDS.length,
    errors,
  };
}

export function formatReport(r: Report, seconds?: number): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [`${r.documents} documents, ${r.failures.length} failed${seconds === undefined ? "" : `, ${seconds.toFixed(2)} s`}`, "field       precision  recall     F1   (tp/gold/pred)"];
  for (const f of FIELDS) {
    const x = r[f];
    lines.push(`${f.padEnd(10)} ${pct(x.precision).padStart(9)} ${pct(x.recall).padStart(7)} ${pct(x.f1).padStart(6)}   (${x.tp}/${x.gold}/${x.pred})`);
  }
  lines.push(`people, lenient name recall ${pct(r.peopleLenientRecall)}; role titles ${pct(r.roleTitleRecall)}; contacts ${pct(r.contactAccuracy)}`);
  lines.push(`roles of matched people: P ${pct(r.roles.precision)} R ${pct(r.roles.recall)} F1 ${pct(r.roles.f1)} (${r.roles.tp}/${r.roles.gold}/${r.roles.pred}); organization ${pct(r.roleOrganizationAccuracy)}`);
  lines.push(`events: title ${pct(r.eventTitleAccuracy)}, end ${pct(r.eventEndAccuracy)}; decisions: outcome ${pct(r.decisionOutcomeAccuracy)}`);
  for (const f of r.failures) lines.push(`failed: ${f}`);
  for (const e of r.errors) lines.push(e);
  lines.push(`macro F1 ${pct(r.macroF1)}`);
  return lines.join("\n");
}

/** Scores each genre's documents apart (documents without a genre count as `other`). */
export function scoreByGenre(docs: GoldDocument[], outputs: Map<string, Output>): Map<string, Report> {
  const groups = new Map<string, GoldDocument[]>();
  for (const d of docs) {
    const genre = d.genre ?? "other";
    const group = groups.get(genre);
    if (group) group.push(d);
    else groups.set(genre, [d]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([genre, group]) => [genre, score(group, outputs)]));
}

/**
 * One line a genre: documents, F1 of each entity type, roles, macro F1. A
 * type that neither the gold nor the output has in a genre (decisions in
 * programmes) shows `–` and stays out of that genre's macro F1.
 */
export function formatGenreTable(reports: Map<string, Report>): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const present = (x: Prf) => x.gold + x.pred > 0;
  const head = ["genre", "docs", ...FIELDS, "roles", "role org", "macro F1"];
  const rows = [...reports].map(([genre, r]) => {
    const scored = FIELDS.filter((f) => present(r[f]));
    const macro = scored.length ? scored.reduce((sum, f) => sum + r[f].f1, 0) / scored.length : 0;
    return [genre, String(r.documents), ...FIELDS.map((f) => (present(r[f]) ? pct(r[f].f1) : "–")), present(r.roles) ? pct(r.roles.f1) : "–", r.roles.tp ? pct(r.roleOrganizationAccuracy) : "–", pct(macro)];
  });
  return [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
