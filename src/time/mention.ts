/**
 * A time expression found in a document, with the parts the event stage
 * needs (day, clock, range) and its value in the annotation format.
 */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import type { TimeExpression } from "../schema/index.js";
import { zoneOffsetMinutes } from "./zone.js";

export interface Moment {
  year: number;
  month: number;
  day: number;
  /** Absent for a whole day. */
  hour?: number;
  minute?: number;
}

export interface TimeMention {
  text: string;
  start: number;
  end: number;
  from: Moment;
  to: Moment | null;
  /** The value as the schema writes it: a point or `start/end`. */
  value: string;
  /** Which parsers and refiners made it (chrono tags). */
  tags: string[];
}

/** A month, day, hour or minute in two digits (padStart is a runtime call, and every time value is written with several). */
export const twoDigits = (n: number) => (n < 10 ? "0" + n : String(n));
/** A year in four digits. */
const padYear = (n: number) => (n >= 1000 ? String(n) : String(n).padStart(4, "0"));

export function dayOf(m: Moment): string {
  return `${padYear(m.year)}-${twoDigits(m.month)}-${twoDigits(m.day)}`;
}

export function formatMoment(m: Moment, timeZone: string): string {
  if (m.hour === undefined) return dayOf(m);
  const minute = m.minute ?? 0;
  const off = zoneOffsetMinutes(timeZone, m.year, m.month, m.day, m.hour, minute);
  const sign = off < 0 ? "-" : "+";
  const a = Math.abs(off);
  return `${dayOf(m)}T${twoDigits(m.hour)}:${twoDigits(minute)}:00${sign}${twoDigits(Math.floor(a / 60))}:${twoDigits(a % 60)}`;
}

function momentOf(c: ParsingComponents): Moment {
  const m: Moment = { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
  if (c.isCertain("hour")) {
    m.hour = c.get("hour")!;
    m.minute = c.get("minute") ?? 0;
  }
  return m;
}

export function mentionFromResult(r: ParsingResult, timeZone: string): TimeMention {
  const from = momentOf(r.start);
  const to = r.end ? momentOf(r.end) : null;
  const value = to ? `${formatMoment(from, timeZone)}/${formatMoment(to, timeZone)}` : formatMoment(from, timeZone);
  return { text: r.text, start: r.index, end: r.index + r.text.length, from, to, value, tags: [...r.tags()] };
}

export function toTimeExpression(t: TimeMention): TimeExpression {
  return { text: t.text, value: t.value, span: { start: t.start, end: t.end } };
}
