/**
 * Resolves what only the document can tell, in document order:
 * - a year-less date (`16.3.`, `19. lokakuuta`) takes the year a careful
 *   reader is certain of: a year stated for the same day elsewhere in the text
 *   (`ke 14.10.` … `Keskiviikko 14.10.2026`); the next year when its clause says
 *   so (`ensi vuonna`) or its tense against the reference date (`kokoontuu
 *   14.1.` written in December); else the nearest year stated before it, the reference
 *   date's year or the first year stated after it, moved to the neighbouring
 *   year when only that one fits a weekday written with it. A year that names a
 *   plan's or budget's period (`vuoden 2027 talousarvio`, `vuodelle 2027`) is no
 *   such statement, nor is a bare historical year (`vuonna 1959`) against a
 *   reference date. With none of these the date is dropped;
 * - a weekday alone (`lauantaina`, `ensi tiistaina`) takes the day that the
 *   text makes certain: the day of a range stated before it that falls on that
 *   weekday (`11.–12.10.` … `Lauantaina`), or against the reference date the
 *   next or last such day, by a word before it or by the tense of its clause
 *   (`kokoontui maanantaina`, `kokoontuu maanantaina`); right after a day word
 *   (`tänään torstaina`) it joins that word. Otherwise it is dropped;
 * - a clock time alone takes the day of the nearest date before it; a
 *   programme slot at a line's start passes over a deadline or a stamp (`28.9.
 *   mennessä`) to the happening's own day. A clock time that is a sentence of
 *   its own in a text that states no day at all (a live report's `Kello 21.01.`)
 *   takes the reference date's day.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { FUTURE_CLAUSE, MEETING_COURSE, NEXT_YEAR, PLAN_YEAR_AFTER, PLAN_YEAR_BEFORE, SAYS_CLOCK } from "../constants.js";
import { toldInPast } from "../tense.js";
import { hasReference } from "../options.js";
import { INLINE_SPACE, isInlineSpace, isLineBreak, LINE_BREAK } from "../../../text/chars.js";
import { hasClock, hasDay, isTimeOnly, isWeekdayOnly } from "../components.js";
import { LAST_WEEKDAY_TAG, NEXT_WEEKDAY_TAG, WEEK_TAG_PREFIX, WEEKDAY_TAG } from "../parsers/FILoneWeekdayParser.js";
import { OVERNIGHT_TAG } from "../parsers/FIClockTimeParser.js";

const BARE_YEAR = /(?<![\d.,/\-–])(?:19|20)\d{2}(?![\d])/g;
/**
 * An issue number with its year (`numero 1/2010`, `nro 3/2024`): a magazine
 * numbers its issues within the year they come out, so the year is one the
 * text states. Other numbers before a slash (`449/2007`, `Dnro 12/2021`) are
 * laws and case numbers, whose years date no event.
 */
const ISSUE_YEAR = /(?<![\p{L}])(?:numero|nro|n:o)\s*\d{1,3}\s*\/\s*((?:19|20)\d{2})(?!\d)/giu;

/** How far a clause is read either side of a time: far enough for a sentence, and linear on a line of dates. */
const CLAUSE_REACH = 160;
/** The longest range (in days) whose days a lone weekday is read against. */
const WEEK_RANGE = 14;
/** Words around a date that make it a deadline, a period or a stamp: no day for the programme slots below it. */
const NOT_A_HAPPENING_AFTER = /^\s*(?:mennessä|asti|saakka)/i;
// a time that something closes at (`Ilmoittautuminen päättyy pe 13.11.`, `Haku sulkeutuu 2.3.`) is a deadline's, with its weekday before it
const NOT_A_HAPPENING_BEFORE = /(?:viimeistään|julkaistu|päivitetty|muokattu|ajalta|date|päättyy|sulkeutuu)\s*:?\s*$/i;

interface YearMention {
  index: number;
  year: number;
  /** A bare year in the text, not a date's. */
  bare: boolean;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

export default class FIDocumentAnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    const years = yearMentions(text, results);
    const restated = restatedYears(results);
    const reference = hasReference(context) ? dayOfDate(context.refDate) : null;
    const statesADay = results.some(hasDay);
    const out: ParsingResult[] = [];
    let lastDay: ParsingComponents | null = null;
    let lastHappeningDay: ParsingComponents | null = null;
    // the first day stated with its clock: in minutes, the meeting's own (`Aika 28.5.2026 klo 13–15`)
    let meetingDay: ParsingComponents | null = null;
    let lastRange: ParsingResult | null = null;
    let yearCursor = 0;
    let earlier: YearMention | null = null;
    // clock times waiting for the date after them in their clause (`illalla klo 8 seurakuntatalolla 3.10.`), by that date
    const waiting = new Map<ParsingResult, Array<{ clock: ParsingResult; fallback: ParsingComponents | null }>>();
    let lastDayEnd = 0;
    // whether lastDay is a deadline or a stamp (`28.9. mennessä`), which dates no clock beyond its clause
    let lastDayIsDeadline = false;
    /** Gives the clocks waiting for `date` its day, or the day they would have had without it when it has none. */
    const settle = (date: ParsingResult, day: ParsingComponents | null) => {
      for (const { clock, fallback } of waiting.get(date) ?? []) {
        const anchor = day ?? fallback;
        if (!anchor) continue;
        const d = dayOfComponents(anchor);
        for (const c of [clock.start, clock.end]) if (c) c.assign("year", d.year).assign("month", d.month).assign("day", d.day);
        clock.addTag("FIDocumentAnchorRefiner/anchored");
        out.push(clock);
      }
    };
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      while (yearCursor < years.length && years[yearCursor].index < r.index) earlier = years[yearCursor++];
      if (r.tags().has(WEEKDAY_TAG) && !hasDay(r)) {
        const previous = out.at(-1);
        if (previous && hasDay(previous) && !previous.end && !hasClock(previous) && /^[\s,]*$/.test(text.slice(previous.index + previous.text.length, r.index))) {
          // `tänään torstaina`: the weekday names the day word's day, and brings its clock (`… kello 16–18`)
          previous.text = text.slice(previous.index, r.index + r.text.length);
          if (hasClock(r)) {
            previous.start.assign("hour", r.start.get("hour")!).assign("minute", r.start.get("minute") ?? 0);
            if (r.end) {
              previous.end = previous.start.clone();
              previous.end.assign("hour", r.end.get("hour")!).assign("minute", r.end.get("minute") ?? 0);
            }
          }
          continue;
        }
        const day = weekdayDay(text, r, lastRange, reference);
        if (!day) continue;
        for (const c of [r.start, r.end]) if (c) c.assign("year", day.year).assign("month", day.month).assign("day", day.day);
      } else if (hasDay(r)) {
        if (!r.start.isCertain("year")) {
          const later = yearCursor < years.length ? years[yearCursor] : null;
          const year = resolveYear(text, r, restated, earlier, later, reference);
          if (year === null) {
            settle(r, null);
            continue;
          }
          r.start.assign("year", year);
        }
        if (r.end && !r.end.isCertain("year")) {
          const y = r.start.get("year")!;
          r.end.assign("year", y);
          if (before(r.end, r.start)) r.end.assign("year", y + 1);
        }
      } else if (isTimeOnly(r)) {
        const lineStart = startsLine(text, r.index);
        // a clock before the date of its own clause takes that date's day, unless a date before it in the clause already gave one;
        // a programme's slot opens its line with a bare time (`9.00 Avaus`), a sentence with `klo` (`Klo 18 tiistaina 3.2.`)
        const slot = lineStart && !SAYS_CLOCK.test(r.text);
        const later = slot || (lastDay && sameClause(text, lastDayEnd, r.index)) ? null : dateLaterInClause(text, results, i);
        if (later) {
          const list = waiting.get(later) ?? [];
          list.push({ clock: r, fallback: lastDay });
          waiting.set(later, list);
          continue;
        }
        // the meeting's course (`päätti kokouksen klo 15.10`, `saapui klo 13.20`) keeps its day past a later date (`seuraava kokous 26.11.`)
        const course = meetingDay && meetingDay !== lastDay && MEETING_COURSE.test(clauseAround(text, r.index));
        // a deadline's or a stamp's day dates clocks of its own clause only (`13.11. mennessä klo 12`): a later sentence's clock
        // (`Kokouksen jälkeen klo 14`) is of the happening's day, as a programme slot is
        const pastDeadline = lastDayIsDeadline && !sameClause(text, lastDayEnd, r.index);
        const anchor = course ? meetingDay : lineStart || pastDeadline ? (lastHappeningDay ?? lastDay) : lastDay;
        const day = anchor ? dayOfComponents(anchor) : !statesADay && isClockStamp(text, r) ? reference : null;
        if (!day) continue;
        for (const c of [r.start, r.end]) if (c) c.assign("year", day.year).assign("month", day.month).assign("day", day.day);
        r.addTag(anchor ? "FIDocumentAnchorRefiner/anchored" : "FIDocumentAnchorRefiner/reference");
        out.push(r);
        continue;
      } else continue;
      lastDay = r.start;
      lastDayEnd = r.index + r.text.length;
      settle(r, r.start);
      lastDayIsDeadline = isDeadlineOrStamp(text, r);
      if (!lastDayIsDeadline) {
        lastHappeningDay = r.start;
        if (!meetingDay && hasClock(r)) meetingDay = r.start;
      }
      // the range a lone weekday is read against is the latest day context: a later day outside it ends it
      if (r.end && daysBetween(dayOfComponents(r.start), dayOfComponents(r.end)) <= WEEK_RANGE) lastRange = r;
      else if (lastRange && !within(dayOfComponents(r.start), lastRange)) lastRange = null;
      out.push(r);
    }
    // a clock that waited for a later date goes before it, not after
    const sorted = waiting.size ? out.sort((a, b) => a.index - b.index) : out;
    return pastMidnight(sorted);
  }
}

/** The hour from which a programme's night goes on: a slot before SMALL_HOURS after a slot from it is the next day's. */
const NIGHT_FROM = 20;
const SMALL_HOURS = 6;

/**
 * Moves what runs past midnight to the next day: the end of a range tagged
 * OVERNIGHT_TAG (`23.30–00.30` under `PERJANTAI 4.9.` ends on the 5th), and a
 * programme's slot in the small hours that follows the evening's slots under
 * the same day (`23.30 Yökonsertti`, `00.45 Tulishow`): a day's heading dates
 * its night as the programme reads it.
 */
function pastMidnight(results: ParsingResult[]): ParsingResult[] {
  // the latest anchored clock: its day as anchored, and whether the night has begun by it
  let night: { day: number; late: boolean } | null = null;
  for (const r of results) {
    if (!hasClock(r) || !hasDay(r)) continue;
    const day = utc(dayOfComponents(r.start));
    if (r.end && r.tags().has(OVERNIGHT_TAG) && utc(dayOfComponents(r.end)) === day) moveDays(r.end, 1);
    if (!r.tags().has("FIDocumentAnchorRefiner/anchored")) {
      night = null;
      continue;
    }
    const hour = r.start.get("hour")!;
    if (night && night.day === day && night.late && hour < SMALL_HOURS) {
      moveDays(r.start, 1);
      if (r.end) moveDays(r.end, 1);
      continue;
    }
    night = { day, late: hour >= NIGHT_FROM || r.tags().has(OVERNIGHT_TAG) };
  }
  return results;
}

function moveDays(c: ParsingComponents, days: number): void {
  const d = shifted(dayOfComponents(c), days);
  c.assign("year", d.year).assign("month", d.month).assign("day", d.day);
}

/**
 * Whether the character at `i` ends a clause: a line break, `!`, `?`, or a
 * full stop before white space — but not one a lower-case word follows on
 * the line, which no sentence starts with (a date's own dot: `kokoontuu
 * 12.1. ja 19.1.`).
 */
function breaksClause(text: string, i: number): boolean {
  const c = text[i];
  return isLineBreak(text.charCodeAt(i)) || c === "!" || c === "?" || (c === "." && /\s/.test(text[i + 1] ?? "") && !LOWER_WORD_NEXT.test(text.slice(i + 1, i + 4)));
}
/** White space on the line, then a lower-case letter. */
const LOWER_WORD_NEXT = /^[\t\p{Zs}]+\p{Ll}/u;

/** Whether nothing ends a clause between two offsets, within CLAUSE_REACH. */
function sameClause(text: string, from: number, to: number): boolean {
  if (to - from > CLAUSE_REACH) return false;
  for (let i = from; i < to; i++) if (breaksClause(text, i)) return false;
  return true;
}

/** The date (not a deadline or a stamp) that follows result `i` in its clause, with only a weekday or nothing dated between, or null. */
function dateLaterInClause(text: string, results: ParsingResult[], i: number): ParsingResult | null {
  const r = results[i];
  const end = r.index + r.text.length;
  for (let k = i + 1; k < results.length; k++) {
    const next = results[k];
    if (!sameClause(text, end, next.index)) return null;
    if (hasDay(next)) return isDeadlineOrStamp(text, next) ? null : next;
    if (!isWeekdayOnly(next)) return null;
  }
  return null;
}

function before(a: ParsingComponents, b: ParsingComponents): boolean {
  const key = (c: ParsingComponents) => c.get("month")! * 100 + c.get("day")!;
  return key(a) < key(b);
}

function yearMentions(text: string, results: ParsingResult[]): YearMention[] {
  const out: YearMention[] = [];
  for (const r of results) if (r.start.isCertain("year")) out.push({ index: r.index, year: r.start.get("year")!, bare: false });
  // matchAll reads a copy of the global pattern: the shared one keeps no position between documents
  for (const m of text.matchAll(BARE_YEAR)) {
    const end = m.index! + m[0].length;
    // a plan's, budget's or term's year says nothing of when the text is written
    if (PLAN_YEAR_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index))) continue;
    if (PLAN_YEAR_AFTER.test(text.slice(end, end + 48))) continue;
    out.push({ index: m.index!, year: Number(m[0]), bare: true });
  }
  for (const m of text.matchAll(ISSUE_YEAR)) out.push({ index: m.index! + m[0].length - m[1].length, year: Number(m[1]), bare: true });
  return out.sort((a, b) => a.index - b.index);
}

/** The years the text states for each month and day (`14.10.2026` restates a year-less `14.10.`). */
function restatedYears(results: ParsingResult[]): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const r of results) {
    for (const c of [r.start, r.end]) {
      if (!c || !c.isCertain("year") || !c.isCertain("day")) continue;
      const key = c.get("month")! * 100 + c.get("day")!;
      const year = c.get("year")!;
      // a day stated in two different years settles neither
      out.set(key, out.has(key) && out.get(key) !== year ? null : year);
    }
  }
  return out;
}

function resolveYear(text: string, r: ParsingResult, restated: Map<number, number | null>, earlier: YearMention | null, later: YearMention | null, reference: Day | null): number | null {
  const stated = restated.get(r.start.get("month")! * 100 + r.start.get("day")!);
  if (stated) return stated;
  const referenceYear = reference?.year ?? null;
  // a historical year stated in passing does not date what the text announces
  const usable = earlier && !(earlier.bare && referenceYear !== null && earlier.year < referenceYear - 1) ? earlier.year : null;
  let base = usable ?? referenceYear ?? later?.year ?? null;
  if (base === null) return null;
  const clause = clauseAround(text, r.index);
  if (NEXT_YEAR.test(clause)) base += 1;
  else if (reference && base === reference.year) base = yearByTense(clause, r.start, reference);
  if (r.start.isCertain("weekday")) {
    const weekday = r.start.get("weekday")!;
    const fits = (y: number) => new Date(Date.UTC(y, r.start.get("month")! - 1, r.start.get("day")!)).getUTCDay() === weekday;
    if (!fits(base)) {
      const others = [base - 1, base + 1].filter(fits);
      if (others.length === 1) base = others[0];
    }
  }
  return base;
}

/**
 * The year that the tense of the date's clause puts it in, read against the
 * time of writing: a coming happening (`kokoontuu 14.1.`) written in December is
 * in the next year, a past one (`pidettiin 20.12.`) written in January in the
 * last. Dates within a week of the reference date keep its year.
 */
function yearByTense(clause: string, c: ParsingComponents, reference: Day): number {
  const day = { year: reference.year, month: c.get("month")!, day: c.get("day")! };
  const offset = daysBetween(reference, day);
  if (offset < -TENSE_SLACK && FUTURE_CLAUSE.test(clause) && !toldInPast(clause)) return reference.year + 1;
  if (offset > TENSE_SLACK && toldInPast(clause) && !FUTURE_CLAUSE.test(clause)) return reference.year - 1;
  return reference.year;
}
/** Days around the reference date whose tense says nothing of the year (a report written days later). */
const TENSE_SLACK = 7;

/** The day a lone weekday names, when the text makes it certain. */
function weekdayDay(text: string, r: ParsingResult, lastRange: ParsingResult | null, reference: Day | null): Day | null {
  const weekday = r.start.get("weekday")!;
  const week = reference ? weekOffset(r) : null;
  // a named week runs from Monday (day 1) to Sunday (day 0)
  if (reference && week !== null) return shifted(reference, 7 * week + ((weekday + 6) % 7) - ((weekdayOf(reference) + 6) % 7));
  if (reference && r.tags().has(NEXT_WEEKDAY_TAG)) return shifted(reference, (weekday - weekdayOf(reference) + 7) % 7 || 7);
  if (reference && r.tags().has(LAST_WEEKDAY_TAG)) return shifted(reference, -((weekdayOf(reference) - weekday + 7) % 7 || 7));
  if (lastRange) {
    const from = dayOfComponents(lastRange.start);
    const span = daysBetween(from, dayOfComponents(lastRange.end!));
    for (let i = 0; i <= span; i++) {
      const d = shifted(from, i);
      if (weekdayOf(d) === weekday) return d;
    }
  }
  if (!reference) return null;
  const clause = clauseAround(text, r.index);
  if (toldInPast(clause)) return shifted(reference, -((weekdayOf(reference) - weekday + 7) % 7));
  if (FUTURE_CLAUSE.test(clause)) return shifted(reference, (weekday - weekdayOf(reference) + 7) % 7);
  return null;
}

/** The week a weekday's tag names, relative to the reference date's (`ensi viikon` +1), or null. */
function weekOffset(r: ParsingResult): number | null {
  for (const tag of r.tags()) if (tag.startsWith(WEEK_TAG_PREFIX)) return Number(tag.slice(WEEK_TAG_PREFIX.length));
  return null;
}

/**
 * The clause around an offset: from the last sentence end or line break
 * before it to the next one, at most CLAUSE_REACH either way. It is not the
 * Doc's sentence (which the parsing option carries): that splitter reads a
 * number before a full stop as an ordinal, so `Rahaa varattiin vuodelle 2028.
 * Kokous 14.12.` is one sentence to it, and the tense of the first would date
 * the second; chrono used without poimija has no Doc either. The reach keeps
 * a line of a thousand dates linear.
 */
function clauseAround(text: string, index: number): string {
  const lo = Math.max(0, index - CLAUSE_REACH);
  const hi = Math.min(text.length, index + CLAUSE_REACH);
  let a = index;
  while (a > lo && !breaksClause(text, a - 1)) a--;
  let b = index;
  while (b < hi && !isLineBreak(text.charCodeAt(b)) && !(/[.!?]/.test(text[b]) && /\s/.test(text[b + 1] ?? " "))) b++;
  return text.slice(a, b);
}

/** Whether only white space or a bullet stands between the line's start and the offset. */
function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 16); i--) {
    if (isLineBreak(text.charCodeAt(i))) return true;
    if (!isIndent(text, i)) return false;
  }
  if (index >= 16) return false;
  for (let i = 0; i < index; i++) if (!isIndent(text, i)) return false;
  return true;
}

/** White space within a line or a bullet. */
function isIndent(text: string, i: number): boolean {
  return isInlineSpace(text.charCodeAt(i)) || BULLETS.includes(text[i]);
}
const BULLETS = "•·▪*-–";

/** A clock time that is a sentence of its own (`… aplodit. Kello 21.01. Kokous jatkuu`): a live report's stamp. */
function isClockStamp(text: string, r: ParsingResult): boolean {
  const end = r.index + r.text.length;
  return STAMP_BEFORE.test(text.slice(Math.max(0, r.index - 6), r.index)) && STAMP_AFTER.test(text.slice(end, end + 4));
}

// after a line break only white space within a line: a run of breaks is not retried from each of them
const STAMP_BEFORE = new RegExp(`(?:^|[.!?:]["”’)]*\\s+|${LINE_BREAK}${INLINE_SPACE}*)$`);
const STAMP_AFTER = new RegExp(`^\\s*(?:[.:]|${LINE_BREAK}|$)`);

function isDeadlineOrStamp(text: string, r: ParsingResult): boolean {
  const end = r.index + r.text.length;
  return NOT_A_HAPPENING_AFTER.test(text.slice(end, end + 16)) || NOT_A_HAPPENING_BEFORE.test(text.slice(Math.max(0, r.index - 24), r.index));
}

function within(d: Day, range: ParsingResult): boolean {
  const t = utc(d);
  return utc(dayOfComponents(range.start)) <= t && t <= utc(dayOfComponents(range.end!));
}

function dayOfComponents(c: ParsingComponents): Day {
  return { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
}

function dayOfDate(d: Date): Day {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const utc = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
const weekdayOf = (d: Day) => new Date(utc(d)).getUTCDay();
const daysBetween = (a: Day, b: Day) => Math.round((utc(b) - utc(a)) / 86_400_000);

function shifted(d: Day, days: number): Day {
  const x = new Date(utc(d) + days * 86_400_000);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}
