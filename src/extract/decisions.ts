/**
 * Decisions: what a body decided, approved, amended, rejected, elected or
 * appointed, postponed, noted, or failed to agree on.
 *
 * The outcome is read from the verb phrase of a clause — active or passive,
 * negated or not, `päätti` + infinitive — not from a keyword list of whole
 * sentences. A bare `Päätös:` line settles the proposal of its agenda item
 * (`§ 54 …` heading, `Esitys:` text); proposals themselves are not decisions.
 */
import type { Doc, Line, Sentence } from "../text/document.js";
import type { Body, Decision, Outcome, Person, Span } from "../schema/index.js";
import { dayOf, type TimeMention } from "../time/mention.js";
import { outcomeStems } from "../lexicon/outcome-stems.js";
import { BACKGROUND, BODY_STANCES, classifyOutcome, CLOSES_MEETING, decisionLabel, HYPOTHETICAL, infinitiveOutcome, inlineProposalAt, isProposalLabel, itemOutcome, MODAL, MOTION, PARTICIPLE_LIST_HEADING, SETTLED_AS_PROPOSED, VOTES, votesIn } from "./decision-words.js";
import type { Token } from "../text/tokens.js";
import { endsSentence } from "../text/chars.js";
import type { Lemmas } from "../morph/fi/lemmas.js";
import { partitionPoint } from "../sorted.js";
import { latin1Choice, latin1Lower } from "../lexicon/regex.js";

export interface DecisionContext {
  times: TimeMention[];
  bodies: Body[];
  /** The people named: an election of the same person to the same post counts once. */
  people: Person[];
}

interface AgendaItem {
  title: string;
  proposal: string | null;
}

// [^]* and no $: a lone CR or U+2028 in the line would send the white space before it back for retries
const AGENDA_ITEM = /^(?:§\s*\d+\b|\d+\s*§|asia\s+\d+\b)\s*([^]*)/i;
/** A minutes page header: "Aluehallitus 04.12.2023 § 198". Its body decides what follows. */
const PAGE_HEADER = /^(.{3,80}?)\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s+§\s*\d+\s*$/;
const BULLET_ITEM = /^[•·*-]\s*/;
/** A line that introduces a list of decided points: a form of päättää, up to two words, a colon (`Hallitus päätti muun muassa:`). */
const DECIDES_LIST = /(?<!\p{L})(?:päätti|päättivät|päätettiin|päättää)(?:\s+\p{L}+){0,2}\s*:\s*$/iu;
/** How many lines below an election a verbless sentence may continue it. */
const ELECTION_REACH = 2;
/**
 * A verbless sentence that continues a list of elections: a post in the
 * translative and a capitalised name (`II varapuheenjohtajaksi Maija Mäki.`,
 * `Ympäristölautakunnan jäseneksi Outi Ranta`), a party after a name in
 * parentheses with its full stop (`Sanna Rautio (sd.) ja II …`).
 */
// the name's words are parted by white space: an optional gap between them would split one long word every way there is;
// the rest of the line is read atomically ((?=(…))\1), so a white-space run before an unclosed parenthesis is not given back one character at a time
const ELECTION_CONTINUATION = latin1Choice(/^\s*(?:[\p{L}\d-]+\s+){0,4}[\p{L}-]+ksi\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+(?:\s*(?:ja|sekä|,|varalla|varajäseneksi|(?=\())(?=((?:[^.(]|\([^)]{0,40}\))*))\1)?\.?\s*$/u);

/** What a `Päätös:` text says: an outcome it states, or as proposed, the outcome its item's proposal or title says. */
function settledOutcome(text: string, item: AgendaItem | null): Outcome {
  const stated = classifyOutcome(text);
  if (stated && stated !== "approved") return stated;
  if (stated || SETTLED_AS_PROPOSED.test(text)) return itemOutcome(item?.proposal ?? null, item?.title ?? null) ?? "approved";
  return "decided";
}

/** The clauses of a line that each state an outcome of their own, with it. */
function chainedDecisions(line: Line): Array<[Clause, Outcome]> {
  const out: Array<[Clause, Outcome]> = [];
  // the line's last election, which a verbless sentence after it continues (`… valitsi jäseneksi X. Varajäseneksi Y.`)
  let election: Outcome | null = null;
  for (const s of line.sentences) {
    let stated = false;
    for (const part of clausesOf(s)) {
      const outcome = classifyOutcome(part.text);
      if (!outcome) continue;
      out.push([part, outcome]);
      stated = true;
      election = outcome === "elected" || outcome === "appointed" ? outcome : null;
    }
    if (!stated && election && ELECTION_CONTINUATION(s.text).test(s.text)) out.push([clause(s, 0, s.text.length), election]);
  }
  return out;
}

/** A vote's winning side: yes carries the proposal, no rejects it. */
function voteOutcome(text: string): Outcome | null {
  const votes = votesIn(text);
  return votes ? (votes.for > votes.against ? "approved" : "rejected") : null;
}

/** The cases of what is chosen: the object (`asetti työryhmän`) and the post (`jäseneksi`), not a source (`jäseniltä`). */
const CHOSEN_CASES: ReadonlySet<string> = new Set(["nom", "gen", "par", "tra", "ess", "nom.pl", "gen.pl", "par.pl", "tra.pl", "ess.pl"]);

/**
 * Whether a clause names a person (a capitalised word inside it, or one
 * Kotus does not know at its start), a post (a role title) or a body (its
 * head noun): what an election or an appointment chooses.
 */
function namesPersonPostOrBody(tokens: readonly Token[], span: { start: number; end: number }, lemmas: Lemmas): boolean {
  // from the span's first token: a line of many elections asks once for each
  for (let k = partitionPoint(tokens.length, (i) => tokens[i].start < span.start); k < tokens.length && tokens[k].start < span.end; k++) {
    const t = tokens[k];
    if (t.end > span.end) continue;
    if (t.capital && (t.start > span.start || !lemmas.isKnownWord(t.lower))) return true;
    if (lemmas.forms(t).some((r) => CHOSEN_CASES.has(r.case))) return true;
  }
  return false;
}

/** Whether a clause names a company and no person (`Analyysit tekee kilpailutuksen perusteella valittu X Oy`). */
function choosesCompany(span: { start: number; end: number }, bodies: readonly Body[], people: readonly Person[]): boolean {
  const inSpan = (m: Span) => m.start >= span.start && m.end <= span.end;
  return bodies.some((b) => b.kind === "company" && b.mentions.some(inSpan)) && !people.some((p) => p.mentions.some(inSpan));
}

export function findDecisions(doc: Doc, ctx: DecisionContext): Decision[] {
  const out: Decision[] = [];
  // the line of each decision, for telling restatements apart
  const lines: Line[] = [];
  let meetingBody = mainBody(doc, ctx.bodies);
  const meetingDate = ctx.times.find((t) => t.from.year)?.from;
  let item: AgendaItem | null = null;
  // where we are in an agenda item: its proposal, the text of its decision, or a list of decided points
  let mode: "free" | "proposal" | "decisionText" | "decisionNext" | "decisionList" = "free";
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

  // the last sentence that elected or appointed, which a verbless sentence may continue (`Varapuheenjohtajaksi Jari Niskanen.`)
  let election: { outcome: Outcome; line: number } | null = null;
  const lemmas = doc.lemmas;
  for (const line of doc.lines) {
    const header = line.text.includes("§") ? PAGE_HEADER.exec(line.text) : null;
    if (header) {
      meetingBody = bodyIn(ctx.bodies, { start: line.start, end: line.start + header[1].length }) ?? meetingBody;
      continue;
    }
    const agenda = AGENDA_ITEM.exec(line.text);
    if (agenda || (line.kind === "listItem" && mode !== "decisionList" && mode !== "proposal" && mode !== "decisionNext" && isItemHeading(doc, line))) {
      item = { title: (agenda ? line.text : line.text.replace(BULLET_ITEM, "")).trim(), proposal: null };
      mode = "free";
      continue;
    }
    if (isProposalLabel(line.text)) {
      mode = "proposal";
      if (item) item.proposal = line.text.replace(/^[^:]*:\s*/, "") || null;
      continue;
    }
    const label = decisionLabel(line.text);
    if (label) {
      const rest = line.text.slice(label[0].length).trim();
      // a bare `Päätös` line: the outcome is on the next line, or a list of decided points follows
      if (!rest) {
        mode = "decisionNext";
        continue;
      }
      // "Päätös: Aluevaltuusto päätti:" introduces the decided points
      if (/:\s*$/.test(rest) && !/hyväksyttiin|muuten/i.test(rest)) {
        mode = "decisionList";
        continue;
      }
      // "Päätös: Lautakunta asetti työryhmän ja nimesi sen puheenjohtajaksi X": a chain of verbs states a decision each
      const chain = chainedDecisions(line);
      if (chain.length > 1) for (const [part, outcome] of chain) push(line, part.start, part.end, outcome, item?.proposal ?? null);
      else push(line, line.start, line.end, settledOutcome(rest, item), item?.proposal ?? null);
      mode = "decisionText";
      continue;
    }
    if (mode === "decisionNext") {
      if (line.kind !== "listItem") {
        push(line, line.start, line.end, settledOutcome(line.text, item), item?.proposal ?? null);
        // what follows a bare label's outcome line may state further decisions
        mode = "free";
        continue;
      }
      mode = "decisionList";
    }
    if (mode === "proposal") {
      // concatenated, not joined: join copies the proposal so far for every line (quadratic in a long proposal)
      if (item) item.proposal = item.proposal ? `${item.proposal} ${line.text}` : line.text;
      continue;
    }
    // a list of decided points ends at the first line that is no point
    if (mode === "decisionList" && line.kind !== "listItem") mode = "free";
    // "Kaupunginhallitus päätti:" over a list: each point is a decision (`- hyväksyä …`), the line that introduces them none
    if (mode === "free" && line.text.endsWith(":") && DECIDES_LIST.test(line.text) && doc.lines[line.index + 1]?.kind === "listItem") {
      mode = "decisionList";
      continue;
    }
    if (mode === "decisionList" && line.kind === "listItem") {
      const outcome = infinitiveOutcome(line.text) ?? classifyOutcome(line.text);
      if (outcome) push(line, line.start, line.end, outcome, item?.proposal ?? null);
      continue;
    }
    // the wording of a decision already recorded (an amendment's text) is no new decision
    if (mode === "decisionText") continue;
    const tokens = doc.tokensOf(line);
    const stems = outcomeStems(doc.text, tokens);
    const continues = election !== null && line.index - election.line <= ELECTION_REACH;
    const voted = !stems.gate && line.text.includes("-ään") && VOTES.test(line.text);
    if (!stems.gate && !continues && !voted) {
      election = null;
      continue;
    }
    if (PARTICIPLE_LIST_HEADING.test(line.text)) continue;
    for (const s of line.sentences) {
      let stated = false;
      for (const whole of clausesOf(s)) {
        // only the words before an inline proposal label can state a decision (`… todettiin päätösvaltaiseksi. 2 VALINTA Ehdotus Valitaan …`)
        const label = inlineProposalAt(whole.text);
        const part = label < 0 ? whole : clause(s, whole.start - s.start, whole.start - s.start + label);
        if (part.text.length < MIN_CLAUSE) continue;
        const bits = stems.within(part.start, part.end);
        // lower-cased once for the outcome patterns that read the clause, when it has an outcome's stem
        const lower = bits ? latin1Lower(part.text) : undefined;
        let outcome = classifyOutcome(part.text, bits, false, lower);
        // a stance some verbs take is a decision when a body is named as its subject
        if (!outcome && bits & BODY_STANCES) outcome = deciderIn((deciders ??= nominativeMentions(doc, ctx.bodies)), part) ? classifyOutcome(part.text, bits & BODY_STANCES, true, lower) : null;
        if (!outcome && /jaa-ään/i.test(part.text)) outcome = voteOutcome(part.text);
        if (!outcome || HYPOTHETICAL.test(part.text) || MODAL.test(part.text, lower) || BACKGROUND.test(part.text) || MOTION.test(part.text) || CLOSES_MEETING.test(part.text)) continue;
        // an election or appointment names a person, a post or a body (`Äänestystavaksi valittiin …`, `Määrättiin jäsenmaksuksi …` only decide)
        if ((outcome === "elected" || outcome === "appointed") && !namesPersonPostOrBody(tokens, part, lemmas)) outcome = "decided";
        // a company chosen by tender is bought from, not elected
        if (outcome === "elected" && choosesCompany(part, ctx.bodies, ctx.people)) outcome = "decided";
        push(line, part.start, part.end, outcome, null, s.end);
        stated = true;
        if (outcome === "elected" || outcome === "appointed") election = { outcome, line: line.index };
      }
      if (stated) continue;
      if (election && line.index - election.line <= ELECTION_REACH && ELECTION_CONTINUATION(s.text).test(s.text)) {
        const c = clause(s, 0, s.text.length);
        push(line, c.start, c.end, election.outcome, null, s.end);
        election.line = line.index;
      } else election = null;
    }
  }
  return samePersonOnce(sameResolutionOnce(doc, dropVoteRestatements(doc.text, dropRestatements(out, lines))), ctx.people);
}

/**
 * One decision once: the same words twice (a repeated title) count once, and
 * a heading that announces the decision its next paragraph states (`… nimitettiin
 * viisi toimialajohtajaa` over `Aluehallitus nimitti …`) gives way to it.
 */
/** How many lines below a heading the paragraph that states its decision may start. */
const RESTATEMENT_DISTANCE = 6;

/**
 * A heading, or a text's first line when it closes no sentence: the headline
 * of a scraped page runs straight into its lead (`Aluehallitus valitsi
 * johtajan ja hyväksyi talousarvion` over the lead that states both).
 */
const isHeadline = (line: Line) => line.kind === "heading" || (line.index === 0 && !endsSentence(line.text));

/** A headline's outcome that the body states, perhaps more exactly: an approval the body reports amended is the same. */
const restatesOutcome = (headline: Outcome, body: Outcome) => headline === body || (headline === "approved" && body === "amended");

function dropRestatements(list: Decision[], lines: Line[]): Decision[] {
  const seen = new Set<string>();
  return list.filter((d, i) => {
    // the same words under another agenda item are another decision (Päätös: Hyväksyttiin esityksen mukaan.)
    const key = `${d.subject}\u0000${d.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const line = lines[i];
    if (!isHeadline(line)) return true;
    // decisions are in document order: the search stops past the distance, not at the document's end
    for (let k = i + 1; k < list.length && lines[k].index - line.index <= RESTATEMENT_DISTANCE; k++) if (restatesOutcome(d.outcome, list[k].outcome) && !isHeadline(lines[k])) return false;
    return true;
  });
}

/**
 * One resolution once: a lead and a body that each say the body decided to
 * do the same thing to the same object (`aluevaltuusto päätti maanantaina
 * lakkauttaa kolme vuodeosastoa` … `Aluevaltuusto päätti kokouksessaan
 * 8.6.2026 lakkauttaa Parikkalan ja Rautjärven vuodeosastot`) are one
 * decision, stated by the fuller clause: the same infinitive after `päätti`,
 * and a word of its object shared (a compound's head counts).
 */
function sameResolutionOnce(doc: Doc, list: Decision[]): Decision[] {
  // the object is read to the sentence's end: a clause may end at a list of names (`Parikkalan, Rautjärven ja Taipalsaaren …`)
  const sentences = list.map((d) => restOfSentence(doc, d.span.start));
  const resolutions = sentences.map(resolutionOf);
  if (resolutions.filter(Boolean).length < 2) return list;
  const kept: Decision[] = [];
  // each kept resolution: its verb and objects, where it is kept, and the length of its sentence (the fuller one stays)
  const keptResolutions: Array<{ verb: string; objects: string[]; at: number; length: number }> = [];
  list.forEach((d, i) => {
    const r = resolutions[i];
    const same = r && keptResolutions.find((k) => k.verb === r.verb && kept[k.at].subject === d.subject && kept[k.at].outcome === d.outcome && k.objects.some((o) => r.objects.some((w) => w.includes(o) || o.includes(w))));
    if (same) {
      if (sentences[i].length > same.length) {
        kept[same.at] = d;
        same.length = sentences[i].length;
      }
      return;
    }
    if (r) keptResolutions.push({ ...r, at: kept.length, length: sentences[i].length });
    kept.push(d);
  });
  return kept;
}

/** The text from an offset to the end of the Doc's sentence that holds it. */
function restOfSentence(doc: Doc, start: number): string {
  const sentence = doc.sentenceAt(start);
  return sentence ? doc.text.slice(start, Math.max(start, sentence.end)) : "";
}

/** `päätti` (up to three words between) and the infinitive after it: the verb and the stems of the object's longer words. */
function resolutionOf(text: string): { verb: string; objects: string[] } | null {
  const m = RESOLUTION.exec(text);
  if (!m) return null;
  const objects = text
    .slice(m.index + m[0].length)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= OBJECT_STEM)
    .map((w) => w.slice(0, OBJECT_STEM));
  return objects.length ? { verb: m[1].toLowerCase(), objects } : null;
}
/** `päätti`/`päätettiin`, up to three words, then a first infinitive (`lakkauttaa`, `myydä`, `hylätä`); an essive (`maanantaina`), an elative or an ablative (`asiasta`, `hallitukselta`) is none. */
const RESOLUTION = /(?<!\p{L})(?:päätti|päättivät|päätettiin)\s+(?:\S+\s+){0,3}?(\p{Ll}{3,}(?:aa|ää|da|dä|(?<![ls])ta|(?<![ls])tä))(?!\p{L})/iu;
/** Letters of an object's word compared: its stem before a case or number ending (`vuodeosastoa`, `vuodeosastot`). */
const OBJECT_STEM = 7;

/**
 * A short sentence after a decision in its paragraph (right after it, or
 * past a sentence or two that decide nothing) that names its subject in one
 * word and gives the same outcome again, with the vote or a manner
 * (`Valtuusto hyväksyi vuoden 2027 talousarvion. Talousarvio hyväksyttiin
 * äänin 45–14.`), restates that decision: the first, fuller clause stands.
 * A subject of more words (`Talousarvion muutos hyväksyttiin`) is another.
 */
function dropVoteRestatements(text: string, list: Decision[]): Decision[] {
  return list.filter((d, i) => {
    const prev = list[i - 1];
    if (!prev || prev.outcome !== d.outcome || prev.subject !== d.subject || d.span.start < prev.span.end) return true;
    const gap = text.slice(prev.span.end, d.span.start);
    if (!ONLY_MARKS.test(gap) && (gap.length > RESTATEMENT_GAP || /[\n\r]/.test(gap))) return true;
    const m = ONE_WORD_SUBJECT.exec(d.text);
    if (!m || d.text.split(/\s+/).length > RESTATEMENT_WORDS) return true;
    const stem = m[1].toLowerCase().slice(0, SUBJECT_STEM);
    // a compound's head names it too (`oikaisuvaatimuksen` … `Vaatimus hylättiin`)
    return !prev.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.includes(stem));
  });
}
/** How far after the decision, in its paragraph, a restatement may stand: past a sentence or two that decide nothing (a member's motion). */
const RESTATEMENT_GAP = 240;
/** Between a decision and the next sentence of its paragraph: its full stop and spaces only. */
const ONLY_MARKS = /^[^\p{L}\d\n\r]{0,6}$/u;
/** A subject of one word before a passive past (`Talousarvio hyväksyttiin …`); before an active one (`Hallitus päätti …`) it is the decider. */
const ONE_WORD_SUBJECT = /^(\p{L}{4,})\s+\p{Ll}+t?tiin(?!\p{L})/u;
/** The longest sentence read as a restatement, in words. */
const RESTATEMENT_WORDS = 6;
/** How many letters of the subject are compared: a noun's stem before its case ending (`talousarvio`, `talousarvion`). */
const SUBJECT_STEM = 7;

/**
 * A person elected or appointed to a post once: a headline, a lead and a
 * body that each name the same people to the same post (`X valittiin
 * liittovaltuuston puheenjohtajaksi` … `liittovaltuuston puheenjohtajaksi
 * X:n`) are one decision, stated by the fullest clause. The same person
 * chosen to another post, or under another agenda item (`kokouksen
 * puheenjohtajaksi`, later `yhdistyksen puheenjohtajaksi`), is another.
 */
function samePersonOnce(list: Decision[], people: Person[]): Decision[] {
  if (!list.some(choosesPeople) || !people.length) return list;
  // every mention of a person, by start: a decision reads the ones inside it from its own start
  const spans = people.flatMap((p, n) => p.mentions.map((m) => [m.start, m.end, n] as const)).sort((a, b) => a[0] - b[0]);
  const kept: Array<Decision | null> = [];
  // the kept decision that names a person, by item, outcome, post and person
  const byPerson = new Map<string, number>();
  for (const d of list) {
    const persons: Array<readonly [number, number, number]> = [];
    if (choosesPeople(d)) for (let k = partitionPoint(spans.length, (i) => spans[i][0] < d.span.start); k < spans.length && spans[k][0] < d.span.end; k++) if (spans[k][1] <= d.span.end) persons.push(spans[k]);
    const post = persons.length ? postOf(d.text) : "";
    const named = post ? persons.map(([, , n]) => `${d.subject}\u0000${d.outcome} ${post} ${n}`) : [];
    const earlier = new Set(named.map((key) => byPerson.get(key)));
    const only = earlier.size === 1 ? [...earlier][0] : undefined;
    if (named.length && only !== undefined) {
      // a restatement: the longer wording stays
      if (d.text.length > kept[only]!.text.length) kept[only] = d;
      continue;
    }
    kept.push(d);
    for (const key of named) byPerson.set(key, kept.length - 1);
  }
  return kept.filter((d): d is Decision => d !== null);
}

const choosesPeople = (d: Decision) => d.outcome === "elected" || d.outcome === "appointed";

/** The post a decision fills: its longest translative, the post rather than an adjective (`uudeksi`), lower case; "" for none. */
function postOf(text: string): string {
  let post = "";
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (word.length > post.length && word.length >= 7 && word.endsWith("ksi")) post = word;
  return post;
}

/** A list item that names an agenda item (minutes written as bullets), not a decision line. */
function isItemHeading(doc: Doc, line: Line): boolean {
  const next = doc.lines[line.index + 1];
  return Boolean(next && next.kind !== "listItem" && !/[.!?]$/.test(line.text) && line.text.length < 120);
}

// a capital after a capitalised word (`Kirkonkylän ja Mäntyharjun`, `Eino Salo ja Aino Mäki`) continues a list of names, no new clause;
// a comma before `ja` joins clauses with subjects of their own (`…, ja hallinto-oikeus kumosi päätöksen`), as Finnish lists take none;
// a white-space run is tried from its first character only ((?<!\s)), not again from each of the others
const CLAUSE_SPLIT = /;\s+|,?(?<!\s)\s+(?:ja|sekä)\s+(?=(?:(?<!(?<![\p{L}])\p{Lu}[\p{L}-]*,?\s+(?:ja|sekä)\s+)\p{Lu}|\p{Ll}+(?:ttiin|tiin|i|si)(?![\p{L}])))|,\s+(?=(?:jonka|joka|jossa|jolle|kunnes|jos|mikäli|jotta|kun|jolloin)(?![\p{L}]))|,\s+(?=\p{Ll}+(?:ttiin|tiin|tti|tsi|sti|i)(?![\p{L}]))|,\s+(?:ja|sekä)\s+(?=\p{Ll})/gu;

/** What every place CLAUSE_SPLIT splits at has. */
const SPLIT_MARK = /[;,]|\s(?:ja|sekä)\s/;

interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * Clauses of a sentence: split at `;`, before `ja`/`sekä` + a new finite
 * clause, before a comma and a past-tense verb that chains another decision
 * (`vahvistettiin tilinpäätös, päätettiin talousarvio`), and before a
 * relative or subordinate clause (`, jonka lautakunta päätti …`, `, kunnes
 * …`), which then starts its own clause.
 */
/** The shortest clause read for a decision. */
const MIN_CLAUSE = 10;

function clausesOf(s: Sentence): Clause[] {
  const parts: Clause[] = [];
  let from = 0;
  // matchAll reads a copy of the global pattern: the shared one keeps no position between sentences;
  // a sentence without a comma, a semicolon or a `ja`/`sekä` between spaces has no place to split at, and most have none
  if (SPLIT_MARK.test(s.text)) {
    for (const m of s.text.matchAll(CLAUSE_SPLIT)) {
      parts.push(clause(s, from, m.index!));
      from = m.index + m[0].length;
    }
  }
  parts.push(clause(s, from, s.text.length));
  return parts.filter((c) => c.text.length >= MIN_CLAUSE);
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
    // a case ending after a colon (`ry:lle`, `Oy:n`) inflects the name written as it is
    for (const m of b.mentions) if (names.has(doc.text.slice(m.start, m.end).toLowerCase()) && !caseAfterColon(doc.text, m.end)) out.push({ name: b.name, start: m.start, end: m.end });
  }
  // stable: at the same offset the body listed first wins
  return out.sort((x, y) => x.start - y.start);
}

/** Whether a case ending follows a colon at `offset` (`STTK:n`, `ry:lle`), not punctuation (`Kouvolan Sanomat: …`). */
function caseAfterColon(text: string, offset: number): boolean {
  return text.charCodeAt(offset) === 0x3a && /\p{L}/u.test(text[offset + 1] ?? "");
}

/** The body named in the nominative within a span: the one that decides. */
function deciderIn(mentions: NamedMention[], span: { start: number; end: number }): string | null {
  // the first mention starting in the span (mentions are by start), then the first of those inside it: a document may hold thousands
  for (let k = partitionPoint(mentions.length, (i) => mentions[i].start < span.start); k < mentions.length && mentions[k].start < span.end; k++) if (mentions[k].end <= span.end) return mentions[k].name;
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
  const votes = votesIn(text);
  return {
    body,
    subject,
    outcome,
    text,
    span: { start, end },
    date: date ? dayOf(date) : null,
    votes,
    proposal,
  };
}
