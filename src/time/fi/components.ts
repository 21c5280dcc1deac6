/** What a chrono result holds: a day, a clock time, or both. */
import type { ParsingResult } from "chrono-node";

export const hasDay = (r: ParsingResult) => r.start.isCertain("day");
export const hasClock = (r: ParsingResult) => r.start.isCertain("hour");
export const isDateOnly = (r: ParsingResult) => hasDay(r) && !hasClock(r);
export const isTimeOnly = (r: ParsingResult) => hasClock(r) && !hasDay(r);
/** A weekday without a date or a clock (`lauantaina`): the document refiner decides its day. */
export const isWeekdayOnly = (r: ParsingResult) => r.start.isCertain("weekday") && !hasDay(r) && !hasClock(r);
