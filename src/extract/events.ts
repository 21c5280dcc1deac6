/**
 * Events from time expressions and their context: one event per happening.
 *
 * - A programme: a dated line (heading or `Ke 2.2.2022 klo 18-19.30 Title`)
 *   followed by timed slots (`10.00-10.20 Avaus`) gives a parent event and
 *   one `programme-item` per slot.
 * - A date in running text names the happening of its clause (`Laaja
 *   poliittinen ohjausryhmä kokoontui … tiistaina 13.4.2021 klo 12–14`).
 * - Publication stamps (`18.12.2025 11:06:07 EET | …`, a lone date line near
 *   the top, ` date 2022-01-18`), update notes and report periods
 *   (`ajalta 1.1.-30.8.2022`) are times, not events.
 * - Mentions of the same day merge: the clock-timed one gives the start.
 */
import type { Doc, Line } from "../text/document.js";
import type { Body, Event, EventKind, Span } from "../schema/index.js";
import { latin1Lower, letterRunStart, wordStart } from "../lexicon/regex.js";
import { INLINE_SPACE, isLineBreak, isWhiteSpace } from "../text/chars.js";
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from "../time/fi/constants.js";
import { dayOf, formatMoment, type Moment, type TimeMention } from "../time/mention.js";
import { lemmatize } from "../morph/fi/index.js";
import { firstAtLeast, partitionPoint } from "../sorted.js";
import {
  APPROXIMATE_BEFORE,
  BODY_HEAD,
  BODY_MEETS,
  CALLED_OFF,
  CLOCK_FILLER,
  classifyEvent,
  COMMUNICATES,
  END_LABEL,
  ENDS,
  ENDS_ON,
  eventLocation,
  FIELD_HEADING,
  FIELD_LABEL,
  HAPPENING_NOUNS,
  MOVES,
  isOnline,
  PERIOD_BEFORE,
  START_LABEL,
  STARTS,
  ATTENDANCE,
  TARGET_CLAUSE,
  TERM_OF_OFFICE,
} from "./event-words.js";

interface Draft {
  title: string;
  time: TimeMention;
  kind: EventKind;
  parent: number | null;
  line: Line;
  /** Slots of a programme belong to the parent draft at this index. */
  children: number;
  /** Its clause reports a communication (`kutsu lähetettiin 3.2.`). */
  communication?: boolean;
}

const STAMP_AFTER = /^\s*(?:(?:EET|EEST|UTC|GMT)\s*)?\||^\s*päivät(?:ty|yssä)\b/i;
/** Words right before a date (a colon between them allowed) that make it a stamp or a period, not an event. */
const NOT_AN_EVENT_BEFORE = ["ajalta", "ajanjaksolta", "päivitetty", "julkaistu", "julkaisuajankohta", "päivätty", "vuodelta", "kaudelta", "date", "muokattu", "tiedote", "lähetetty", "kirjoitettu"];

/**
 * How far a title, a stamp test or a kind is read either side of a time: far
 * enough for any clause, and a line of a thousand dates stays linear.
 */
const REACH = 240;

interface Window {
  start: number;
  end: number;
}

/** The part of a time's line that its title, stamp test and kind are read from. */
function windowOf(line: Line, t: TimeMention): Window {
  return { start: Math.max(line.start, t.start - REACH), end: Math.min(line.end, t.end + REACH) };
}

/** Whether only white space stands between the line's start and the offset. */
function startsLine(doc: Doc, line: Line, at: number): boolean {
  if (at - line.start > REACH) return false;
  for (let i = line.start; i < at; i++) if (!isWhiteSpace(doc.text.charCodeAt(i))) return false;
  return true;
}
const LONGEST_NOT_AN_EVENT = Math.max(...NOT_AN_EVENT_BEFORE.map((w) => w.length));

/** Whether the text ends in one of NOT_AN_EVENT_BEFORE, then white space, a colon or both (read at its end, not by a pattern tried at every place). */
function endsInStampWord(before: string): boolean {
  let t = before.trimEnd();
  if (t.endsWith(":")) t = t.slice(0, -1).trimEnd();
  const tail = t.slice(-LONGEST_NOT_AN_EVENT - 1).toLowerCase();
  // a whole word: `kokoustiedote` names a meeting's news, not a stamp
  return NOT_AN_EVENT_BEFORE.some((w) => tail.endsWith(w) && !LETTER.test(tail.charAt(tail.length - w.length - 1)));
}
const LETTER = /\p{L}/u;
// [^]* and no $: a lone CR or U+2028 in the line neither stops the title nor sends the white space before it back for retries
const SLOT_TITLE = /^[\s,:–—-]*([^]*)/;

export function findEvents(doc: Doc, times: TimeMention[], timeZone = "Europe/Helsinki", bodies: Body[] = []): Event[] {
  const drafts: Draft[] = [];
  const context = new TitleContext(doc);
  let programme: number | null = null; // index of the draft whose slots follow
  // the last draft that is no programme slot: the slots after it are its own, and no search reads back over them
  let top = -1;
  // the last draft that is neither a slot nor a deadline: a deadline between a happening and its slots is no parent of theirs
  let host = -1;
  const slotHost = () => (top >= 0 && drafts[top].kind === "deadline" && host >= 0 ? host : top);
  let programmeDay: string | null = null;
  // days whose happening the text calls off or moves away: a clock of that day in a later sentence times a happening of its own
  const calledOff = new Set<string>();
  // the bodies' mentions in text order, made when a meeting first asks
  let bodySpans: Span[] | undefined;

  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    const line = doc.lineAt(t.start);
    if (!line) continue;
    // a live report's clock stamps on the reference day time no happening of their own
    if (t.tags.includes("FIDocumentAnchorRefiner/reference")) continue;
    const bare = t.tags.includes("FIDocumentAnchorRefiner/anchored");
    const lineStartsWithTime = startsLine(doc, line, t.start);
    const win = windowOf(line, t);

    if (bare && lineStartsWithTime) {
      // a form's start or end field (`Alkamisaika` / `17:00`) times the happening it belongs to
      const label = doc.lines[line.index - 1];
      const day = programme !== null ? drafts[programme] : null;
      if (label && day && dayOf(day.time.from) === dayOf(t.from) && (START_LABEL.test(label.text) || END_LABEL.test(label.text))) {
        day.time = START_LABEL.test(label.text) ? withStart(day.time, t.from, timeZone) : withEnd(day.time, t.from, timeZone);
        continue;
      }
      // the one clock line under a happening's date line (`Lauantaina 16.5.2026` / `kello 15.00` / `Kirkko`) is its start, not a slot
      if (day && day.time.from.hour === undefined && !t.to && !day.children && day.line.index === line.index - 1 && dayOf(day.time.from) === dayOf(t.from) && !slotFollows(doc, times[i + 1], line)) {
        day.time = timedBy(day.time, t, timeZone);
        continue;
      }
      // a programme slot: its title is the rest of the line, or the next line
      const rest = doc.text.slice(t.end, win.end);
      let title = SLOT_TITLE.exec(rest)![1].trim();
      if (!title) title = nextLineText(doc, line) ?? "";
      if (programme === null || programmeDay !== dayOf(t.from)) {
        programme = ensureParent(doc, drafts, slotHost(), t, line);
        top = Math.max(top, programme);
        programmeDay = dayOf(t.from);
      }
      drafts.push({ title: cleanTitle(title), time: t, kind: "programme-item", parent: programme, line, children: 0 });
      drafts[programme].children++;
      continue;
    }
    if (bare) {
      // a clock time in running text belongs to the day's event; `Kokous alkoi kello 17` times it
      const day = happeningOfDay(drafts, programme, dayOf(t.from));
      if (!day && calledOff.has(dayOf(t.from))) {
        // `… yhtiökokous peruttiin. Samana iltana asukasilta pidetään kuitenkin klo 18–19.30`
        drafts.push({ title: titleFor(doc, times, i, line, win, context), time: t, kind: classifyEvent(line.text, "", true), parent: null, line, children: 0 });
        top = host = drafts.length - 1;
        continue;
      }
      if (day && !lastDayOf(day)) {
        const sentenceStart = sentenceStartIn(doc, win, t.start);
        const clause = doc.text.slice(sentenceStart, t.start);
        // a clock later in the date's own sentence is its start (`pidetään 10.3. kokouksen jälkeen noin kello 15`)
        const sameSentence = day.line === line && day.time.end <= t.start && sentenceStart <= day.time.start;
        if (day.time.from.hour === undefined && (sameSentence || STARTS.test(clause))) day.time = timedBy(day.time, t, timeZone);
        else if (day.time.from.hour !== undefined && !day.time.to && !t.to && ENDS.test(clause)) day.time = withEnd(day.time, t.from, timeZone);
        else if (day.time.from.hour !== undefined && !sameSentence && !STARTS.test(clause) && !ENDS.test(clause) && !ATTENDANCE.test(clause) && clockOf(day.time.from) !== clockOf(t.from)) {
          // another clock of the timed happening's day in a sentence of its own is a happening beside it: `Ennen kokousta klo 13.30 tarjolla on kahvia.`
          drafts.push({ title: titleFor(doc, times, i, line, win, context), time: t, kind: "other", parent: null, line, children: 0 });
        }
      }
      continue;
    }
    if (isStamp(doc, t, line, win) || isReportingPeriod(doc, t, win)) continue;
    const sentenceStart = sentenceStartIn(doc, win, t.start);
    const sentence = doc.text.slice(sentenceStart, sentenceEndIn(doc, win, t.end));
    if (isAimOrEstimate(doc, t, win, sentenceStart)) continue;
    if (isCalledOff(sentence, t, times[i + 1], sentenceEndIn(doc, win, t.end))) {
      calledOff.add(dayOf(t.from));
      continue;
    }
    // a day's header inside a multi-day happening is no happening of its own: its slots stay under it
    const covering = lineStartsWithTime && slotHost() >= 0 && covers(drafts[slotHost()], t) ? slotHost() : -1;
    if (covering >= 0 && isHeaderLine(doc, t, line, win)) {
      programme = covering;
      programmeDay = dayOf(t.from);
      continue;
    }

    // `alkaa 12.3. klo 18 ja päättyy 13.3. klo 12`: a later day that the same sentence says the happening ends on is its end
    const previous = top >= 0 ? drafts[top] : null;
    if (previous && !previous.time.to && previous.time.end <= t.start && previous.time.start >= sentenceStart && !t.to && dayOf(t.from) > dayOf(previous.time.from) && ENDS_ON.test(doc.text.slice(previous.time.end, t.start))) {
      previous.time = retimed(previous.time, previous.time.from, t.from, timeZone);
      continue;
    }
    const title = titleFor(doc, times, i, line, win, context);
    // the kind is read from the time's own sentence: a line may hold two happenings
    // lower-cased once for the patterns that read the sentence
    const lower = latin1Lower(sentence);
    const kind = t.to && dayOf(t.to) !== dayOf(t.from) && TERM_OF_OFFICE.test(sentence, lower) ? "other" : classifyEvent(sentence, title, t.from.hour !== undefined, lower);
    const communication = COMMUNICATES.test(sentence, lower);
    const time = clockedBefore(t, times[i - 1], sentenceStart, timeZone);
    const draftKind = communication && kind === "meeting" && !BODY_MEETS.test(sentence, lower) ? "other" : kind;
    // bodies coordinated before their meeting verb (`Hallitus ja valtuusto kokoontuvat 12.10.`) meet each: a meeting each, unless they meet together
    const meeting = draftKind === "meeting" && BODY_MEETS.test(sentence, lower) && !JOINT_MEETING.test(sentence) ? coordinatedBodies(doc.text, (bodySpans ??= sortedMentions(bodies)), sentenceStart, t.start) : null;
    if (meeting) {
      const coordination = doc.text.slice(meeting[0].start, meeting[meeting.length - 1].end);
      for (const b of meeting) {
        const named = doc.text.slice(b.start, b.end);
        drafts.push({ title: title.includes(coordination) ? title.replace(coordination, named) : named, time, kind: draftKind, parent: null, line, children: 0, communication });
      }
    } else drafts.push({ title, time, kind: draftKind, parent: null, line, children: 0, communication });
    programme = top = drafts.length - 1;
    if (draftKind !== "deadline") host = top;
    programmeDay = dayOf(t.from);
  }
  const events = merge(doc, drafts, timeZone);
  const organizers = new Organizers(doc, bodies);
  // merge made each event: it is given its organizer in place
  for (const e of events) if (e.kind !== "programme-item") e.organizer = organizers.of(e);
  return events;
}

/**
 * The happening a clock in running text belongs to: the current one on its
 * day, else the latest one of that day (the time refiner gave the minutes'
 * `päätti kokouksen klo 19.20` the meeting's day past the next meeting's date).
 */
const DAY_LOOKBACK = 32;
function happeningOfDay(drafts: readonly Draft[], programme: number | null, day: string): Draft | null {
  if (programme === null) return null;
  // a bounded look back: a clock in running text is seldom far from its day's happening, and a long programme stays linear
  for (let k = programme; k >= 0 && programme - k < DAY_LOOKBACK; k--) {
    const d = drafts[k];
    if (d.kind !== "programme-item" && dayOf(d.time.from) === day) return d;
  }
  return null;
}

/** Whether the next time opens one of the next two lines: the clock line above it is a programme's first slot. */
function slotFollows(doc: Doc, next: TimeMention | undefined, line: Line): boolean {
  if (!next) return false;
  const at = doc.lineAt(next.start);
  return Boolean(at && at.index > line.index && at.index <= line.index + 2 && startsLine(doc, at, next.start));
}

/** Every mention of every body, by where it starts. */
function sortedMentions(bodies: readonly Body[]): Span[] {
  const out: Span[] = [];
  for (const b of bodies) for (const m of b.mentions) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** A meeting the bodies hold together: `yhteiskokous`, `yhteisessä istunnossa`, `yhteinen kokous`. */
const JOINT_MEETING = /yhteis|yhteinen|yhdessä/i;

/** Between two coordinated bodies: `ja`, `sekä` or a comma. */
const BODY_COORDINATION = /^(?:,\s*|\s+(?:ja|sekä)\s+)$/;

/**
 * Two or more body mentions coordinated in `[from, to)` (`hallitus ja
 * valtuusto`, `Lapuan kaupunki, Kauhavan kaupunki ja …`), or null when the
 * span names fewer than two so.
 */
function coordinatedBodies(text: string, spans: readonly Span[], from: number, to: number): Span[] | null {
  let run: Span[] = [];
  for (let k = partitionPoint(spans.length, (i) => spans[i].start < from); k < spans.length && spans[k].end <= to; k++) {
    const s = spans[k];
    const last = run[run.length - 1];
    if (last && s.start >= last.end && BODY_COORDINATION.test(text.slice(last.end, s.start))) run.push(s);
    else if (run.length >= 2) return run;
    else run = [s];
  }
  return run.length >= 2 ? run : null;
}

/**
 * A date with the clock written before it in its sentence (`illalla klo 8
 * seurakuntatalolla 3.10.`): the time refiner gave that clock the date's day.
 */
function clockedBefore(t: TimeMention, previous: TimeMention | undefined, sentenceStart: number, timeZone: string): TimeMention {
  if (t.from.hour !== undefined || t.to || !previous || previous.start < sentenceStart || !previous.tags.includes("FIDocumentAnchorRefiner/anchored") || dayOf(previous.from) !== dayOf(t.from)) return t;
  return timedBy(t, previous, timeZone);
}

/** A day's time given the clock, or clock range, of another mention on that day. */
function timedBy(day: TimeMention, clock: TimeMention, timeZone: string): TimeMention {
  return retimed(day, atClock(day, clock.from), clock.to ? atClock(day, clock.to) : null, timeZone);
}

/** A time with its start moved to a clock of its own day. */
function withStart(t: TimeMention, clock: Moment, timeZone: string): TimeMention {
  return retimed(t, atClock(t, clock), t.to, timeZone);
}

/** A time given an end on its own day. */
function withEnd(t: TimeMention, clock: Moment, timeZone: string): TimeMention {
  return retimed(t, t.from, atClock(t, clock), timeZone);
}

/** The time's day at a clock. */
function atClock(t: TimeMention, clock: Moment): Moment {
  return { ...t.from, hour: clock.hour, minute: clock.minute };
}

function retimed(t: TimeMention, from: Moment, to: Moment | null, timeZone: string): TimeMention {
  const value = to ? `${formatMoment(from, timeZone)}/${formatMoment(to, timeZone)}` : formatMoment(from, timeZone);
  return { ...t, from, to, value };
}

/**
 * A date marked approximate (`noin 12.3.`) or set as an aim (`pyritään
 * avaamaan 1.3.`): a time, not a happening. The aim governs the date when it
 * stands shortly before it in its clause (`…, jonka tavoitteena on` after a
 * date says what the happening is for).
 */
function isAimOrEstimate(doc: Doc, t: TimeMention, win: Window, sentenceStart: number): boolean {
  if (APPROXIMATE_BEFORE.test(doc.text.slice(Math.max(win.start, t.start - 24), t.start))) return true;
  return TARGET_CLAUSE.test(doc.text.slice(Math.max(sentenceStart, t.start - AIM_REACH), t.start));
}
/** How far before a date an aim word governs it. */
const AIM_REACH = 48;

/**
 * A day whose happening its sentence calls off (`konsertti 12.12. on
 * peruttu`, `retkeä ei järjestetä`), or the day a move leaves: the first of
 * two days in a sentence that moves the happening (`siirtyy keskiviikolta
 * 24.3. keskiviikkoon 31.3.`). A time, no happening. The sentence is read
 * for the verbs only when it has them at all.
 */
function isCalledOff(sentence: string, t: TimeMention, next: TimeMention | undefined, sentenceEnd: number): boolean {
  if (CALLED_OFF.test(sentence)) return true;
  return next !== undefined && next.start < sentenceEnd && dayOf(next.from) !== dayOf(t.from) && MOVES.test(sentence);
}

/** A range of days named as a reporting or accounting period (`tilastot kattavat ajanjakson 1.1.–31.8.`). */
function isReportingPeriod(doc: Doc, t: TimeMention, win: Window): boolean {
  return t.to !== null && dayOf(t.to) !== dayOf(t.from) && PERIOD_BEFORE.test(doc.text.slice(Math.max(win.start, t.start - PERIOD_REACH), t.start));
}
/** How far before a range its period noun is read: the longest noun in a case and a colon. */
const PERIOD_REACH = 32;

/** Whether a happening spans several days and its range holds this time's day. */
function covers(d: Draft, t: TimeMention): boolean {
  const day = dayOf(t.from);
  return Boolean(d.time.to && dayOf(d.time.from) <= day && day <= dayOf(d.time.to) && dayOf(d.time.to) !== dayOf(d.time.from));
}

/** A line that is a date (a weekday and a clock time allowed) and nothing else: a day's header. */
function isHeaderLine(doc: Doc, t: TimeMention, line: Line, win: Window): boolean {
  return line.end <= win.end && /^[\s.,:)]*$/.test(doc.text.slice(t.end, line.end));
}

const ORGANIZES = wordStart(String.raw`\b(?:järjestää|järjestävät|järjesti|järjestivät|järjestäjänä|järjestäjä)\b`);

/**
 * The organizers the lines name, each line read once: a line of many events
 * or a document of many bodies would otherwise read every body mention for
 * every event.
 */
class Organizers {
  readonly #byLine = new Map<number, string | null>();
  #mentions: Map<number, Array<{ name: string; start: number; end: number }>> | undefined;
  #ofDocument: string | null | undefined;
  constructor(
    private readonly doc: Doc,
    private readonly bodies: Body[],
  ) {}

  /** The organizer the text names for an event: its own line's first, then the document's. */
  of(e: Event): string | null {
    const line = this.doc.lineAt(e.span.start);
    return (line && this.bodies.length ? this.inLine(line) : null) ?? this.ofDocument();
  }

  /** The first organizer any line of the document names ("Seminaarin järjestää maaseutuverkosto …"). */
  private ofDocument(): string | null {
    if (this.#ofDocument !== undefined) return this.#ofDocument;
    this.#ofDocument = null;
    // the lines that name a body, in order: no other line names an organizer
    for (const index of [...this.mentionsByLine().keys()].sort((a, b) => a - b)) {
      const name = this.inLine(this.doc.lines[index]);
      if (name) return (this.#ofDocument = name);
    }
    return this.#ofDocument;
  }

  /** The body that organizes a line's happening: the body mention nearest to the organizing verb in that line. */
  private inLine(line: Line): string | null {
    let name = this.#byLine.get(line.index);
    if (name !== undefined) return name;
    name = null;
    // a line that names no body names no organizer, whatever its verb
    const mentions = this.mentionsByLine().get(line.index) ?? [];
    const verb = mentions.length ? ORGANIZES.search(line.text) : -1;
    if (verb >= 0) {
      const at = line.start + verb;
      let distance = Infinity;
      for (const s of mentions) {
        const d = Math.min(Math.abs(s.end - at), Math.abs(s.start - at));
        if (d < distance) {
          distance = d;
          name = s.name;
        }
      }
    }
    this.#byLine.set(line.index, name);
    return name;
  }

  /** The body mentions that lie within one line, by line, in the order of the bodies and their mentions. */
  private mentionsByLine() {
    if (this.#mentions) return this.#mentions;
    const out = new Map<number, Array<{ name: string; start: number; end: number }>>();
    for (const b of this.bodies) {
      for (const s of b.mentions) {
        const line = this.doc.lineAt(s.start);
        if (!line || s.start < line.start || s.end > line.end) continue;
        const list = out.get(line.index);
        if (list) list.push({ name: b.name, start: s.start, end: s.end });
        else out.set(line.index, [{ name: b.name, start: s.start, end: s.end }]);
      }
    }
    return (this.#mentions = out);
  }
}

/**
 * The parent of a slot: the last happening (`top`, the last draft that is no
 * slot) when it is on the slot's day or a multi-day programme reaching it;
 * else a parent made from the document title.
 */
function ensureParent(doc: Doc, drafts: Draft[], top: number, slot: TimeMention, line: Line): number {
  const d = drafts[top];
  if (d) {
    if (dayOf(d.time.from) === dayOf(slot.from)) return top;
    // a multi-day programme: the next day's slots stay under the same parent
    if (d.children > 0 || (d.time.to && dayOf(d.time.to) >= dayOf(slot.from))) return top;
  }
  const title = documentTitle(doc);
  // the programme's own event is the whole day (days, if more follow)
  const day = { year: slot.from.year, month: slot.from.month, day: slot.from.day };
  drafts.push({ title: cleanTitle(title), time: { ...slot, from: day, to: null }, kind: classifyEvent(title, title, false), parent: null, line, children: 0 });
  return drafts.length - 1;
}

function nextLineText(doc: Doc, line: Line): string | undefined {
  const next = doc.lines[line.index + 1];
  return next && !/^\d{1,2}[.:]\d{2}/.test(next.text) ? next.text : undefined;
}

function isStamp(doc: Doc, t: TimeMention, line: Line, win: Window): boolean {
  const before = doc.text.slice(win.start, t.start);
  const after = doc.text.slice(t.end, win.end);
  if (STAMP_AFTER.test(after)) return true;
  if (endsInStampWord(before)) return true;
  if (after.trim() === "") {
    // the last field of a byline (`Kuntayhtymä | Uutiset | 3.3.2026`) or a letter's dateline (`Kiviharjussa 12.1.2027`)
    if (BYLINE_BEFORE.test(before)) return true;
    if (!/klo|kello/i.test(t.text) && DATELINE_BEFORE.test(before.trim())) return true;
  }
  if (/^\s*(?:\(\s*)?(?:aikataulua\s+)?päivitetty/i.test(before)) return true;
  // a date padded to the line's end after a name (`Maija Meikäläinen        3.2.2026`): a letterhead's or signature's date
  if (after.trim() === "" && !/klo|kello/i.test(t.text) && PADDED.test(before)) return true;
  // a line that is nothing but the date (and maybe a clock time): a publication or listing stamp,
  // unless a form's date field labels it (`Kokouspäivä` above it)
  if (before.trim() === "" && win.end === line.end && /^[\s.,)]*$/.test(after) && !/klo|kello/i.test(t.text)) {
    const label = doc.lines[line.index - 1];
    if (label && FIELD_LABEL.test(label.text) && !/pöytäkirja/i.test(label.text)) return false;
    return !inListOfDays(doc, line);
  }
  return false;
}

/** A byline's fields before its date: `… | `, `… • `. */
const BYLINE_BEFORE = /[|•]\s*$/;
/** A letter's dateline before its date, trimmed: the place in the inessive or adessive alone on the line (`Kiviharjussa`, `Oulussa,`). */
const DATELINE_BEFORE = /^\p{Lu}[\p{L}-]+(?:ssa|ssä|lla|llä),?$/u;

/** A line that opens with a clock time written with its word (`kello 15.00`, `klo 18 alkaen`). */
const CLOCK_LINE = /^\s*(?:klo|kello)\.?\s*\d{1,2}(?:[.:]\d{2})?(?![\d.:]\d)/i;

/** A line that is only a date (a weekday before it allowed): `12.1.2026`, `ma 14.9.`. */
const DATE_LINE = /^\s*(?:\p{L}{2,12}\.?\s+)?\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?\.?\s*$/u;

/**
 * A date line in a list of days, not a stamp: a date line beside it, a
 * line above that introduces happenings with a colon (`Kaupunginhallituksen
 * kokoukset keväällä 2026:` over `12.1.2026`, `26.1.2026`), or its clock on
 * the line below.
 */
function inListOfDays(doc: Doc, line: Line): boolean {
  const above = doc.lines[line.index - 1];
  const below = doc.lines[line.index + 1];
  if ((above && DATE_LINE.test(above.text)) || (below && DATE_LINE.test(below.text))) return true;
  // a day with its clock on the line below (`Lauantaina 16.5.2026` / `kello 15.00`): a happening's time, written in two lines
  if (below && CLOCK_LINE.test(below.text)) return true;
  return Boolean(above && above.text.endsWith(":") && namesHappenings(above.text.slice(0, -1)));
}

/** A word, then white space of four characters at least: the padding before a date at a line's end. */
const PADDED = new RegExp(`\\S${INLINE_SPACE}{4,}$`);

const WEEKDAY_NAME = new RegExp(`^(?:${Object.keys(WEEKDAY_NAMES).join("|")})[a-zäö-]*$`, "i");

/**
 * The text before a date without the weekday that ends it: an abbreviation
 * (`ma`, `ti.`) or a full name in any case (`tiistaina`), a whole word
 * either way (`Kevätjuhla` keeps its `la`). The end is read back letter by
 * letter: a pattern anchored only at the end is tried at every place.
 */
function withoutWeekdayAtEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  const dot = s[end - 1] === ".";
  const wordEnd = dot ? end - 1 : end;
  let start = letterRunStart(s, wordEnd);
  const word = s.slice(start, wordEnd);
  if (!(WEEKDAY_ABBREVIATIONS.has(word.toLowerCase()) || (!dot && WEEKDAY_NAME.test(word)))) return s.slice(0, end);
  while (start > 0 && isWhiteSpace(s.charCodeAt(start - 1))) start--;
  return s.slice(0, start);
}

/**
 * The title: the rest of a dated line, the heading above a dated line that
 * names no happening itself (`Aika: ke 2.2.2022 klo 18`), or the clause
 * around the date.
 */
function titleFor(doc: Doc, times: readonly TimeMention[], i: number, line: Line, win: Window, context: TitleContext): string {
  const t = times[i];
  const text = doc.text;
  const sentenceStart = sentenceStartIn(doc, win, t.start);
  const sentenceEnd = sentenceEndIn(doc, win, t.end);
  // a list of times (`6.10., 7.11. ja 8.12.`) is read past as one: what links its times is no title
  let first = i;
  while (first > 0 && i - first < LIST_REACH && times[first - 1].start >= Math.max(sentenceStart, win.start) && times[first - 1].end <= times[first].start && linksTimes(text.slice(times[first - 1].end, times[first].start))) first--;
  let last = i;
  // (the list's last date may end the sentence with its own full stop: `ke 7.10. ja to 12.11.`)
  while (last + 1 < times.length && last - i < LIST_REACH && times[last + 1].start < sentenceEnd && times[last + 1].end <= win.end && times[last + 1].start >= times[last].end && linksTimes(text.slice(times[last].end, times[last + 1].start))) last++;
  const listStart = times[first].start;
  const listEnd = times[last].end;
  let before = withoutWeekdayAtEnd(text.slice(win.start, listStart)).trim();
  let after = text.slice(listEnd, win.end).trim();
  if (FIELD_HEADING.test(before)) return headingTitle(before);
  if (FIELD_LABEL.test(before)) before = "";
  // `klo 15 alkaen` says only when; `…, Seurakuntatalo` after a comma is the venue; `/Pykälä 12`, `§ 4` a section
  if (CLOCK_FILLER.test(cleanTitle(after)) || /^[,/§]/.test(after)) after = "";
  if (!before && after) return cleanTitle(after);
  if (!before && !after) return context.above(line);
  if (line.kind === "heading") return cleanTitle(before || after);
  // the clause containing the date, without the other times in it (`kokoontuu: ti 8.9., ke 7.10.`)
  const previous = first > 0 ? times[first - 1] : undefined;
  const next = times[last + 1];
  const head =
    previous && previous.start >= sentenceStart && previous.end <= listStart
      ? text.slice(sentenceStart, previous.start) + " " + withoutLeadingMarks(text.slice(previous.end, listStart))
      : text.slice(sentenceStart, listStart);
  const tail =
    next && next.start >= listEnd && next.start < sentenceEnd
      ? text.slice(listEnd, next.start) + " " + (next.end < sentenceEnd ? withoutLeadingMarks(text.slice(next.end, sentenceEnd)) : "")
      : text.slice(listEnd, sentenceEnd);
  // each side without the marks that joined it to the date (`pidetään 5.3., ja …`)
  const a = cleanTitle(head);
  const b = cleanTitle(tail);
  return namedBefore(doc.text, win.start, sentenceStart, a || b) ?? context.namedAbove(line, a || b) ?? (a && b ? `${a} ${b}` : a || b);
}

const STATES_A_DATE = /\d{1,2}\.\d{1,2}\./;
/** A line that numbers a document of a series, `Pöytäkirja 9/2026`, `Esityslista nro 4/2026`. */
const DOCUMENT_NUMBER = /^\s*\p{L}+\s+(?:nro\s+|n:o\s+)?\d{1,3}\s*\/\s*\d{4}\s*$/iu;

/**
 * Titles that stand above a line: the line before it in its own block when
 * that is a short unpunctuated name (`Kunnanvaltuusto` over `Pöytäkirja
 * 31.10.2017`), else the nearest heading above, else the document's title.
 * The nearest heading of every line is found once, on demand.
 */
/** How many date lines above a list's own a line that introduces it is looked for. */
const LIST_INTRO_REACH = 24;
/** A stamp's label before a colon (`Julkaistu:`, `Päivitetty:`): it introduces no happenings. */
const STAMP_LABEL = new RegExp(`(?:^|\\s)(?:${NOT_AN_EVENT_BEFORE.join("|")})\\s*:$`, "i");

class TitleContext {
  private headings: Int32Array | null = null;
  constructor(private readonly doc: Doc) {}

  above(line: Line): string {
    // a document's number (`Pöytäkirja 9/2026`) names the minutes, not the meeting: the name is above it
    const numbered = this.doc.lines[line.index - 1] && DOCUMENT_NUMBER.test(this.doc.lines[line.index - 1].text);
    const previous = this.doc.lines[line.index - (numbered ? 2 : 1)];
    // a line with a date of its own above (`Perjantai 9.10.2026 klo 9–12` over `Lauantai 10.10.2026 …`) is another day's line, not a name
    if (previous && previous.block === line.block && previous.text.length <= 80 && !/[.!?:;,]$/.test(previous.text) && !isBareLabel(previous.text) && !STATES_A_DATE.test(previous.text)) {
      return headingTitle(previous.text);
    }
    // a list of days under the line that introduces them (`Valtuuston kokoukset:` over `- ma 14.9.2026 klo 18`, `- ma 12.10.2026 klo 18`)
    const intro = this.introOfList(line);
    if (intro) return headingTitle(intro.text.slice(0, -1));
    const h = this.nearestHeading()[line.index];
    return h >= 0 ? headingTitle(this.doc.lines[h].text) : documentTitle(this.doc);
  }

  /**
   * The heading a clause's bare happening noun refers to: `Seminaari
   * pidetään 12.11.` under `Kyläyhdistyksen syysseminaari` is that seminar,
   * named by the heading (or the document's title) whose word ends in the
   * noun in any case (`Valtuustoseminaarin ohjelma`).
   */
  namedAbove(line: Line, title: string): string | null {
    const first = /^\p{L}+/u.exec(title)?.[0].toLowerCase();
    if (!first || !HAPPENING_NOUNS.includes(first)) return null;
    const h = this.nearestHeading()[line.index];
    const heading = h >= 0 ? this.doc.lines[h].text : line.index > 0 ? this.doc.lines[0].text : "";
    if (!heading || heading.length > REACH) return null;
    const words = heading.toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.some((w) => w.includes(first.slice(0, -1)) && lemmatize(w).endsWith(first)) ? (h >= 0 ? headingTitle(heading) : documentTitle(this.doc)) : null;
  }

  /** The line ending in a colon that a run of date lines or dated list items right below it belongs to, or null. */
  private introOfList(line: Line): Line | null {
    for (let k = line.index - 1; k >= 0 && line.index - k <= LIST_INTRO_REACH; k--) {
      const l = this.doc.lines[k];
      if (l.text.endsWith(":")) return l.text.length <= 80 && namesHappenings(l.text.slice(0, -1)) ? l : null;
      if (!STATES_A_DATE.test(l.text) || (l.kind !== "listItem" && !DATE_LINE.test(l.text))) return null;
    }
    return null;
  }

  private nearestHeading(): Int32Array {
    if (this.headings) return this.headings;
    const lines = this.doc.lines;
    const out = new Int32Array(lines.length);
    let last = -1;
    for (let i = 0; i < lines.length; i++) {
      out[i] = last;
      if (lines[i].kind === "heading" && !isBareLabel(lines[i].text)) last = i;
    }
    return (this.headings = out);
  }
}

/**
 * A line that names happenings of a kind (`Valtuuston kokoukset`), not a
 * field (`Tapaamisten ajat`, `Lähetysten aikataulut`) or a stamp's label.
 */
function namesHappenings(text: string): boolean {
  return !FIELD_LABEL.test(text) && !FIELD_HEADING.test(text) && !STAMP_LABEL.test(`${text}:`) && classifyEvent(text, text, false) !== "other";
}

/** A field label that names no happening (`Aika ja paikka`, not `Juhlan aika ja paikka`). */
function isBareLabel(text: string): boolean {
  return FIELD_LABEL.test(text) && !FIELD_HEADING.test(text);
}

/** A heading as a title: `Kahvitilaisuuden aika ja paikka` names `Kahvitilaisuus`. */
function headingTitle(text: string): string {
  const field = FIELD_HEADING.exec(text.trim());
  if (field) {
    const lemma = lemmatize(field[1]);
    return lemma.charAt(0).toUpperCase() + lemma.slice(1);
  }
  return cleanTitle(text);
}

/**
 * The document's title: its first line, without a crawler's date field
 * (` date 2022-01-18`) and a section name before a bar (`TIEDOTE | Otsikko`).
 */
function documentTitle(doc: Doc): string {
  let title = (doc.lines[0]?.text ?? "").slice(0, REACH);
  title = title.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, "");
  const bar = title.indexOf("|");
  if (bar >= 0 && bar < title.length - 1) title = title.slice(bar + 1);
  return headingTitle(title);
}

/**
 * The name a clause's bare happening noun refers back to: `Seminaari pidetään
 * 22.3.` after `… Järjestöt muutoksessa -seminaarissa.` is that seminar. The
 * name is the run of words from the nearest capitalized one to the noun
 * written as the last part of a `-` compound, in the sentences just before.
 */
function namedBefore(text: string, from: number, sentenceStart: number, title: string): string | null {
  const first = /^\p{L}+/u.exec(title)?.[0].toLowerCase();
  if (!first || !HAPPENING_NOUNS.includes(first)) return null;
  const before = text.slice(from, sentenceStart);
  const at = before.toLowerCase().lastIndexOf(" -" + first);
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !/[.!?]/.test(before[start - 1]) && !isLineBreak(before.charCodeAt(start - 1))) {
    if (/\p{Lu}/u.test(before[start]) && /\s/.test(before[start - 1])) break;
    start--;
  }
  if (!/\p{Lu}/u.test(before[start])) return null;
  const wordEnd = at + 2 + before.slice(at + 2).search(/[^\p{L}]|$/u);
  return cleanTitle(before.slice(start, at + 1) + "-" + lemmatize(before.slice(at + 2, wordEnd)));
}

/** The text after a removed time without the comma or dash that joined it to the next (`8.9., ke` → `ke`). */
/** How many times of one list a title reads past on either side. */
const LIST_REACH = 12;
/** What joins two times of a list: a comma, a dash, `ja`, `sekä`, `tai`. */
const TIME_LINK = /^[\s,;–—-]*(?:(?:ja|sekä|tai)[\s,]*)?$/i;
const linksTimes = (s: string) => s.length <= 12 && TIME_LINK.test(s);

function withoutLeadingMarks(s: string): string {
  let a = 0;
  while (a < s.length && (isWhiteSpace(s.charCodeAt(a)) || LEADING_MARKS.includes(s[a]))) a++;
  return s.slice(a);
}

/** Where the sentence that holds offset `at` starts, within the window (the Doc's sentences; a window bounds what one time reads). */
function sentenceStartIn(doc: Doc, win: Window, at: number): number {
  return Math.max(win.start, doc.sentenceAt(at)?.start ?? win.start);
}

/** Where the sentence that holds offset `at` ends, without its closing mark, within the window. */
function sentenceEndIn(doc: Doc, win: Window, at: number): number {
  const s = doc.sentenceAt(at);
  if (!s) return win.end;
  let end = s.end;
  if (end > s.start && /[.!?]/.test(doc.text[end - 1])) end--;
  return Math.min(win.end, Math.max(at, end));
}

/**
 * A title without the punctuation and white space around it, its white space
 * runs made one space: ` – Avaus ja esittely: ` → `Avaus ja esittely`. Read
 * from both ends (a pattern anchored at the end only is tried at every place).
 */
export function cleanTitle(s: string): string {
  let a = 0;
  while (a < s.length && (isWhiteSpace(s.charCodeAt(a)) || LEADING_MARKS.includes(s[a]))) a++;
  // the last run of marks, with the white space on either side of it
  let b = s.length;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  let marks = b;
  while (marks > a && TRAILING_MARKS.includes(s[marks - 1])) marks--;
  if (marks < b) {
    b = marks;
    while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  }
  const title = s.slice(a, b);
  return (LOOSE_WHITE.test(title) ? title.replace(/\s+/g, " ") : title).trim();
}

const LEADING_MARKS = ",.:;–—-";
const TRAILING_MARKS = ",;:–—-";
/** White space that is not one plain space between words. */
const LOOSE_WHITE = /\s\s|[^\S ]/;

/** One event per happening: same start, or a clock-timed and an all-day mention of one day. */
function merge(doc: Doc, drafts: Draft[], timeZone: string): Event[] {
  const keep: Draft[] = [];
  const indexOf = new Map<Draft, number>();
  // the kept happenings of each day, so that a draft is compared with its own day's only
  const byDay = new Map<string, KeptOfDay>();
  for (const d of drafts) {
    if (d.kind !== "programme-item") {
      const day = dayOf(d.time.from);
      let sameDay = byDay.get(day);
      const at = sameDay ? sameDay.find(d) : -1;
      if (sameDay && at >= 0) {
        const same = sameDay.kept[at];
        if (d.time.from.hour !== undefined && (same.time.from.hour === undefined || (d.time.to && !same.time.to))) {
          same.time = d.time;
          sameDay.index(at);
        }
        // the most telling mention names the kind ("Kokousaika …" makes a page header's day a meeting)
        if (same.kind === "other" && d.kind !== "other") same.kind = d.kind;
        if (!same.title && d.title) same.title = d.title;
        indexOf.set(d, indexOf.get(same)!);
        continue;
      }
      if (!sameDay) byDay.set(day, (sameDay = new KeptOfDay()));
      sameDay.add(d);
    }
    indexOf.set(d, keep.length);
    keep.push(d);
  }
  const lastChildDay = new Map<Draft, string>();
  for (const x of drafts) {
    if (x.parent === null) continue;
    const parent = drafts[x.parent];
    const day = dayOf(x.time.from);
    if ((lastChildDay.get(parent) ?? "") < day) lastChildDay.set(parent, day);
  }
  // a line's place and its online words are read once, however many events it holds
  const locations = new Map<Line, string | null>();
  const onlines = new Map<Line, boolean>();
  const locationOf = (line: Line) => {
    let location = locations.get(line);
    if (location === undefined) locations.set(line, (location = eventLocation(doc, line)));
    return location;
  };
  const onlineOf = (line: Line) => {
    let online = onlines.get(line);
    if (online === undefined) onlines.set(line, (online = isOnline(line.text)));
    return online;
  };
  return keep.map((d) => {
    const parentDraft = d.parent !== null ? drafts[d.parent] : null;
    return {
      title: d.title,
      start: formatMoment(d.time.from, timeZone),
      end: endOf(d, lastChildDay.get(d), timeZone),
      kind: d.kind,
      parent: parentDraft ? indexOf.get(parentDraft) ?? null : null,
      location: locationOf(d.line),
      online: onlineOf(d.line) || (parentDraft ? onlineOf(parentDraft.line) : false),
      organizer: null,
      span: { start: d.time.start, end: d.time.end },
    };
  });
}

/**
 * The kept happenings of one day, also by their clock: a draft with a clock
 * can be the happening of a kept one with the same clock or with none only,
 * so a day of a thousand clock times is not compared pair by pair.
 */
class KeptOfDay {
  readonly kept: Draft[] = [];
  /** Positions in `kept`, ascending, by clock (0: none). A happening given another clock is listed under that one too: a stale place only costs one more comparison. */
  readonly #byClock = new Map<number, number[]>();

  add(d: Draft): void {
    this.index(this.kept.push(d) - 1);
  }

  /** Lists the happening at a position under its present clock. */
  index(at: number): void {
    const clock = clockOf(this.kept[at].time.from) || 0;
    const list = this.#byClock.get(clock);
    if (!list) this.#byClock.set(clock, [at]);
    else if (list[list.length - 1] < at) list.push(at);
    else {
      const place = firstAtLeast(list, at);
      if (list[place] !== at) list.splice(place, 0, at);
    }
  }

  /** The position of the first kept happening that the draft is one with, or -1. */
  find(d: Draft): number {
    const clock = clockOf(d.time.from);
    if (!clock) return this.kept.findIndex((k) => sameHappening(k, d));
    // the clockless and the same-clock ones, in the order they were kept
    const a = this.#byClock.get(0) ?? [];
    const b = this.#byClock.get(clock) ?? [];
    for (let i = 0, j = 0; i < a.length || j < b.length; ) {
      const at = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
      if (sameHappening(this.kept[at], d)) return at;
    }
    return -1;
  }
}

/** A moment's clock as a number (hours × 60 + minutes), or null for a whole day: compared without formatting a zone's offset. */
function clockOf(m: Moment): number | null {
  return m.hour === undefined ? null : m.hour * 60 + (m.minute ?? 0);
}

function sameHappening(a: Draft, b: Draft): boolean {
  if (dayOf(a.time.from) !== dayOf(b.time.from)) return false;
  // a happening of several days and one of its days are two happenings; so are a communication and a meeting of one day
  if (lastDayOf(a) !== lastDayOf(b) || Boolean(a.communication) !== Boolean(b.communication)) return false;
  // two different clock times on one day are two happenings; one start with and without its end is one
  const aClock = clockOf(a.time.from);
  const bClock = clockOf(b.time.from);
  if (aClock && bClock && (aClock !== bClock || (a.time.to && b.time.to && a.time.value !== b.time.value))) return false;
  // two bodies meeting on one day are two meetings (titles that name a body, not clauses that mention several)
  if (a.kind === "meeting" && b.kind === "meeting" && wordCount(a.title) <= 4 && wordCount(b.title) <= 4) {
    const ak = bodyOfTitle(a.title);
    const bk = bodyOfTitle(b.title);
    if (ak && bk && ak !== bk) return false;
  }
  return true;
}

/** The last day of a happening that spans several days, else null. */
function lastDayOf(d: Draft): string | null {
  const end = d.time.to ? dayOf(d.time.to) : null;
  return end !== dayOf(d.time.from) ? end : null;
}

function wordCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i)) && (i === 0 || isWhiteSpace(s.charCodeAt(i - 1)))) n++;
  return n;
}

/** The body a meeting's title names (its head noun), or its first word when it is a name or an abbreviation alone (`KhallS`). */
function bodyOfTitle(title: string): string | null {
  const m = BODY_HEAD.exec(title);
  if (m) {
    // the words before the head noun tell bodies apart (`Tekninen lautakunta`, `Sivistyslautakunta`), read by their stems
    const qualifier = title.slice(0, m.index).toLowerCase().split(/\s+/).filter(Boolean).map((w) => w.slice(0, 5));
    return [...qualifier, m[0].toLowerCase().slice(0, 7)].join(" ");
  }
  return /^\S+$/.test(title) ? title.toLowerCase() : null;
}

function endOf(d: Draft, lastChildDay: string | undefined, timeZone: string): string | null {
  if (d.time.to) return formatMoment(d.time.to, timeZone);
  if (d.kind === "programme-item" || !d.children) return null;
  // a programme spanning several days ends on its last slot's day
  return lastChildDay && lastChildDay !== dayOf(d.time.from) ? lastChildDay : null;
}
