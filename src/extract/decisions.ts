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
import type { Body, Decision, Outcome, Person } from "../schema/index.js";
import { dayOf, type TimeMention } from "../time/mention.js";
import { ANY_OUTCOME, classifyOutcome, DECISION_LABEL, isProposalLabel, VOTES } from "./decision-words.js";

export interface DecisionContext {
  times: TimeMention[];
  bodies: Body[];
  people: Person[];
}

interface AgendaItem {
  title: string;
  proposal: string | null;
}

const AGENDA_ITEM = /^(?:§\s*\d+|\d+\s*§|asia\s+\d+)\b\s*(.*)$/i;
const BULLET_ITEM = /^[•·*-]\s*/;

export function findDecisions(doc: Doc, ctx: DecisionContext): Decision[] {
  const out: Decision[] = [];
  const meetingBody = mainBody(doc, ctx.bodies);
  const meetingDate = ctx.times.find((t) => t.from.year)?.from;
  let item: AgendaItem | null = null;
  let inProposal = false;

  for (const line of doc.lines) {
    const agenda = AGENDA_ITEM.exec(line.text);
    if (agenda || (line.kind === "listItem" && isItemHeading(doc, line))) {
      item = { title: (agenda ? line.text : line.text.replace(BULLET_ITEM, "")).trim(), proposal: null };
      inProposal = false;
      continue;
    }
    if (isProposalLabel(line.text)) {
      inProposal = true;
      if (item) item.proposal = line.text.replace(/^[^:]*:\s*/, "") || null;
      continue;
    }
    const label = DECISION_LABEL.exec(line.text);
    if (label) {
      inProposal = false;
      const rest = line.text.slice(label[0].length);
      const outcome = classifyOutcome(rest, item?.proposal ?? null) ?? (rest.trim() ? "decided" : null);
      if (outcome && rest.trim()) {
        out.push(decision(doc, line.start, line.end, outcome, bodyIn(ctx.bodies, line) ?? meetingBody, item?.title ?? null, meetingDate, item?.proposal ?? null));
        continue;
      }
      if (!rest.trim()) continue; // "Päätös: Aluevaltuusto päätti:" lines follow
    }
    if (inProposal) {
      if (item && line.kind === "listItem") item.proposal = [item.proposal, line.text].filter(Boolean).join(" ");
      continue;
    }
    if (!ANY_OUTCOME.test(line.text)) continue;
    for (const s of sentencesOf(line)) {
      for (const clause of clausesOf(s)) {
        const outcome = classifyOutcome(clause.text, null);
        if (!outcome) continue;
        out.push(decision(doc, clause.start, clause.end, outcome, bodyIn(ctx.bodies, clause) ?? meetingBody, item?.title ?? null, meetingDate, null));
      }
    }
  }
  return out;
}

/** A list item that names an agenda item (minutes written as bullets), not a decision line. */
function isItemHeading(doc: Doc, line: Line): boolean {
  const next = doc.lines[line.index + 1];
  return Boolean(next && next.kind !== "listItem" && !/[.!?]$/.test(line.text) && line.text.length < 120);
}

interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Clauses of a sentence, split before `ja`/`sekä` + a new finite clause and at `;`. */
function clausesOf(s: Sentence): Clause[] {
  const parts: Clause[] = [];
  const re = /;\s+|,?\s+(?:ja|sekä)\s+(?=(?:\p{Lu}|\p{Ll}+(?:ttiin|tiin|i|si)\b))/gu;
  let from = 0;
  for (const m of s.text.matchAll(re)) {
    parts.push(clause(s, from, m.index!));
    from = m.index! + m[0].length;
  }
  parts.push(clause(s, from, s.text.length));
  return parts.filter((c) => c.text.length >= 10);
}

function clause(s: Sentence, a: number, b: number): Clause {
  const text = s.text.slice(a, b).replace(/[.\s]+$/, "");
  return { start: s.start + a, end: s.start + a + text.length, text };
}

function bodyIn(bodies: Body[], span: { start: number; end: number }): string | null {
  for (const b of bodies) for (const m of b.mentions) if (m.start >= span.start && m.end <= span.end && b.kind !== "municipality") return b.name;
  return null;
}

/** The body whose meeting the document reports: the first council, board or committee named in a heading or the first lines. */
function mainBody(doc: Doc, bodies: Body[]): string | null {
  const collegial = new Set(["council", "executive-board", "committee", "division", "working-group", "steering-group", "preparatory-body"]);
  const early = doc.lines.slice(0, 6);
  let best: { name: string; at: number } | null = null;
  for (const b of bodies) {
    if (!collegial.has(b.kind)) continue;
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
