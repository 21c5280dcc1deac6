/**
 * The single source of truth for poimija's output. Types are inferred from
 * these schemas and the published JSON Schema is generated from them
 * (`poimija schema`, `poimija/schema.json`).
 *
 * Enumerations and conventions follow the corpus annotation guide
 * (fixtures/corpus, ANNOTATION.md in the shared corpus).
 */
import { z } from "zod";

/** UTF-16 offsets into the input: `input.slice(start, end)` is the surface text. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: "Span", description: "UTF-16 offsets into the input string; input.slice(start, end) is the surface text." });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const POINT = "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2})?";

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` for a clock time in the document's time zone. */
export const TimePoint = z
  .string()
  .regex(new RegExp(`^${POINT}$`))
  .meta({ id: "TimePoint", description: "YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS±HH:MM in the document's time zone" });

/** A point, or a range `start/end` with both sides written in full. */
export const TimeValue = z
  .string()
  .regex(new RegExp(`^${POINT}(?:/${POINT})?$`))
  .meta({ id: "TimeValue", description: "a TimePoint, or a range start/end of two TimePoints" });

export const TimeExpression = z
  .object({
    text: z.string(),
    value: TimeValue,
    span: Span,
  })
  .meta({ id: "TimeExpression" });

export const EVENT_KINDS = [
  "meeting",
  "webinar",
  "seminar",
  "training",
  "tour",
  "hearing",
  "deadline",
  "milestone",
  "programme-item",
  "other",
] as const;
export const EventKind = z.enum(EVENT_KINDS).meta({ id: "EventKind" });

export const Event = z
  .object({
    title: z.string(),
    start: TimePoint,
    end: TimePoint.nullable(),
    kind: EventKind,
    /** Index in `events` of the event this programme slot belongs to. */
    parent: z.number().int().nonnegative().nullable(),
    location: z.string().nullable(),
    online: z.boolean(),
    organizer: z.string().nullable(),
    span: Span,
  })
  .meta({ id: "Event" });

export const Role = z
  .object({
    /** The role noun in nominative lower case, no ordinal, no organization. */
    title: z.string(),
    /** The body or organization the role belongs to, in base form. */
    organization: z.string().nullable(),
    span: Span,
  })
  .meta({ id: "Role" });

export const Person = z
  .object({
    /** Base form, as the person writes it: `Johanna Jokisen` → `Johanna Jokinen`. */
    name: z.string(),
    roles: z.array(Role),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    mentions: z.array(Span),
  })
  .meta({ id: "Person" });

export const BODY_KINDS = [
  "council",
  "executive-board",
  "committee",
  "division",
  "working-group",
  "steering-group",
  "preparatory-body",
  "ministry",
  "agency",
  "association",
  "union",
  "party",
  "project",
  "welfare-area",
  "municipality",
  "hospital-district",
  "company",
  "other",
] as const;
export const BodyKind = z.enum(BODY_KINDS).meta({ id: "BodyKind" });

export const Body = z
  .object({
    /** Nominative singular of the fullest form in the text. */
    name: z.string(),
    aliases: z.array(z.string()),
    kind: BodyKind,
    mentions: z.array(Span),
  })
  .meta({ id: "Body" });

export const OUTCOMES = [
  "approved",
  "amended",
  "rejected",
  "elected",
  "appointed",
  "postponed",
  "noted",
  "no-consensus",
  "decided",
] as const;
export const Outcome = z.enum(OUTCOMES).meta({ id: "Outcome" });

export const Votes = z
  .object({ for: z.number().int().nonnegative(), against: z.number().int().nonnegative() })
  .meta({ id: "Votes" });

export const Decision = z
  .object({
    /** The deciding body's `name` as in `bodies`, or null. */
    body: z.string().nullable(),
    subject: z.string().nullable(),
    outcome: Outcome,
    /** The clause that states the outcome: `input.slice(span.start, span.end)`. */
    text: z.string(),
    span: Span,
    /** The meeting's day, when known. */
    date: TimePoint.nullable(),
    votes: Votes.nullable(),
    /** The proposal (`Esitys`, `Päätösehdotus`) this decision settles, if any. */
    proposal: z.string().nullable(),
  })
  .meta({ id: "Decision" });

export const FORMATS = ["auto", "text", "markdown"] as const;
export const Format = z.enum(FORMATS).meta({ id: "Format" });

export const Extraction = z
  .object({
    language: z.literal("fi"),
    referenceDate: z.string().regex(DAY).nullable(),
    text: z.string(),
    times: z.array(TimeExpression),
    events: z.array(Event),
    people: z.array(Person),
    bodies: z.array(Body),
    decisions: z.array(Decision),
  })
  .meta({ id: "Extraction", title: "poimija extraction", description: "Structured data extracted from one Finnish text" });

/** One line of `poimija extract --ndjson` input. */
export const BatchInput = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    referenceDate: z.string().regex(DAY).nullable().optional(),
    format: Format.optional(),
  })
  .meta({ id: "BatchInput" });

export const ERROR_CODES = ["invalid_json", "invalid_input", "invalid_encoding", "unreadable", "extraction_failed"] as const;
export const BatchError = z
  .object({
    id: z.union([z.string(), z.number()]).nullable(),
    /** The input's 1-based line (or file) number in the whole batch input: places the record when the id is unreadable. */
    line: z.number().int().positive(),
    error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
  })
  .meta({ id: "BatchError" });

export const BatchOutput = z
  // `text` is left out under --no-text
  .union([Extraction.extend({ id: z.union([z.string(), z.number()]), text: z.string().optional() }), BatchError])
  .meta({ id: "BatchOutput" });

export type Span = z.infer<typeof Span>;
export type TimePoint = z.infer<typeof TimePoint>;
export type TimeValue = z.infer<typeof TimeValue>;
export type TimeExpression = z.infer<typeof TimeExpression>;
export type EventKind = z.infer<typeof EventKind>;
export type Event = z.infer<typeof Event>;
export type Role = z.infer<typeof Role>;
export type Person = z.infer<typeof Person>;
export type BodyKind = z.infer<typeof BodyKind>;
export type Body = z.infer<typeof Body>;
export type Outcome = z.infer<typeof Outcome>;
export type Votes = z.infer<typeof Votes>;
export type Decision = z.infer<typeof Decision>;
export type Format = z.infer<typeof Format>;
export type Extraction = z.infer<typeof Extraction>;
export type BatchInput = z.infer<typeof BatchInput>;
export type BatchError = z.infer<typeof BatchError>;
export type BatchOutput = z.infer<typeof BatchOutput>;

/** JSON Schema (draft 2020-12) of an Extraction, generated from the zod schema. */
export function extractionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Extraction, { target: "draft-2020-12" }) as Record<string, unknown>;
}

/** JSON Schema of one `--ndjson` output line. */
export function batchOutputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(BatchOutput, { target: "draft-2020-12" }) as Record<string, unknown>;
}
