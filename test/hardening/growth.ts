/**
 * How an extraction's time grows with its input: the time of the input made
 * four times bigger over the time of the input itself, measured in one run.
 * A linear stage gives about 4, a quadratic one about 16; the bound between
 * them holds whatever the machine's speed, which a time limit would not.
 */
import { extract, type ExtractOptions } from "../../src/index.js";

/** 4× the input: a linear stage stays well below it under load, a quadratic one (≈16) never does. */
export const GROWTH_BOUND = 6.5;

/** The time of `times` extractions of `text` in a row, in milliseconds. */
function timed(text: string, options: ExtractOptions, times: number): number {
  const t0 = performance.now();
  for (let k = 0; k < times; k++) extract(text, options);
  return performance.now() - t0;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** The least time a measurement must take, so that the timer's resolution and one pause do not make the ratio. */
const MIN_MEASURED_MS = 10;

/**
 * The time ratio of `make(4n)` to `make(n)`. Both sizes are warmed up first
 * and timed in turns, the fastest run of each counting: the other sessions
 * of a shared machine slow single runs, never the fastest one much. A small
 * input is extracted several times in a row per run (and the large one as
 * often), so that each run takes at least MIN_MEASURED_MS. A ratio above
 * the bound is measured again (up to `attempts` times) before it counts, so
 * that one unlucky pause fails no linear stage.
 */
export function growth(make: (n: number) => string, n: number, options: ExtractOptions = {}, runs = 3, attempts = 3): Growth {
  const small = make(n);
  const large = make(4 * n);
  // the engine compiles the hot functions during the first runs: they must not count
  let once = Infinity;
  for (let w = 0; w < 3; w++) once = Math.min(once, timed(small, options, 1));
  timed(large, options, 1);
  const times = Math.max(1, Math.ceil(MIN_MEASURED_MS / Math.max(once, 0.01)));
  let best: Growth = { small: Infinity, large: Infinity, ratio: Infinity };
  for (let a = 0; a < attempts; a++) {
    let s = Infinity;
    let l = Infinity;
    for (let r = 0; r < runs; r++) {
      s = Math.min(s, timed(small, options, times) / times);
      l = Math.min(l, timed(large, options, times) / times);
    }
    const ratio = l / s;
    if (ratio < best.ratio) best = { small: s, large: l, ratio };
    if (best.ratio < GROWTH_BOUND) break;
  }
  return best;
}
