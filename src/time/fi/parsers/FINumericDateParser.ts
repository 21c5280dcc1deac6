/**
 * Numeric Finnish dates: `2.2.2022`, `02.02.2022`, `2.2.22`, year-less `16.3.`,
 * a year after a space (`3.10. 2016`), and day ranges written in one piece:
 * `20.–21.4.2021`, `20.-24.8.`, `1.1.-30.8.2022`, `23.10.2023 - 3.12.2023`.
 *
 * Replaces chrono's SlashDateFormatParser in our configuration: Finnish dates
 * are day.month with dots, and its two-part form reads votes (`10/3`), law
 * numbers (`449/2007`) and clock times (`9.45`) as dates. A year-less date
 * needs its closing dot, which is what tells `16.3.` from the time `16.30`.
 */
import type { Parser, ParsingContext } from "chrono-node";
import { DASH, VERSION_BEFORE } from "../constants.js";
import { isInsideAddress, joinsNumber } from "../../guards.js";

const DATE = `(\\d{1,2})\\.(\\d{1,2})\\.(?:\\s?((?:19|20)\\d{2})|(\\d{2}))?`;
const PATTERN = new RegExp(
  `(?:(\\d{1,2})\\.?\\s?${DASH}\\s?(?=\\d{1,2}\\.\\d))?` + // a leading day: 20.–
    DATE +
    `(?:\\s*${DASH}\\s*${DATE})?`,
);

const TIME_RANGE_BEFORE = new RegExp(`(?:klo|kello)\\.?\\s*(\\d{1,2})(?:[.:](\\d{2}))?\\s*${DASH}\\s*$`, "i");

const enum G {
  FromDay = 1,
  Day,
  Month,
  Year,
  ShortYear,
  ToDay,
  ToMonth,
  ToYear,
  ToShortYear,
}

function year(full: string | undefined, short: string | undefined): number | null {
  if (full) return Number(full);
  if (short) return 2000 + Number(short);
  return null;
}

const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** Whether a day and month after a clock and a dash read as the clock range's end: two digits of minutes, later than its start. */
function endsClockRange(day: string, month: string, start: number): boolean {
  return month.length === 2 && Number(day) <= 24 && Number(month) <= 59 && Number(day) * 60 + Number(month) > start;
}

export default class FINumericDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const before = text.charCodeAt(index - 1);
    // part of a longer number, a document number (5146/01.04.00/2023), an address or a link
    if (joinsNumber(before) || isInsideAddress(text, index)) return null;
    // the end of a clock range: "klo 10-12.10." is a time, not 12 October; "klo 17 – 6.5." and "klo 17 – 6.10." go on to another day
    const range = TIME_RANGE_BEFORE.exec(text.slice(Math.max(0, index - 16), index));
    if (range && (match[G.FromDay] !== undefined || endsClockRange(match[G.Day], match[G.Month], Number(range[1]) * 60 + Number(range[2] ?? 0)))) return null;
    // a version number: `versio 7.1.`, `päivitys 2.10.17`
    if (VERSION_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return null;
    let raw = match[0];
    const after = text.slice(index + raw.length, index + raw.length + 2);
    // a document number goes on after a slash (`12.5.2023/45`); a minutes reference names its section (`14.3.2024/Pykälä 22`)
    if (/^\d|^\/(?![A-Za-zÅÄÖåäö])|^\.\d|^[-–]\d/.test(after)) return null;
    // "1.6.2018." — a sentence dot after the year belongs to the sentence
    const day = Number(match[G.Day]);
    const month = Number(match[G.Month]);
    if (!validDay(day, month)) return null;

    const result = context.createParsingResult(index, raw);
    const y = year(match[G.Year], match[G.ShortYear]);
    if (match[G.ToDay]) {
      const toDay = Number(match[G.ToDay]);
      const toMonth = Number(match[G.ToMonth]);
      if (!validDay(toDay, toMonth)) return null;
      const toYear = year(match[G.ToYear], match[G.ToShortYear]);
      result.start.assign("day", day).assign("month", month);
      result.end = result.start.clone();
      result.end.assign("day", toDay).assign("month", toMonth);
      if (toYear) result.end.assign("year", toYear);
      if (y) result.start.assign("year", y);
      else if (toYear) result.start.assign("year", toYear);
    } else if (match[G.FromDay]) {
      const fromDay = Number(match[G.FromDay]);
      if (!validDay(fromDay, month) || fromDay >= day) return null;
      result.start.assign("day", fromDay).assign("month", month);
      result.end = result.start.clone();
      result.end.assign("day", day);
      if (y) {
        result.start.assign("year", y);
        result.end.assign("year", y);
      }
    } else {
      result.start.assign("day", day).assign("month", month);
      if (y) result.start.assign("year", y);
    }
    result.addTag("FINumericDateParser");
    raw = raw.trimEnd();
    result.text = raw;
    return result;
  }
}
