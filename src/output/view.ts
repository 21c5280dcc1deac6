/**
 * The viewer: one self-contained HTML page showing an extraction in its
 * text. Styles and script are inline and the page loads nothing; every
 * string from the text or the extraction is escaped, and the script reads
 * the page's own elements only, so a hostile text stays inert.
 *
 * Each mention is an element `data-entity="<field>"` (`times`, `events`,
 * `people`, `bodies`, `decisions`: the Extraction's field names) with
 * `data-ref="<field>:<index>"`; an entity's record is its entry in the side
 * list, which the tooltip copies on hover and focus.
 */
import type { Body, Decision, Event, Extraction, Person, Span, TimeExpression } from "../schema/index.js";
import { ENTITY_TYPES, compareWithGold, type EntityType, type Gold, type GoldComparison } from "./view-gold.js";
import { escapeHtml, markUp, type Mark } from "./view-marks.js";

export { ENTITY_TYPES, type EntityType, type Gold } from "./view-gold.js";
export { escapeHtml } from "./view-marks.js";

export interface ViewOptions {
  /** The page's title; by default the source name or the text's first line. */
  title?: string;
  /** The gold annotation of the same text: marks matched, missed and spurious entities. */
  gold?: Gold;
  /** Where the text came from (a file name), shown under the title. */
  sourceName?: string;
}

interface Colours {
  /** Tint behind a mention; text on it is the page's ink. */
  tint: string;
  /** Underline and swatch; a graphic, so 3:1 against the page suffices, but these reach 4.5:1. */
  line: string;
}

/** WCAG AA: page ink on each tint, each line on white (tested in test/viewer/view.test.ts). */
export const PALETTE: Record<EntityType, Colours> = {
  times: { tint: "#dbeafe", line: "#1d4ed8" },
  events: { tint: "#ede9fe", line: "#6d28d9" },
  people: { tint: "#dcfce7", line: "#15803d" },
  bodies: { tint: "#ffedd5", line: "#c2410c" },
  decisions: { tint: "#fce7f3", line: "#be185d" },
};
export const INK = "#1a1a1a";
export const PAGE = "#ffffff";
export const GOLD_COLOURS = { matched: "#166534", spurious: "#b91c1c", missed: "#b91c1c", selected: "#fde047" } as const;

const SINGULAR: Record<EntityType, string> = { times: "time", events: "event", people: "person", bodies: "body", decisions: "decision" };
const HEADING: Record<EntityType, string> = { times: "Times", events: "Events", people: "People", bodies: "Bodies", decisions: "Decisions" };
/** Outer to inner when two mentions share a span: a decision's clause holds names, an event's span is often its time's. */
const LAYER: Record<EntityType | "role" | "missed", number> = { missed: 0, decisions: 1, events: 2, bodies: 3, people: 4, role: 5, times: 6 };

/** The mentions each type has in the text: one per time, event and decision, one per listed mention of a person or body. */
export function mentionCounts(extraction: Extraction): Record<EntityType, number> {
  return {
    times: extraction.times.length,
    events: extraction.events.length,
    people: extraction.people.reduce((n, p) => n + p.mentions.length, 0),
    bodies: extraction.bodies.reduce((n, b) => n + b.mentions.length, 0),
    decisions: extraction.decisions.length,
  };
}

type Status = "matched" | "spurious" | "missed";

function spansOf(extraction: Extraction, type: EntityType): Span[][] {
  switch (type) {
    case "times":
      return extraction.times.map((t) => [t.span]);
    case "events":
      return extraction.events.map((e) => [e.span]);
    case "people":
      return extraction.people.map((p) => p.mentions);
    case "bodies":
      return extraction.bodies.map((b) => b.mentions);
    case "decisions":
      return extraction.decisions.map((d) => [d.span]);
  }
}

function statusOf(comparison: GoldComparison | null, type: EntityType, index: number): Status | null {
  if (!comparison) return null;
  return comparison.partners[type][index] === null ? "spurious" : "matched";
}

function allMarks(extraction: Extraction, comparison: GoldComparison | null): Mark[] {
  const marks: Mark[] = [];
  const add = (span: Span, layer: number, attributes: string, focusable: boolean) => {
    const id = ` data-m="${marks.length}"`;
    marks.push({ ...span, layer, head: `<span ${attributes}${id}${focusable ? ' tabindex="0"' : ""}>`, rest: `<span ${attributes.replace(/ data-entity="\w+"/, "")}${id} data-cont="">` });
  };
  for (const type of ENTITY_TYPES) {
    spansOf(extraction, type).forEach((spans, i) => {
      const status = statusOf(comparison, type, i);
      const gold = status ? ` data-gold="${status}"` : "";
      for (const span of spans) add(span, LAYER[type], `class="m t-${type}" data-entity="${type}" data-ref="${type}:${i}"${gold}`, true);
    });
  }
  extraction.people.forEach((p, i) => {
    for (const r of p.roles) add(r.span, LAYER.role, `class="m part-role t-people-role" data-ref="people:${i}"`, false);
  });
  if (comparison) {
    for (const type of ["times", "decisions"] as const) {
      for (const [i, span] of comparison.missedSpans[type]) {
        add(span, LAYER.missed, `class="m missed" data-missed="${type}" data-ref="missed-${type}:${i}" data-gold="missed"`, true);
      }
    }
  }
  return marks;
}

/** A record's fields: label and value, shown when the value is not null. */
type Fields = Array<[string, string | number | null | undefined]>;

interface Entry {
  ref: string;
  label: string;
  fields: Fields;
  status: Status | null;
  notes: string[];
  mentions: number;
}

/** What an entity's own data says of it, before the gold and the text are consulted. */
type Described = Pick<Entry, "label" | "fields">;

const votes = (d: Decision) => (d.votes ? `${d.votes.for} for, ${d.votes.against} against` : null);
const yes = (b: boolean) => (b ? "yes" : null);

function timeEntry(t: TimeExpression): Described {
  return { label: t.text, fields: [["value", t.value]] };
}

function eventEntry(e: Event, all: Event[]): Described {
  const parent = e.parent === null ? null : `#${e.parent + 1} ${all[e.parent]?.title ?? ""}`.trim();
  return {
    label: e.title,
    fields: [
      ["start", e.start],
      ["end", e.end ?? "—"],
      ["kind", e.kind],
      ["parent", parent],
      ["location", e.location],
      ["online", yes(e.online)],
      ["organizer", e.organizer],
    ],
  };
}

/** One line per role: the title, and the organization when there is one. */
const roleLines = (roles: Array<{ title: string; organization?: string | null }>) => roles.map((r) => (r.organization ? `${r.title} — ${r.organization}` : r.title)).join("\n") || "—";

function personEntry(p: Person): Described {
  return {
    label: p.name,
    fields: [
      ["roles", roleLines(p.roles)],
      ["organizations", [...new Set(p.roles.map((r) => r.organization).filter(Boolean))].join("; ") || null],
      ["email", p.email],
      ["phone", p.phone],
    ],
  };
}

function bodyEntry(b: Body): Described {
  return { label: b.name, fields: [["kind", b.kind], ["aliases", b.aliases.join("; ") || null]] };
}

function decisionEntry(d: Decision): Described {
  return {
    label: d.subject ?? d.text,
    fields: [
      ["outcome", d.outcome],
      ["body", d.body],
      ["subject", d.subject],
      ["votes", votes(d)],
      ["proposal", d.proposal],
      ["date", d.date],
      ["clause", d.text],
    ],
  };
}

function entriesOf(extraction: Extraction, type: EntityType, comparison: GoldComparison | null): Entry[] {
  const spans = spansOf(extraction, type);
  const base = (i: number): Described => {
    switch (type) {
      case "times":
        return timeEntry(extraction.times[i]);
      case "events":
        return eventEntry(extraction.events[i], extraction.events);
      case "people":
        return personEntry(extraction.people[i]);
      case "bodies":
        return bodyEntry(extraction.bodies[i]);
      case "decisions":
        return decisionEntry(extraction.decisions[i]);
    }
  };
  return spans.map((s, i) => ({
    ...base(i),
    ref: `${type}:${i}`,
    status: statusOf(comparison, type, i),
    notes: comparison?.notes[type][i] ?? [],
    mentions: s.length,
  }));
}

/** Gold entries no predicted entity matched, as entries of their own. */
function missedEntries(gold: Gold, type: EntityType, comparison: GoldComparison): Entry[] {
  const g = gold.gold;
  const located = (i: number) => (type === "times" || type === "decisions" ? comparison.missedSpans[type].has(i) : false);
  return comparison.missed[type].map((i) => {
    const entry = (label: string, fields: Fields): Entry => ({ ref: `missed-${type}:${i}`, label, fields, status: "missed", notes: [], mentions: located(i) ? 1 : 0 });
    switch (type) {
      case "times":
        return entry(g.times[i].text, [["value", g.times[i].value]]);
      case "events": {
        const e = g.events[i];
        return entry(e.title, [["start", e.start], ["end", e.end ?? "—"], ["kind", e.kind]]);
      }
      case "people": {
        const p = g.people[i];
        return entry(p.name, [["roles", roleLines(p.roles)], ["email", p.email], ["phone", p.phone]]);
      }
      case "bodies": {
        const b = g.bodies[i];
        return entry(b.name, [["kind", b.kind], ["aliases", b.aliases?.join("; ") || null]]);
      }
      case "decisions": {
        const d = g.decisions[i];
        return entry(d.subject ?? d.evidence, [["outcome", d.outcome], ["body", d.body], ["clause", d.evidence]]);
      }
    }
  });
}

const domId = (ref: string) => `e-${ref.replace(":", "-")}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A time range breaks after its slash, never inside a point. */
function fieldValue(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}\S*$/.test(v)) return escapeHtml(v);
  return v
    .split("/")
    .map((point) => `<span class="nowrap">${escapeHtml(point)}</span>`)
    .join("/<wbr>");
}

function renderEntry(type: EntityType, e: Entry): string {
  const status = e.status ? ` data-gold="${e.status}"` : "";
  const badge = e.status ? ` <span class="badge">${e.status}</span>` : "";
  const fields = e.fields
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${fieldValue(String(v))}</dd>`)
    .concat(e.notes.map((n) => `<dt>gold</dt><dd class="note">${escapeHtml(n)}</dd>`))
    .join("");
  const where = e.mentions ? plural(e.mentions, "mention") : "not located in the text";
  const label = escapeHtml(e.label);
  const pick = e.mentions
    ? `<button type="button" class="pick" data-ref="${e.ref}">${label}</button>`
    : `<span class="pick nopick">${label}</span>`;
  return (
    `<li class="ent" id="${domId(e.ref)}" data-ref="${e.ref}"${status}>${pick}${badge} <span class="where">${where}</span>` +
    `<div class="rec"><p class="rec-head"><span class="rec-type t-${type}">${SINGULAR[type]}</span>${badge} <b>${label}</b></p><dl>${fields}</dl></div></li>`
  );
}

function renderGroup(extraction: Extraction, type: EntityType, gold: Gold | undefined, comparison: GoldComparison | null): string {
  const found = entriesOf(extraction, type, comparison);
  const missed = gold && comparison ? missedEntries(gold, type, comparison) : [];
  const items = [...found, ...missed].map((e) => renderEntry(type, e)).join("");
  const count = missed.length ? `${found.length} + ${missed.length} missed` : String(found.length);
  return (
    `<section class="group" data-group="${type}" aria-labelledby="h-${type}"><h2 id="h-${type}"><span class="swatch t-${type}" aria-hidden="true"></span>${HEADING[type]} <span class="count">${count}</span></h2>` +
    (items ? `<ol>${items}</ol>` : `<p class="none">none found</p>`) +
    `</section>`
  );
}

function renderLegend(extraction: Extraction): string {
  const counts = mentionCounts(extraction);
  const keys = ENTITY_TYPES.map((type) => {
    const entities = extraction[type].length;
    const detail = entities === counts[type] ? String(entities) : `${entities} · ${plural(counts[type], "mention")}`;
    return `<label class="key"><input type="checkbox" checked data-toggle="${type}"><span class="swatch t-${type}" aria-hidden="true"></span>${HEADING[type]} <span class="count" data-count="${type}">${detail}</span></label>`;
  });
  return `<fieldset class="legend"><legend>Show</legend>${keys.join("")}</fieldset>`;
}

function renderGoldSummary(extraction: Extraction, comparison: GoldComparison): string {
  const matched = (type: EntityType) => comparison.partners[type].filter((p) => p !== null).length;
  const row = (label: string, cell: (type: EntityType) => number) => `<tr><th scope="row">${label}</th>${ENTITY_TYPES.map((t) => `<td>${cell(t)}</td>`).join("")}</tr>`;
  return (
    `<table class="gold-summary"><caption>Against the gold (matching as in <code>poimija eval</code>)</caption>` +
    `<thead><tr><td></td>${ENTITY_TYPES.map((t) => `<th scope="col">${HEADING[t]}</th>`).join("")}</tr></thead><tbody>` +
    row("matched ✓", matched) +
    row("missed", (t) => comparison.missed[t].length) +
    row("spurious ✗", (t) => extraction[t].length - matched(t)) +
    `</tbody></table>`
  );
}

function firstLine(text: string): string {
  const line = text.trim().split("\n", 1)[0] ?? "";
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** One self-contained HTML page showing the extraction in its text. Throws a PoimijaError when a span lies outside the text or the gold annotates another text. */
export function renderView(extraction: Extraction, options: ViewOptions = {}): string {
  const comparison = options.gold ? compareWithGold(extraction, options.gold) : null;
  const title = options.title ?? (firstLine(extraction.text) || options.sourceName || "poimija view");
  const meta = [
    options.sourceName ? `<span>${escapeHtml(options.sourceName)}</span>` : "",
    extraction.referenceDate ? `<span>reference date ${escapeHtml(extraction.referenceDate)}</span>` : "",
    `<span>${plural(extraction.text.length, "character")}</span>`,
    options.gold ? `<span>gold: ${escapeHtml(options.gold.id)}</span>` : "",
  ].join("");
  const groups = ENTITY_TYPES.map((type) => renderGroup(extraction, type, options.gold, comparison)).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="poimija view">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body${comparison ? ' class="with-gold"' : ""}>
<a class="skip" href="#entities">Skip to the entity list</a>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta}</p>
<div class="controls">${renderLegend(extraction)}${comparison ? renderGoldSummary(extraction, comparison) : ""}</div>
<p class="help">Hover or focus (Tab) a highlight to see its record; Enter on a highlight or a list entry selects every mention, again for the next.</p>
</header>
<main>
<article id="text" class="text" lang="fi" aria-label="Text with highlighted entities">${markUp(extraction.text, allMarks(extraction, comparison))}</article>
<aside id="entities" class="entities" lang="fi" aria-label="Entities" tabindex="-1">${groups}</aside>
</main>
<p id="status" class="status" role="status" aria-live="polite"></p>
<div id="tip" class="tip" role="tooltip" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const typeRules = ENTITY_TYPES.map((t) => {
  const { tint, line } = PALETTE[t];
  return (
    `.t-${t}{--tint:${tint};--line:${line}}` +
    `.hide-${t} .t-${t}.m,.hide-${t} .t-${t}-role{background:none;border-bottom-color:transparent;font-weight:inherit}` +
    `.hide-${t} [data-missed="${t}"]{outline:none}.hide-${t} [data-missed="${t}"]::after,.hide-${t} .t-${t}[data-gold]::after{content:none}` +
    `.hide-${t} [data-group="${t}"]{display:none}`
  );
}).join("");

const STYLE = `
:root{color-scheme:light;--ink:${INK};--page:${PAGE}}
*{box-sizing:border-box}
body{margin:0;background:var(--page);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.skip{position:absolute;left:-999px;top:0;background:var(--ink);color:var(--page);padding:.5rem 1rem;z-index:3}
.skip:focus{left:.5rem}
header{padding:1rem 1.5rem .5rem;border-bottom:1px solid #767676}
h1{font-size:1.35rem;margin:0 0 .25rem}
.meta{margin:0 0 .5rem;color:#4a4a4a;font-size:.9rem}.meta span+span::before{content:" · "}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem;align-items:flex-start}
.legend{border:0;padding:0;margin:.25rem 0;flex:0 1 auto;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
.legend legend{float:left;font-weight:600;margin-right:.5rem}
.key{display:inline-flex;align-items:center;gap:.35rem;cursor:pointer;padding:.15rem .4rem;border-radius:4px}
.key input{width:1.05rem;height:1.05rem;margin:0;accent-color:#1a1a1a}
.key:focus-within{outline:3px solid var(--ink);outline-offset:1px}
.count{color:#4a4a4a;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:1rem;height:1rem;border-radius:3px;background:var(--line);border:3px solid var(--tint);outline:1px solid var(--line);vertical-align:-2px;margin-right:.25rem}
.help{font-size:.85rem;color:#4a4a4a;margin:.25rem 0 0}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,26rem);gap:1.5rem;padding:1rem 1.5rem;align-items:start}
@media (max-width:60rem){main{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:2.35;max-width:52rem}
.m{-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:2px;cursor:pointer}
.t-times.m,.t-people.m,.t-bodies.m{background:var(--tint);border-bottom:2px solid var(--line);padding:1px 0}
.t-people.m{font-weight:600}
.t-bodies.m{border-bottom-style:dashed}
.t-events.m{border-bottom:3px double var(--line);padding-bottom:5px}
.t-decisions.m{background:linear-gradient(var(--tint),var(--tint)) bottom/100% 40% no-repeat;border-bottom:3px dotted var(--line);padding-bottom:9px}
.part-role{border-bottom:2px dotted ${PALETTE.people.line}}
.m:focus{outline:none}
.m:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.m.sel{background:${GOLD_COLOURS.selected}}
.m.cur{outline:3px solid var(--ink);outline-offset:1px}
.missed{outline:2px dashed ${GOLD_COLOURS.missed};outline-offset:2px}
.with-gold .m[data-gold]{position:relative}
[data-entity][data-gold]::after,.missed::after{position:absolute;right:-.3em;top:-.65em;font-size:.8rem;line-height:1;font-weight:700;pointer-events:none}
.t-events[data-gold]::after{right:auto;left:-.3em}
[data-entity][data-gold="matched"]::after{content:"✓";color:${GOLD_COLOURS.matched}}
[data-entity][data-gold="spurious"]::after{content:"✗";color:${GOLD_COLOURS.spurious}}
.missed::after{content:"missed";right:auto;left:0;color:${GOLD_COLOURS.missed}}
.entities{position:sticky;top:0;max-height:100vh;overflow:auto;padding:0 .25rem 2rem 0;font-size:.92rem}
.entities:focus{outline:none}
.group h2{font-size:1rem;margin:1rem 0 .35rem;display:flex;align-items:center;gap:.2rem}
.group ol{list-style:none;margin:0;padding:0}
.ent{padding:.35rem .5rem;border-left:4px solid transparent;border-bottom:1px solid #e5e5e5}
.ent[data-gold="matched"]{border-left-color:${GOLD_COLOURS.matched}}
.ent[data-gold="spurious"],.ent[data-gold="missed"]{border-left-color:${GOLD_COLOURS.spurious}}
.ent.selected{background:#fef9c3}
.pick{font:inherit;font-weight:600;color:var(--ink);background:none;border:0;padding:0;text-align:left;cursor:pointer;text-decoration:underline;text-decoration-color:#767676}
.pick:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.nopick{text-decoration:none;cursor:default}
.where{color:#4a4a4a;font-size:.85em}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .35rem;border-radius:3px;border:1px solid currentColor;margin-left:.35rem}
[data-gold="matched"]>.badge,[data-gold="matched"] .rec-head .badge{color:${GOLD_COLOURS.matched}}
[data-gold="spurious"]>.badge,[data-gold="missed"]>.badge,[data-gold="spurious"] .rec-head .badge,[data-gold="missed"] .rec-head .badge{color:${GOLD_COLOURS.spurious}}
.rec dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.2rem 0 0}
.rec dt{color:#4a4a4a}.rec dd{margin:0;overflow-wrap:anywhere;white-space:pre-line}
.rec .nowrap{white-space:nowrap}
.rec .note{color:${GOLD_COLOURS.spurious}}
.entities .rec-head{display:none}
.rec-head{margin:0 0 .2rem}
.rec-type{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .35rem;border-radius:3px;background:var(--tint);border:1px solid var(--line);margin-right:.35rem}
.none{color:#4a4a4a;margin:0}
.tip{position:absolute;z-index:2;max-width:26rem;background:var(--page);color:var(--ink);border:1px solid #4a4a4a;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:.5rem .7rem;font-size:.9rem;pointer-events:none}
.tip[hidden]{display:none}
.status{position:fixed;bottom:0;right:0;margin:0;padding:.25rem .75rem;background:var(--ink);color:var(--page);font-size:.85rem}
.status:empty{display:none}
.gold-summary{border-collapse:collapse;font-size:.85rem;margin:.35rem 0}
.gold-summary caption{text-align:left;font-weight:600;padding-bottom:.15rem}
.gold-summary th,.gold-summary td{border:1px solid #bdbdbd;padding:.05rem .5rem;text-align:right}
.gold-summary thead td{border:0}
.gold-summary th[scope=row],.gold-summary th:first-child{text-align:left}
${typeRules}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`;

/*
 * One listener per kind of event on the text and on the list (delegation):
 * a hover or focus copies the entity's list record into the single tooltip,
 * a toggle flips one class on <body>, so nothing per entity is rebuilt.
 */
const SCRIPT = `
(function () {
  "use strict";
  var text = document.getElementById("text");
  var list = document.getElementById("entities");
  var tip = document.getElementById("tip");
  var status = document.getElementById("status");
  var body = document.body;
  var shownFor = null;
  var picked = { ref: null, heads: [], index: -1 };

  function typeOf(ref) { return ref.replace(/^missed-/, "").split(":")[0]; }
  function hidden(ref) { return body.classList.contains("hide-" + typeOf(ref)); }
  function entryOf(ref) { return document.getElementById("e-" + ref.replace(":", "-")); }
  function markAt(node) {
    var m = node && node.closest ? node.closest("[data-ref]") : null;
    while (m && text.contains(m) && hidden(m.getAttribute("data-ref"))) m = m.parentElement.closest("[data-ref]");
    return m && text.contains(m) ? m : null;
  }

  function hide() {
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    tip.hidden = true;
    shownFor = null;
  }
  function show(mark) {
    if (mark === shownFor) return;
    var entry = entryOf(mark.getAttribute("data-ref"));
    var rec = entry && entry.querySelector(".rec");
    if (!rec) return hide();
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    tip.replaceChildren(rec.cloneNode(true));
    tip.hidden = false;
    shownFor = mark;
    mark.setAttribute("aria-describedby", "tip");
    var r = mark.getClientRects()[0] || mark.getBoundingClientRect();
    var width = tip.offsetWidth, height = tip.offsetHeight;
    var viewWidth = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, viewWidth - width - 8));
    var top = r.bottom + 6;
    if (top + height > window.innerHeight && r.top - height - 6 > 0) top = r.top - height - 6;
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = top + window.scrollY + "px";
  }

  function headsOf(ref) {
    return Array.prototype.slice.call(text.querySelectorAll('[data-ref="' + ref + '"][tabindex]'));
  }
  function setClass(selector, name, on) {
    var nodes = document.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) nodes[i].classList.toggle(name, on);
  }
  function pick(ref, head) {
    if (picked.ref !== ref) {
      if (picked.ref) {
        setClass('#text [data-ref="' + picked.ref + '"]', "sel", false);
        var old = entryOf(picked.ref);
        if (old) old.classList.remove("selected");
      }
      picked = { ref: ref, heads: headsOf(ref), index: -1 };
      setClass('#text [data-ref="' + ref + '"]', "sel", true);
    }
    var entry = entryOf(ref);
    if (entry) entry.classList.add("selected");
    var n = picked.heads.length;
    var name = entry ? entry.querySelector(".pick").textContent : ref;
    if (!n) { status.textContent = name + ": not in the text"; return; }
    picked.index = head ? picked.heads.indexOf(head) : (picked.index + 1) % n;
    setClass("#text .cur", "cur", false);
    var current = picked.heads[picked.index];
    setClass('#text [data-m="' + current.getAttribute("data-m") + '"]', "cur", true);
    if (head) { if (entry) entry.scrollIntoView({ block: "nearest" }); }
    else current.scrollIntoView({ block: "center" });
    status.textContent = name + ": mention " + (picked.index + 1) + " of " + n;
  }

  text.addEventListener("mouseover", function (e) {
    var mark = markAt(e.target);
    if (mark) show(mark); else hide();
  });
  text.addEventListener("mouseleave", hide);
  text.addEventListener("focusin", function (e) {
    var mark = markAt(e.target);
    if (mark) show(mark);
  });
  text.addEventListener("focusout", hide);
  text.addEventListener("click", function (e) {
    var mark = markAt(e.target);
    if (mark) pick(mark.getAttribute("data-ref"), text.querySelector('[data-m="' + mark.getAttribute("data-m") + '"][tabindex]'));
  });
  text.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.hasAttribute("data-ref")) {
      e.preventDefault();
      pick(e.target.getAttribute("data-ref"), e.target);
    }
  });
  list.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button.pick") : null;
    if (button) pick(button.getAttribute("data-ref"), null);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  document.querySelector(".legend").addEventListener("change", function (e) {
    var type = e.target.getAttribute("data-toggle");
    if (!type) return;
    body.classList.toggle("hide-" + type, !e.target.checked);
    var heads = text.querySelectorAll('[data-entity="' + type + '"],[data-missed="' + type + '"]');
    for (var i = 0; i < heads.length; i++) heads[i].tabIndex = e.target.checked ? 0 : -1;
    if (shownFor && hidden(shownFor.getAttribute("data-ref"))) hide();
  });
})();
`;
