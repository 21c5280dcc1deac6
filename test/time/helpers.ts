import { extractTimes } from "../../src/index.js";

/** Values of the times found in a text, minute precision (offsets dropped). */
export function values(text: string, referenceDate: string | null = "2022-01-18"): string[] {
  return extractTimes(text, { referenceDate }).map((t) => t.value.replace(/:00[+-]\d{2}:\d{2}/g, ""));
}

export function texts(text: string, referenceDate: string | null = "2022-01-18"): string[] {
  return extractTimes(text, { referenceDate }).map((t) => t.text);
}
