/**
 * Resolves what only the document can tell:
 * - a year-less date (`16.3.`, `19. lokakuuta`) takes the year the text makes
 *   certain (`ensi vuonna`, `tulevan vuoden` → the next year), else the nearest
 *   year stated before it, else the reference date's year, else the first year
 *   stated after it; with none of these it is dropped;
 * - a clock time alone (`10.00-10.20 Tilaisuuden avaus` under `La 26.3. klo
 *   10-15`, `viimeistään kuitenkin klo 19.00`) takes the day of the nearest
 *   date before it; with none it is dropped.
 * Runs last, over results in document order.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { NEXT_YEAR } from "../constants.js";
import { hasReference } from "../options.js";
import { hasDay, isTimeOnly } from "../components.js";

const BARE_YEAR = /(?<![\d.,/\-–])(?:19|20)\d{2}(?![\d])/g;

interface YearMention {
  index: number;
  year: number;
}

export default class FIDocumentAnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const years = yearMentions(context.text, results);
    const referenceYear = hasReference(context) ? context.refDate.getFullYear() : null;
    const out: ParsingResult[] = [];
    let lastDay: ParsingComponents | null = null;
    for (const r of results) {
      if (hasDay(r)) {
        if (!r.start.isCertain("year")) {
          const year = resolveYear(context.text, r.index, years, referenceYear);
          if (year === null) continue;
          r.start.assign("year", year);
        }
        if (r.end && !r.end.isCertain("year")) {
          const y = r.start.get("year")!;
          r.end.assign("year", y);
          if (before(r.end, r.start)) r.end.assign("year", y + 1);
        }
        lastDay = r.start;
        out.push(r);
      } else if (isTimeOnly(r)) {
        if (!lastDay) continue;
        for (const c of [r.start, r.end]) {
          if (!c) continue;
          c.assign("year", lastDay.get("year")!).assign("month", lastDay.get("month")!).assign("day", lastDay.get("day")!);
        }
        r.addTag("FIDocumentAnchorRefiner/anchored");
        out.push(r);
      }
    }
    return out;
  }
}

function before(a: ParsingComponents, b: ParsingComponents): boolean {
  const key = (c: ParsingComponents) => c.get("month")! * 100 + c.get("day")!;
  return key(a) < key(b);
}

function yearMentions(text: string, results: ParsingResult[]): YearMention[] {
  const out: YearMention[] = [];
  for (const r of results) if (r.start.isCertain("year")) out.push({ index: r.index, year: r.start.get("year")! });
  BARE_YEAR.lastIndex = 0;
  for (let m; (m = BARE_YEAR.exec(text)); ) out.push({ index: m.index, year: Number(m[0]) });
  return out.sort((a, b) => a.index - b.index);
}

function resolveYear(text: string, index: number, years: YearMention[], referenceYear: number | null): number | null {
  let earlier: number | null = null;
  let later: number | null = null;
  for (const y of years) {
    if (y.index < index) earlier = y.year;
    else if (later === null && y.index > index) later = y.year;
  }
  const base = earlier ?? referenceYear ?? later;
  if (base === null) return null;
  return NEXT_YEAR.test(sentenceAround(text, index)) ? base + 1 : base;
}

/** The text from the previous sentence end to the next one. */
function sentenceAround(text: string, index: number): string {
  let a = index;
  while (a > 0 && !/[!?\n]/.test(text[a - 1]) && !(text[a - 1] === "." && /\s/.test(text[a] ?? ""))) a--;
  let b = index;
  while (b < text.length && text[b] !== "\n" && !(/[.!?]/.test(text[b]) && /\s/.test(text[b + 1] ?? " "))) b++;
  return text.slice(a, b);
}
