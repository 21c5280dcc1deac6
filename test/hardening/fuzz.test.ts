/**
 * A few thousand of `npm run fuzz`'s cases (same generators, same seed,
 * FUZZ_SEED to change it): extraction never throws on valid options, its
 * spans slice to their text, it validates against the Extraction schema
 * and it is the same twice.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { CASES, fuzzSeed, FUZZ_FORMATS, options, propertyBroken } from "./fuzz.js";

const CASES_IN_TESTS = 3000;

describe(`fuzz (seed ${fuzzSeed()})`, () => {
  for (const [i, kind] of CASES.entries()) {
    it(kind.name, () => {
      fc.assert(
        fc.property(kind.text, options, (text, opts) => {
          expect(propertyBroken(text, opts)).toBeNull();
        }),
        { seed: fuzzSeed() + i, numRuns: Math.ceil(CASES_IN_TESTS * kind.share) },
      );
    });
  }

  // found by the fuzz run: a lone CR or U+2028 in a programme slot line made findEvents throw
  it.each(FUZZ_FORMATS)("a line terminator inside a programme slot line (%s)", (format) => {
    for (const terminator of ["\r", "\u2028", "\u2029", "\u0085"]) {
      const text = `Ohjelma 2.2.2022\n10.00 Avaus${terminator}ja tervetuloa\n10.30 Esittely`;
      expect(propertyBroken(text, { format })).toBeNull();
      expect(extract(text, { format }).events.length).toBeGreaterThan(0);
    }
  });
});
