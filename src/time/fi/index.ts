/**
 * poimija's Finnish time locale: chrono's `fi` configuration, with the parsers
 * and refiners our texts need added and the ones that misread them replaced.
 * Each replaced one says why in its own file.
 *
 * Kept from chrono: ISOFormatParser (`2022-02-02`), FIMonthNameLittleEndianParser
 * (`1. maaliskuuta 2022`, `19. lokakuuta`), and the common refiners that remove
 * overlaps and read time-zone abbreviations.
 */
import * as chrono from "chrono-node";
import type { Parser, Refiner } from "chrono-node";
import { MONTH_STEMS } from "./constants.js";
import FIClockTimeParser from "./parsers/FIClockTimeParser.js";
import GatedParser from "./parsers/GatedParser.js";
import FIMonthGenitiveDateParser from "./parsers/FIMonthGenitiveDateParser.js";
import FINumericDateParser from "./parsers/FINumericDateParser.js";
import FILoneWeekdayParser from "./parsers/FILoneWeekdayParser.js";
import FIProgrammeHourParser from "./parsers/FIProgrammeHourParser.js";
import FIRelativeDayParser from "./parsers/FIRelativeDayParser.js";
import FIAddressFilterRefiner from "./refiners/FIAddressFilterRefiner.js";
import FICoordinatedClockRefiner from "./refiners/FICoordinatedClockRefiner.js";
import FIDocumentAnchorRefiner from "./refiners/FIDocumentAnchorRefiner.js";
import FIMergeDateRangeRefiner from "./refiners/FIMergeDateRangeRefiner.js";
import FIMergeDateTimeRefiner from "./refiners/FIMergeDateTimeRefiner.js";
import FIPartOfDayRefiner from "./refiners/FIPartOfDayRefiner.js";
import FIValidDateRefiner from "./refiners/FIValidDateRefiner.js";
import FIWeekdayPrefixRefiner from "./refiners/FIWeekdayPrefixRefiner.js";

export type { FIParsingOption } from "./options.js";

export type Configuration = NonNullable<ConstructorParameters<typeof chrono.Chrono>[0]>;

/** chrono's fi parsers we keep, by class name. */
export const KEPT_CHRONO_PARSERS = ["ISOFormatParser", "FIMonthNameLittleEndianParser"] as const;

/**
 * What each kept parser's pattern cannot match without: `2022-02-02`'s digits
 * and dashes; a day number right before a month word (`1. maaliskuuta`, the
 * range's second day in `1.–2. maaliskuuta`). See GatedParser.
 */
const KEPT_PARSER_GATES: Record<(typeof KEPT_CHRONO_PARSERS)[number], RegExp> = {
  ISOFormatParser: /\d{4}-\d{1,2}-\d/,
  FIMonthNameLittleEndianParser: new RegExp(`\\d\\.?\\s*(?:${MONTH_STEMS.join("|")})`, "i"),
};

const nameOf = (x: object) => x.constructor.name;

/**
 * chrono's strict fi configuration, reworked for Finnish announcement text.
 * Throws if chrono no longer ships a parser we build on, so an upgrade that
 * changes the locale fails loudly in tests rather than quietly losing dates.
 */
export function createConfiguration(): Configuration {
  const base = chrono.fi.createConfiguration(true);
  const kept: Parser[] = [];
  for (const name of KEPT_CHRONO_PARSERS) {
    const parser = base.parsers.find((p) => nameOf(p) === name);
    if (!parser) throw new Error(`chrono-node's fi locale has no ${name}`);
    kept.push(new GatedParser(parser, KEPT_PARSER_GATES[name]));
  }
  const common = (name: string): Refiner => {
    const refiner = base.refiners.find((r) => nameOf(r) === name);
    if (!refiner) throw new Error(`chrono-node's common configuration has no ${name}`);
    return refiner;
  };
  return {
    parsers: [
      ...kept,
      new FINumericDateParser(),
      new FIMonthGenitiveDateParser(),
      new FIClockTimeParser(),
      new FIProgrammeHourParser(),
      new FIRelativeDayParser(),
      new FILoneWeekdayParser(),
    ],
    refiners: [
      new FIAddressFilterRefiner(),
      new FIValidDateRefiner(),
      new FIPartOfDayRefiner(),
      new FICoordinatedClockRefiner(),
      common("OverlapRemovalRefiner"),
      new FIMergeDateRangeRefiner(),
      new FIMergeDateTimeRefiner(),
      new FIWeekdayPrefixRefiner(),
      common("ExtractTimezoneAbbrRefiner"),
      common("OverlapRemovalRefiner"),
      new FIDocumentAnchorRefiner(),
    ],
  };
}

/** A Chrono for Finnish text. Its parsers and refiners keep no state between calls. */
export function createChrono(): chrono.Chrono {
  return new chrono.Chrono(createConfiguration());
}
