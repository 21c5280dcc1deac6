/**
 * `npm run fuzz`: at least 100 000 cases (FUZZ_RUNS to change) through
 * extract in every input format, each checked for the properties of
 * test/hardening/fuzz.ts, then the linear-time bound on the largest case.
 * The seed is printed; FUZZ_SEED=<seed> replays a run.
 */
import fc from "fast-check";
import { CASES, fuzzSeed, options, propertyBroken } from "../test/hardening/fuzz.js";
import { growth, GROWTH_BOUND } from "../test/hardening/growth.js";

const seed = fuzzSeed();
const total = Number(process.env.FUZZ_RUNS ?? 100_000);
console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} npm run fuzz replays it), ${total} cases`);
const started = performance.now();
let largest = { text: "", format: "text" as "text" | "markdown" };
let failed = false;

for (const [i, kind] of CASES.entries()) {
  const runs = Math.ceil(total * kind.share);
  const t0 = performance.now();
  const result = fc.check(
    fc.property(kind.text, options, (text, opts) => {
      if (text.length > largest.text.length) largest = { text, format: opts.format };
      const broken = propertyBroken(text, opts);
      if (broken) throw new Error(broken);
    }),
    { seed: seed + i, numRuns: runs },
  );
  console.log(`  ${kind.name}: ${runs} cases, ${((performance.now() - t0) / 1000).toFixed(1)} s${result.failed ? " FAILED" : ""}`);
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}

// the largest case repeated: 4× it may take at most GROWTH_BOUND times as long
const g = growth((n) => Array.from({ length: n }, () => largest.text).join("\n\n"), 8, { format: largest.format }, 5, 3);
const linear = g.ratio < GROWTH_BOUND;
console.log(`  linear time on the largest case (${largest.text.length} characters ×8 and ×32): ${g.small.toFixed(1)} → ${g.large.toFixed(1)} ms, ratio ${g.ratio.toFixed(2)} (bound ${GROWTH_BOUND})${linear ? "" : " FAILED"}`);
console.log(`fuzz: ${failed || !linear ? "FAILED" : "passed"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed || !linear ? 1 : 0);
