/**
 * One document's extraction beside its gold (a corpus file in the
 * ANNOTATION.md format): which predicted entity matched which gold entry,
 * what is spurious, what was missed. The pairing follows the rules of
 * src/eval/score.ts (its key functions are reused), so a page agrees with
 * `poimija eval --errors` on the same file.
 */
import { z } from "zod";
import { PoimijaError } from "../errors.js";
import { norm, pairUp, phone, point, role, titleOverlap, value } from "../eval/score.js";
import type { Extraction, Span } from "../schema/index.js";

export const ENTITY_TYPES = ["times", "events", "people", "bodies", "decisions"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const text = z.string();
const optionalText = z.string().nullable().optional();

/** What the viewer reads of a gold file (the fields it shows); other fields are dropped. */
export const GoldFile = z.object({
  id: z.string().optional(),
  text,
  referenceDate: optionalText,
  gold: z.object({
    times: z.array(z.object({ text, value: text })),
    events: z.array(z.object({ title: text, start: text, end: optionalText, kind: optionalText })),
    people: z.array(
      z.object({
        name: text,
        roles: z.array(z.object({ title: text, organization: optionalText })),
        email: optionalText,
        phone: optionalText,
      }),
    ),
    bodies: z.array(z.object({ name: text, aliases: z.array(text).optional(), kind: optionalText })),
    decisions: z.array(z.object({ evidence: text, outcome: text, body: optionalText, subject: optionalText })),
  }),
});
export type Gold = z.infer<typeof GoldFile> & { id: string };

/** Checks a parsed JSON value against the corpus format; `source` names it in the error. */
export function parseGold(json: unknown, source: string): Gold {
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "the file";
    throw new PoimijaError("invalid_gold", `${source} is not a gold file in the corpus format (ANNOTATION.md): ${where}: ${issue.message}`);
  }
  return { ...parsed.data, id: parsed.data.id ?? source };
}

export interface GoldComparison {
  /** For each predicted entity, the index of its gold partner, or null when it is spurious. */
  partners: Record<EntityType, Array<number | null>>;
  /** Indices of the gold entries that no predicted entity matched. */
  missed: Record<EntityType, number[]>;
  /** Where the text shows a missed gold entry: a time by its text, a decision by its evidence. */
  missedSpans: Record<"times" | "decisions", Map<number, Span>>;
  /** For each predicted entity, what its gold partner has that it lacks ("role missed: jäsen", "outcome: approved"). */
  notes: Record<EntityType, string[][]>;
}

type Keyed = { i: number; key: string | null };

/** Pairs by key as the scorer does and returns the partner of each predicted index. */
function partnersByKey(goldKeys: Keyed[], predKeys: Keyed[], better?: (g: Keyed, p: Keyed) => number): Array<number | null> {
  const partners: Array<number | null> = predKeys.map(() => null);
  const keyed = predKeys.filter((p) => p.key !== null);
  for (const [g, p] of pairUp<Keyed, Keyed>(goldKeys, keyed, (x) => x.key, better)) partners[p.i] = g.i;
  return partners;
}

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  if (!needle) return at;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Decisions pair by overlap of the predicted span with an occurrence of the gold evidence, first come first served. */
function decisionPartners(gold: Gold, extraction: Extraction): Array<number | null> {
  const partners: Array<number | null> = extraction.decisions.map(() => null);
  gold.gold.decisions.forEach((gd, gi) => {
    const found = occurrences(gold.text, gd.evidence).map((a) => [a, a + gd.evidence.length]);
    const hit = extraction.decisions.findIndex((d, i) => partners[i] === null && found.some(([a, b]) => d.span.start < b && a < d.span.end));
    if (hit >= 0) partners[hit] = gi;
  });
  return partners;
}

function unmatched(total: number, partners: Array<number | null>): number[] {
  const used = new Set(partners);
  return Array.from({ length: total }, (_, i) => i).filter((i) => !used.has(i));
}

/** The k-th gold time with a given text is looked for at the k-th occurrence of that text. */
function timeSpans(gold: Gold, missed: number[]): Map<number, Span> {
  const spans = new Map<number, Span>();
  const seen = new Map<string, number>();
  gold.gold.times.forEach((t, i) => {
    const k = seen.get(t.text) ?? 0;
    seen.set(t.text, k + 1);
    if (!missed.includes(i)) return;
    const at = occurrences(gold.text, t.text);
    const start = at[Math.min(k, at.length - 1)];
    if (start !== undefined) spans.set(i, { start, end: start + t.text.length });
  });
  return spans;
}

function evidenceSpans(gold: Gold, missed: number[]): Map<number, Span> {
  const spans = new Map<number, Span>();
  for (const i of missed) {
    const evidence = gold.gold.decisions[i].evidence;
    const start = gold.text.indexOf(evidence);
    if (evidence && start >= 0) spans.set(i, { start, end: start + evidence.length });
  }
  return spans;
}

function notesOf(gold: Gold, extraction: Extraction, partners: GoldComparison["partners"]): GoldComparison["notes"] {
  const g = gold.gold;
  const each = <T>(list: T[], type: EntityType, note: (item: T, gi: number) => Array<string | false>) =>
    list.map((item, i) => {
      const gi = partners[type][i];
      return gi === null ? [] : note(item, gi).filter((n): n is string => Boolean(n));
    });
  return {
    times: extraction.times.map(() => []),
    events: each(extraction.events, "events", (e, gi) => [
      titleOverlap(g.events[gi].title, e.title) < 0.5 && `title: ${g.events[gi].title}`,
      (point(g.events[gi].end) ?? null) !== (point(e.end) ?? null) && `end: ${g.events[gi].end ?? "none"}`,
    ]),
    people: each(extraction.people, "people", (p, gi) => {
      const have = new Set(p.roles.map((r) => role(r.title)));
      const gp = g.people[gi];
      return [
        ...gp.roles.filter((r) => !have.has(role(r.title))).map((r) => `role missed: ${r.title}`),
        Boolean(gp.email) && norm(p.email) !== norm(gp.email) && `email: ${gp.email}`,
        Boolean(gp.phone) && phone(p.phone) !== phone(gp.phone) && `phone: ${gp.phone}`,
      ];
    }),
    bodies: extraction.bodies.map(() => []),
    decisions: each(extraction.decisions, "decisions", (d, gi) => [d.outcome !== g.decisions[gi].outcome && `outcome: ${g.decisions[gi].outcome}`]),
  };
}

/** Matches one extraction against the gold of the same text. */
export function compareWithGold(extraction: Extraction, gold: Gold): GoldComparison {
  if (gold.text !== extraction.text) {
    throw new PoimijaError("invalid_gold", `the gold file ${gold.id} annotates another text than the one viewed`);
  }
  const g = gold.gold;
  const keyed = <T>(list: T[], key: (x: T, i: number) => string | null): Keyed[] => list.map((x, i) => ({ i, key: key(x, i) }));
  const bodyOf = new Map<string, number>();
  g.bodies.forEach((b, i) => [b.name, ...(b.aliases ?? [])].forEach((n) => bodyOf.set(norm(n), i)));
  const eventTitle = (list: Array<{ title: string }>, x: Keyed) => list[x.i].title;

  const partners: GoldComparison["partners"] = {
    times: partnersByKey(keyed(g.times, (t) => value(t.value)), keyed(extraction.times, (t) => value(t.value))),
    events: partnersByKey(keyed(g.events, (e) => point(e.start)), keyed(extraction.events, (e) => point(e.start)), (ge, p) =>
      titleOverlap(eventTitle(g.events, ge), eventTitle(extraction.events, p)),
    ),
    people: partnersByKey(keyed(g.people, (p) => norm(p.name)), keyed(extraction.people, (p) => norm(p.name))),
    bodies: partnersByKey(
      keyed(g.bodies, (_, i) => String(i)),
      keyed(extraction.bodies, (b) => String(bodyOf.get(norm(b.name)) ?? `x:${norm(b.name)}`)),
    ),
    decisions: decisionPartners(gold, extraction),
  };
  const missed = Object.fromEntries(ENTITY_TYPES.map((t) => [t, unmatched(g[t].length, partners[t])])) as GoldComparison["missed"];
  return {
    partners,
    missed,
    missedSpans: { times: timeSpans(gold, missed.times), decisions: evidenceSpans(gold, missed.decisions) },
    notes: notesOf(gold, extraction, partners),
  };
}
