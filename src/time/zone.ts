import { PoimijaError } from "../errors.js";

/**
 * UTC offsets of clock times. Europe/Helsinki (the default) follows the EU
 * rule, computed directly; any other IANA zone goes through Intl.
 */

/** Offset in minutes east of UTC of a local wall-clock time in the zone. */
export function zoneOffsetMinutes(timeZone: string, y: number, m: number, d: number, hh: number, mm: number): number {
  if (timeZone === "Europe/Helsinki") return euOffset(120, y, m, d, hh, mm);
  return intlOffset(timeZone, Date.UTC(y, m - 1, d, hh, mm));
}

/** EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function euOffset(standard: number, y: number, m: number, d: number, hh: number, mm: number): number {
  const utcOfLocal = Date.UTC(y, m - 1, d, hh, mm) - standard * 60_000;
  const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 9), 1) - 60 * 60_000;
  return utcOfLocal >= start && utcOfLocal < end ? standard + 60 : standard;
}

function lastSunday(y: number, month0: number): number {
  const last = new Date(Date.UTC(y, month0 + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

function intlOffset(timeZone: string, localAsUtc: number): number {
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
  // the offset at the instant is a good first guess; one correction settles DST edges
  let offset = parseOffset(fmt, localAsUtc);
  offset = parseOffset(fmt, localAsUtc - offset * 60_000);
  return offset;
}

function parseOffset(fmt: Intl.DateTimeFormat, instant: number): number {
  const name = fmt.formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Throws a PoimijaError for a zone Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new PoimijaError("invalid_time_zone", `timeZone must be an IANA time zone, got ${JSON.stringify(timeZone)}`);
  }
}
