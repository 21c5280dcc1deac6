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
import { lineAt, type Doc, type Line } from "../pipeline/document.js";
import type { Body, Event, EventKind } from "../schema/index.js";
import { isWhiteSpace, letterRunStart, wordStart } from "../lexicon/regex.js";
import { dayOf, formatMoment, type TimeMention } from "../time/mention.js";
import { classifyEvent, eventLocation, isOnline } from "./event-words.js";

interface Draft {
  title: string;
  time: TimeMention;
  kind: EventKind;
  parent: number | null;
  line: Line;
  /** Slots of a programme belong to the parent draft at this index. */
  children: number;
}

const STAMP_AFTER = /^\s*(?:(?:EET|EEST|UTC|GMT)\s*)?\|/;
/** Words right before a date (a colon between them allowed) that make it a stamp or a period, not an event. */
const NOT_AN_EVENT_BEFORE = ["ajalta", "ajanjaksolta", "päivitetty", "julkaistu", "julkaisuajankohta", "päivätty", "vuodelta", "kaudelta", "date"];
const LONGEST_NOT_AN_EVENT = Math.max(...NOT_AN_EVENT_BEFORE.map((w) => w.length));

/** Whether the text ends in one of NOT_AN_EVENT_BEFORE, then white space, a colon or both (read at its end, not by a pattern tried at every place). */
function endsInStampWord(before: string): boolean {
  let t = before.trimEnd();
  if (t.endsWith(":")) t = t.slice(0, -1).trimEnd();
  const tail = t.slice(-LONGEST_NOT_AN_EVENT).toLowerCase();
  return NOT_AN_EVENT_BEFORE.some((w) => tail.endsWith(w));
}
const SLOT_TITLE = /^[\s,:–—-]*([^]*)/;

export function findEvents(doc: Doc, times: TimeMention[], timeZone = "Europe/Helsinki", bodies: Body[] = []): Event[] {
  const drafts: Draft[] = [];
  let programme: number | null = null; // index of the draft whose slots follow
  let programmeDay: string | null = null;

  for (const t of times) {
    const line = lineAt(doc, t.start);
    if (!line) continue;
    const bare = t.tags.includes("FIDocumentAnchorRefiner/anchored");
    const lineStartsWithTime = doc.text.slice(line.start, t.start).trim() === "";

    if (bare && lineStartsWithTime) {
      // a programme slot: its title is the rest of the line, or the next line
      const rest = doc.text.slice(t.end, line.end);
      let title = SLOT_TITLE.exec(rest)![1].trim();
      if (!title) title = nextLineText(doc, line) ?? "";
      if (programme === null || programmeDay !== dayOf(t.from)) {
        programme = ensureParent(doc, drafts, t, line);
        programmeDay = dayOf(t.from);
      }
      drafts.push({ title: cleanTitle(title), time: t, kind: "programme-item", parent: programme, line, children: 0 });
      drafts[programme].children++;
      continue;
    }
    if (bare) continue; // a clock time in running text belongs to the day's event
    if (isStamp(doc, t, line)) continue;

    const title = titleFor(doc, t, line);
    // the kind is read from the time's own sentence: a line may hold two happenings
    const sentence = doc.text.slice(lastSentenceBreak(doc.text, line.start, t.start), nextSentenceBreak(doc.text, t.end, line.end));
    const kind = classifyEvent(sentence, title, t.from.hour !== undefined);
    drafts.push({ title, time: t, kind, parent: null, line, children: 0 });
    programme = drafts.length - 1;
    programmeDay = dayOf(t.from);
  }
  let organizers: Organizers | undefined;
  return merge(doc, drafts, timeZone).map((e) => (e.kind === "programme-item" ? e : { ...e, organizer: organizerOf(doc, (organizers ??= organizersOf(doc, bodies)), e) }));
}

const ORGANIZES = wordStart(String.raw`\b(?:järjestää|järjestävät|järjesti|järjestivät|järjestäjänä|järjestäjä)\b`);

interface Organizers {
  /** The body an organizing line names closest to its verb (null when it names none), by line. */
  byLine: Map<Line, string | null>;
  /** The first organizing line's body, in document order. */
  first: string | null;
}

/**
 * The body closest to the organizing verb of each line that has one, found
 * once per document: each body mention is looked at once, in its own line
 * (most lines have no such verb).
 */
function organizersOf(doc: Doc, bodies: Body[]): Organizers {
  const verbAt = new Map<Line, number>();
  for (const line of doc.lines) {
    const at = ORGANIZES.search(line.text);
    if (at >= 0) verbAt.set(line, line.start + at);
  }
  const best = new Map<Line, { name: string; distance: number }>();
  if (verbAt.size) {
    for (const b of bodies) {
      for (const s of b.mentions) {
        const l = lineAt(doc, s.start);
        const at = l && verbAt.get(l);
        if (at === undefined || s.end > l!.end) continue;
        // the body closest to the verb in that line, before or after it
        const distance = Math.min(Math.abs(s.end - at), Math.abs(s.start - at));
        const known = best.get(l!);
        if (!known || distance < known.distance) best.set(l!, { name: b.name, distance });
      }
    }
  }
  const byLine = new Map<Line, string | null>();
  let first: string | null = null;
  for (const line of verbAt.keys()) {
    const name = best.get(line)?.name ?? null;
    byLine.set(line, name);
    first ??= name;
  }
  return { byLine, first };
}

/**
 * The organizer the text names: the body that `järjestää` the event, in the
 * event's own line first, then in the document ("Seminaarin järjestää
 * maaseutuverkosto …").
 */
function organizerOf(doc: Doc, organizers: Organizers, e: Event): string | null {
  const line = lineAt(doc, e.span.start);
  return (line && organizers.byLine.get(line)) || organizers.first;
}

/** A slot with no dated line before it on its day hangs under a parent made from the document title. */
function ensureParent(doc: Doc, drafts: Draft[], slot: TimeMention, line: Line): number {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.kind !== "programme-item" && dayOf(d.time.from) === dayOf(slot.from)) return i;
    if (d.kind !== "programme-item" && d.parent === null) {
      // a multi-day programme: the next day's slots stay under the same parent
      if (d.children > 0) return i;
      break;
    }
  }
  const title = doc.lines[0]?.text ?? "";
  // the programme's own event is the whole day (days, if more follow)
  const day = { year: slot.from.year, month: slot.from.month, day: slot.from.day };
  drafts.push({ title: cleanTitle(title), time: { ...slot, from: day, to: null }, kind: classifyEvent(title, title, false), parent: null, line, children: 0 });
  return drafts.length - 1;
}

function nextLineText(doc: Doc, line: Line): string | undefined {
  const next = doc.lines[line.index + 1];
  return next && !/^\d{1,2}[.:]\d{2}/.test(next.text) ? next.text : undefined;
}

function isStamp(doc: Doc, t: TimeMention, line: Line): boolean {
  const before = doc.text.slice(line.start, t.start);
  const after = doc.text.slice(t.end, line.end);
  if (STAMP_AFTER.test(after)) return true;
  if (endsInStampWord(before)) return true;
  if (/^\s*(?:\(\s*)?(?:aikataulua\s+)?päivitetty/i.test(before)) return true;
  // a line that is nothing but the date (and maybe a clock time): a publication or listing stamp
  if (before.trim() === "" && /^[\s.,)]*$/.test(after) && !/klo|kello/i.test(t.text)) return true;
  return false;
}

const WEEKDAY_ABBREVIATIONS = new Set(["ma", "ti", "ke", "to", "pe", "la", "su"]);
const WEEKDAY_NAME = /^(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)[a-zäö]*$/i;

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

/** The title: the rest of a dated line, the heading above, or the clause around the date. */
function titleFor(doc: Doc, t: TimeMention, line: Line): string {
  const before = withoutWeekdayAtEnd(doc.text.slice(line.start, t.start)).trim();
  const after = doc.text.slice(t.end, line.end).trim();
  if (!before && after) return cleanTitle(after);
  if (line.kind === "heading") return cleanTitle(before || after);
  // the clause containing the date
  const sentenceStart = lastSentenceBreak(doc.text, line.start, t.start);
  const sentenceEnd = nextSentenceBreak(doc.text, t.end, line.end);
  // cleanTitle makes the white space one space and trims it
  return cleanTitle(doc.text.slice(sentenceStart, t.start) + " " + doc.text.slice(t.end, sentenceEnd));
}

/** Where the sentence that `to` is in starts: after the last `.`, `!` or `?` before it that white space and a capital follow. */
function lastSentenceBreak(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const c = text[k];
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = k + 1;
    while (j < to && isWhiteSpace(text.charCodeAt(j))) j++;
    if (j > k + 1 && j < to && CAPITAL.test(text[j])) return j;
  }
  return from;
}
const CAPITAL = /[A-ZÅÄÖ]/;

function nextSentenceBreak(text: string, from: number, to: number): number {
  const m = /[.!?](?:\s|$)/.exec(text.slice(from, to));
  return m ? from + m.index : to;
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
  // the kept happenings by day: only one day's can be the same happening, and a document may name thousands of days
  const keptOnDay = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind !== "programme-item") {
      const day = dayOf(d.time.from);
      const same = keptOnDay.get(day)?.find((k) => sameHappening(k, d));
      if (same) {
        if (d.time.from.hour !== undefined && same.time.from.hour === undefined) {
          same.time = d.time;
        }
        // the most telling mention names the kind ("Kokousaika …" makes a page header's day a meeting)
        if (same.kind === "other" && d.kind !== "other") same.kind = d.kind;
        indexOf.set(d, indexOf.get(same)!);
        continue;
      }
      const onDay = keptOnDay.get(day);
      if (onDay) onDay.push(d);
      else keptOnDay.set(day, [d]);
    }
    indexOf.set(d, keep.length);
    keep.push(d);
  }
  return keep.map((d) => {
    const parentDraft = d.parent !== null ? drafts[d.parent] : null;
    const text = doc.text.slice(d.line.start, d.line.end);
    return {
      title: d.title,
      start: formatMoment(d.time.from, timeZone),
      end: endOf(d, drafts, timeZone),
      kind: d.kind,
      parent: parentDraft ? indexOf.get(parentDraft) ?? null : null,
      location: eventLocation(doc, d.line),
      online: isOnline(text) || (parentDraft ? isOnline(doc.text.slice(parentDraft.line.start, parentDraft.line.end)) : false),
      organizer: null,
      span: { start: d.time.start, end: d.time.end },
    };
  });
}

function sameHappening(a: Draft, b: Draft): boolean {
  if (dayOf(a.time.from) !== dayOf(b.time.from)) return false;
  const aEnd = a.time.to ? dayOf(a.time.to) : null;
  const bEnd = b.time.to ? dayOf(b.time.to) : null;
  if (aEnd !== bEnd && aEnd !== null && bEnd !== null) return false;
  // two different clock times on one day are two happenings
  if (a.time.from.hour !== undefined && b.time.from.hour !== undefined && a.time.value !== b.time.value) return false;
  return true;
}

function endOf(d: Draft, drafts: Draft[], timeZone: string): string | null {
  if (d.time.to) return formatMoment(d.time.to, timeZone);
  if (d.kind === "programme-item" || !d.children) return null;
  // a programme spanning several days ends on its last slot's day
  const days = drafts.filter((x) => x.parent !== null && drafts[x.parent] === d).map((x) => dayOf(x.time.from));
  const last = days.sort().at(-1);
  return last && last !== dayOf(d.time.from) ? last : null;
}
