/**
 * Decisions: what a body decided, approved, amended, rejected, elected or
 * appointed, postponed, noted, or failed to agree on.
 *
 * The outcome is read from the verb phrase of a clause — active or passive,
 * negated or not, `päätti` + infinitive — not from a keyword list of whole
 * sentences. A bare `Päätös:` line settles the proposal of its agenda item
 * (`§ 54 …` heading, `Esitys:` text); proposals themselves are not decisions.
 */
import type { Doc, Line, Sentence } from "../pipeline/document.js";
import { sentencesOf } from "../pipeline/document.js";
import type { Body, Decision, Outcome } from "../schema/index.js";
import { dayOf, type TimeMention } from "../time/mention.js";
import { classifyOutcome, DECISION_LABEL, HYPOTHETICAL, infinitiveOutcome, INLINE_PROPOSAL, isProposalLabel, outcomeStems, VOTES } from "./decision-words.js";
import { lineTokens } from "./tokens.js";

export interface DecisionContext {
  times: TimeMention[];
  bodies: Body[];
}

interface AgendaItem {
  title: string;
  proposal: string | null;
}

const AGENDA_ITEM = /^(?:§\s*\d+|\d+\s*§|asia\s+\d+)\b\s*(.*)$/i;
/** A minutes page header: "Aluehallitus 04.12.2023 § 198". Its body decides what follows. */
const PAGE_HEADER = /^(.{3,80}?)\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s+§\s*\d+\s*$/;
const BULLET_ITEM = /^[•·*-]\s*/;

export function findDecisions(doc: Doc, ctx: DecisionContext): Decision[] {
  const out: Decision[] = [];
  // the line of each decision, for telling restatements apart
  const lines: Line[] = [];
  let meetingBody = mainBody(doc, ctx.bodies);
  const meetingDate = ctx.times.find((t) => t.from.year)?.from;
  let item: AgendaItem | null = null;
  // where we are in an agenda item: its proposal, the text of its decision, or a list of decided points
  let mode: "free" | "proposal" | "decisionText" | "decisionList" = "free";
  // the decider: a body named in the nominative in the clause, else the subject carried over from the sentence's previous clause
  let carried: { body: string; sentenceEnd: number } | null = null;
  // found on the first decision: most documents state none
  let deciders: NamedMention[] | undefined;
  const push = (line: Line, start: number, end: number, outcome: Outcome, proposal: string | null, sentenceEnd = end) => {
    const own = deciderIn((deciders ??= nominativeMentions(doc, ctx.bodies)), { start, end });
    const body = own ?? (carried && start < carried.sentenceEnd ? carried.body : null) ?? meetingBody;
    if (own) carried = { body: own, sentenceEnd };
    out.push(decision(doc, start, end, outcome, body, item?.title ?? null, meetingDate, proposal));
    lines.push(line);
  };

  for (const line of doc.lines) {
    const header = line.text.includes("§") ? PAGE_HEADER.exec(line.text) : null;
    if (header) {
      meetingBody = bodyIn(ctx.bodies, { start: line.start, end: line.start + header[1].length }) ?? meetingBody;
      continue;
    }
    const agenda = AGENDA_ITEM.exec(line.text);
    if (agenda || (line.kind === "listItem" && mode !== "decisionList" && mode !== "proposal" && isItemHeading(doc, line))) {
      item = { title: (agenda ? line.text : line.text.replace(BULLET_ITEM, "")).trim(), proposal: null };
      mode = "free";
      continue;
    }
    if (isProposalLabel(line.text)) {
      mode = "proposal";
      if (item) item.proposal = line.text.replace(/^[^:]*:\s*/, "") || null;
      continue;
    }
    const label = DECISION_LABEL.exec(line.text);
    if (label) {
      const rest = line.text.slice(label[0].length).trim();
      // "Päätös: Aluevaltuusto päätti:" introduces the decided points
      if (!rest || /:\s*$/.test(rest) && !/hyväksyttiin|muuten/i.test(rest)) {
        mode = "decisionList";
        continue;
      }
      const outcome = classifyOutcome(rest, item?.proposal ?? null) ?? "decided";
      push(line, line.start, line.end, outcome, item?.proposal ?? null);
      mode = "decisionText";
      continue;
    }
    if (mode === "proposal") {
      // concatenated, not joined: join copies the proposal so far for every line (quadratic in a long proposal)
      if (item) item.proposal = item.proposal ? `${item.proposal} ${line.text}` : line.text;
      continue;
    }
    if (mode === "decisionList" && line.kind === "listItem") {
      const outcome = infinitiveOutcome(line.text) ?? classifyOutcome(line.text, null);
      if (outcome) push(line, line.start, line.end, outcome, item?.proposal ?? null);
      continue;
    }
    // the wording of a decision already recorded (an amendment's text) is no new decision
    if (mode === "decisionText") continue;
    const stems = outcomeStems(doc.text, line, lineTokens(doc, line));
    if (!stems.gate) continue;
    for (const s of sentencesOf(line)) {
      for (const clause of clausesOf(s)) {
        const outcome = classifyOutcome(clause.text, null, stems.within(clause.start, clause.end));
        if (!outcome || HYPOTHETICAL.test(clause.text) || INLINE_PROPOSAL.test(clause.text)) continue;
        push(line, clause.start, clause.end, outcome, null, s.end);
      }
    }
  }
  return dropRestatements(out, lines);
}

/**
 * One decision once: the same words twice (a repeated title) count once, and
 * a heading that announces the decision its next paragraph states (`… nimitettiin
 * viisi toimialajohtajaa` over `Aluehallitus nimitti …`) gives way to it.
 */
/** How many lines below a heading the paragraph that states its decision may start. */
const RESTATEMENT_DISTANCE = 6;

function dropRestatements(list: Decision[], lines: Line[]): Decision[] {
  const seen = new Set<string>();
  return list.filter((d, i) => {
    // the same words under another agenda item are another decision (Päätös: Hyväksyttiin esityksen mukaan.)
    const key = `${d.subject}\u0000${d.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const line = lines[i];
    if (line.kind !== "heading") return true;
    // decisions are in document order: the search stops past the distance, not at the document's end
    for (let k = i + 1; k < list.length && lines[k].index - line.index <= RESTATEMENT_DISTANCE; k++) if (list[k].outcome === d.outcome && lines[k].kind !== "heading") return false;
    return true;
  });
}

/** A list item that names an agenda item (minutes written as bullets), not a decision line. */
function isItemHeading(doc: Doc, line: Line): boolean {
  const next = doc.lines[line.index + 1];
  return Boolean(next && next.kind !== "listItem" && !/[.!?]$/.test(line.text) && line.text.length < 120);
}

const CLAUSE_SPLIT = /;\s+|,?\s+(?:ja|sekä)\s+(?=(?:\p{Lu}|\p{Ll}+(?:ttiin|tiin|i|si)(?![\p{L}])))|,\s+(?=(?:jonka|joka|jossa|jolle|kunnes|jos|mikäli|jotta|kun|jolloin)(?![\p{L}]))/gu;

interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * Clauses of a sentence: split at `;`, before `ja`/`sekä` + a new finite
 * clause, and before a relative or subordinate clause (`, jonka lautakunta
 * päätti …`, `, kunnes …`), which then starts its own clause.
 */
function clausesOf(s: Sentence): Clause[] {
  const parts: Clause[] = [];
  let from = 0;
  CLAUSE_SPLIT.lastIndex = 0;
  for (let m; (m = CLAUSE_SPLIT.exec(s.text)); ) {
    parts.push(clause(s, from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(clause(s, from, s.text.length));
  return parts.filter((c) => c.text.length >= 10);
}

function clause(s: Sentence, a: number, b: number): Clause {
  // without the full stop and white space it ends in
  while (b > a && (s.text[b - 1] === "." || /\s/.test(s.text[b - 1]))) b--;
  const text = s.text.slice(a, b);
  return { start: s.start + a, end: s.start + a + text.length, text };
}

interface NamedMention {
  name: string;
  start: number;
  end: number;
}

/** Mentions whose surface is the body's name or an alias (its nominative), earliest first: the candidates for a decider. */
function nominativeMentions(doc: Doc, bodies: Body[]): NamedMention[] {
  const out: NamedMention[] = [];
  for (const b of bodies) {
    if (b.kind === "municipality") continue;
    const names = new Set([b.name, ...b.aliases].map((n) => n.toLowerCase()));
    for (const m of b.mentions) if (names.has(doc.text.slice(m.start, m.end).toLowerCase())) out.push({ name: b.name, start: m.start, end: m.end });
  }
  // stable: at the same offset the body listed first wins
  return out.sort((x, y) => x.start - y.start);
}

/** The body named in the nominative within a span: the one that decides. */
function deciderIn(mentions: NamedMention[], span: { start: number; end: number }): string | null {
  // the first mention starting in the span (mentions are by start), then the first of those inside it: a document may hold thousands
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < mentions.length && mentions[k].start < span.end; k++) if (mentions[k].end <= span.end) return mentions[k].name;
  return null;
}

function bodyIn(bodies: Body[], span: { start: number; end: number }): string | null {
  for (const b of bodies) for (const m of b.mentions) if (m.start >= span.start && m.end <= span.end && b.kind !== "municipality") return b.name;
  return null;
}

/** Body kinds that hold meetings. */
const COLLEGIAL: ReadonlySet<string> = new Set(["council", "executive-board", "committee", "division", "working-group", "steering-group", "preparatory-body"]);

/** The body whose meeting the document reports: the first council, board or committee named in a heading or the first lines. */
function mainBody(doc: Doc, bodies: Body[]): string | null {
  const early = doc.lines.slice(0, 6);
  let best: { name: string; at: number } | null = null;
  for (const b of bodies) {
    if (!COLLEGIAL.has(b.kind)) continue;
    for (const m of b.mentions) {
      if (!early.some((l) => m.start >= l.start && m.end <= l.end)) continue;
      if (!best || m.start < best.at) best = { name: b.name, at: m.start };
    }
  }
  return best?.name ?? null;
}

function decision(doc: Doc, start: number, end: number, outcome: Outcome, body: string | null, subject: string | null, date: TimeMention["from"] | undefined, proposal: string | null): Decision {
  const text = doc.text.slice(start, end);
  const votes = VOTES.exec(text);
  return {
    body,
    subject,
    outcome,
    text,
    span: { start, end },
    date: date ? dayOf(date) : null,
    votes: votes ? { for: Number(votes[1]), against: Number(votes[2]) } : null,
    proposal,
  };
}
