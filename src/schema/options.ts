/**
 * The options of an extraction: one schema for the API, the CLI and batch
 * lines. Types for callers (`ExtractOptions`, what they may pass) and for the
 * pipeline (`ResolvedOptions`, every field settled) are inferred from it,
 * and `poimija schema --options` prints it as JSON Schema with these
 * descriptions.
 */
import { z } from "zod";
import { isCache, type PoimijaCache } from "../cache.js";

export const FORMATS = ["auto", "text", "markdown", "html"] as const;
export const Format = z
  .enum(FORMATS)
  .meta({ id: "Format", description: "Input format: plain text (poimija's own parser), markdown (remark-parse), an HTML page (rehype-parse; page chrome removed), or auto (chosen from the input)." });

export const EXTRACTOR_NAMES = ["times", "events", "bodies", "people", "decisions"] as const;
export const ExtractorName = z.enum(EXTRACTOR_NAMES).meta({ id: "ExtractorName", description: "One kind of entity poimija extracts." });

/** Inputs longer than this are refused: no news page, minutes or programme comes near it, and every stage's cost grows with length. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day: 2022-13-45 does not roll over into 2023. */
function isCalendarDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3];
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export const ReferenceDay = z
  .string()
  .refine(isCalendarDay, { message: "must be a calendar day YYYY-MM-DD" })
  .meta({ id: "ReferenceDay", description: "A calendar day, YYYY-MM-DD.", examples: ["2022-01-18"] });

const referenceDateDescription =
  "The day the text was published or seen (YYYY-MM-DD): anchors year-less and relative dates. null or absent: none, and year-less dates take the years the text states.";

const fields = {
  format: Format.default("auto"),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: "must be an IANA time zone" })
    .default("Europe/Helsinki")
    .meta({ description: "IANA time zone of the text's clock times; values carry that day's UTC offset.", examples: ["Europe/Helsinki"] }),
  extractors: z
    .array(ExtractorName)
    .optional()
    .meta({ description: "Which entities to extract (default: all). Only the stages these need run, and only these come back; the other lists are empty." }),
  maxLength: z
    .number()
    .int()
    .positive()
    .default(DEFAULT_MAX_LENGTH)
    .meta({ description: `The longest input accepted, in UTF-16 code units (default ${DEFAULT_MAX_LENGTH}). A longer one is refused with the error input_too_large, never truncated.` }),
};

/** Options as the API takes them: `referenceDate` may also be a Date (its local calendar day counts). */
export const ExtractOptions = z
  .strictObject({
    referenceDate: z
      .union([ReferenceDay, z.date().refine((d) => !Number.isNaN(d.getTime()), { message: "is an invalid Date" }), z.null()])
      .optional()
      .transform((ref) => (ref instanceof Date ? `${ref.getFullYear()}-${twoDigits(ref.getMonth() + 1)}-${twoDigits(ref.getDate())}` : (ref ?? null)))
      .meta({ description: referenceDateDescription }),
    ...fields,
    cache: z
      .custom<PoimijaCache>(isCache, { message: "must be a cache made by createCache()" })
      .optional()
      .meta({ description: "A cross-document cache the caller owns (createCache()): readings of recurring words are kept between calls. API only." }),
  })
  .meta({ id: "ExtractOptions", title: "poimija extract options" });

/** The same options as JSON carries them (CLI, batch lines): `referenceDate` is a string. */
export const ExtractOptionsJson = z
  .strictObject({
    referenceDate: ReferenceDay.nullable().optional().meta({ description: referenceDateDescription }),
    ...fields,
  })
  .meta({ id: "ExtractOptionsJson" });

export type ExtractOptions = z.input<typeof ExtractOptions>;
export type ResolvedOptions = z.output<typeof ExtractOptions>;
export type ExtractorName = z.infer<typeof ExtractorName>;
export type Format = z.infer<typeof Format>;

/** JSON Schema of the options as JSON carries them. */
export function optionsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractOptionsJson, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}
