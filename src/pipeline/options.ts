/** Options in, settled options out: the schema decides, and its complaints become PoimijaErrors. */
import type { z } from "zod";
import { PoimijaError, type PoimijaErrorCode } from "../errors.js";
import { ExtractOptions, type ResolvedOptions } from "../schema/options.js";

const CODE_OF_FIELD: Record<string, PoimijaErrorCode> = {
  referenceDate: "invalid_reference_date",
  timeZone: "invalid_time_zone",
  format: "invalid_format",
};

export function resolveOptions(options: unknown = {}): ResolvedOptions {
  const parsed = ExtractOptions.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  throw toPoimijaError(parsed.error.issues[0], options);
}

function toPoimijaError(issue: z.core.$ZodIssue, options: unknown): PoimijaError {
  if (issue.code === "unrecognized_keys")
    return new PoimijaError("invalid_option", `unknown option${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}; the options are those of ExtractOptions (poimija schema --options)`);
  const field = String(issue.path[0] ?? "");
  const given = field && options && typeof options === "object" ? (options as Record<string, unknown>)[field] : options;
  const shown = given instanceof Date ? "an invalid Date" : JSON.stringify(given);
  return new PoimijaError(CODE_OF_FIELD[field] ?? "invalid_option", `${field || "options"} ${issue.message.replace(/^Invalid input: /, "")}, got ${shown}`);
}

/** Refuses an input the options say is too long. */
export function assertLength(text: string, options: ResolvedOptions): void {
  if (text.length > options.maxLength)
    throw new PoimijaError("input_too_large", `the input has ${text.length} characters, more than maxLength (${options.maxLength}); pass a larger maxLength to read it`);
}
