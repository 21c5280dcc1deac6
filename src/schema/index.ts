/**
 * The single source of truth for poimija's output. Types are inferred from
 * these schemas and the published JSON Schema is generated from them
 * (`poimija schema`, `poimija/schema.json`).
 *
 * Enumerations and conventions follow the corpus annotation guide
 * (fixtures/corpus, ANNOTATION.md in the shared corpus).
 */
import { z } from "zod";
import { ExtractOptionsJson } from "./options.js";

export * from "./options.js";

/** UTF-16 offsets into the Extraction's `text`: `text.slice(start, end)` is the surface text. */
export const Span = z
  .object({
    start: z.number().int().nonnegative().meta({ description: "Offset of the first UTF-16 code unit." }),
    end: z.number().int().nonnegative().meta({ description: "Offset after the last UTF-16 code unit." }),
  })
  .meta({ id: "Span", description: "UTF-16 offsets into the Extraction's text (for plain text and markdown the input itself; for HTML the clean text); text.slice(start, end) is the surface text." });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const POINT = "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2})?";

export const TimePoint = z
  .string()
  .regex(new RegExp(`^${POINT}$`))
  .meta({ id: "TimePoint", description: "YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS±HH:MM for a clock time in the document's time zone." });

export const TimeValue = z
  .string()
  .regex(new RegExp(`^${POINT}(?:/${POINT})?$`))
  .meta({ id: "TimeValue", description: "A TimePoint, or a range start/end with both sides written in full." });

export const TimeExpression = z
  .object({
    text: z.string().meta({ description: "The expression as written, weekday, date, klo and times together." }),
    value: TimeValue,
    span: Span,
  })
  .meta({ id: "TimeExpression", description: "A calendar date or a clock time anchored to a day." });

export const EVENT_KINDS = ["meeting", "webinar", "seminar", "training", "tour", "hearing", "deadline", "milestone", "programme-item", "other"] as const;
export const EventKind = z.enum(EVENT_KINDS).meta({ id: "EventKind", description: "What kind of happening an event is; programme-item is a timed slot of a programme." });

export const Event = z
  .object({
    title: z.string().meta({ description: "The event's name or topic as written (a heading, a programme slot's text, a short phrase)." }),
    start: TimePoint,
    end: TimePoint.nullable().meta({ description: "When it ends, or null when the text does not say." }),
    kind: EventKind,
    parent: z.number().int().nonnegative().nullable().meta({ description: "For a programme slot: the index in events of the event it belongs to; else null." }),
    location: z.string().nullable().meta({ description: "The place as written, or null." }),
    online: z.boolean().meta({ description: "Whether one can take part online." }),
    organizer: z.string().nullable().meta({ description: "The organizing body's name as in bodies, or null." }),
    span: Span,
  })
  .meta({ id: "Event", description: "Something that happens on a stated day: a meeting, webinar, deadline, milestone, a programme slot." });

export const Role = z
  .object({
    title: z.string().meta({ description: "The role noun in nominative lower case, without ordinal, acting prefix or organization (varapuheenjohtaja)." }),
    organization: z.string().nullable().meta({ description: "The body or organization the role belongs to, in base form (as in bodies when it is one of them), or null." }),
    span: Span,
  })
  .meta({ id: "Role", description: "A title, position, office, membership or event role a person holds." });

export const Person = z
  .object({
    name: z.string().meta({ description: "Base form, as the person writes it: Johanna Jokisen → Johanna Jokinen." }),
    roles: z.array(Role),
    email: z.string().nullable().meta({ description: "E-mail address as written, (at) turned into @, or null." }),
    phone: z.string().nullable().meta({ description: "Phone number as written, or null." }),
    mentions: z.array(Span).meta({ description: "Every place the text names the person." }),
  })
  .meta({ id: "Person", description: "A named person, once per document." });

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
export const BodyKind = z.enum(BODY_KINDS).meta({ id: "BodyKind", description: "What kind of body or organization." });

export const Body = z
  .object({
    name: z.string().meta({ description: "Nominative singular of the fullest form in the text, capitalised as written." }),
    aliases: z.array(z.string()).meta({ description: "Other names of it in base form: an abbreviation the text introduces, a shorter form." }),
    kind: BodyKind,
    mentions: z.array(Span).meta({ description: "Every place the text names it." }),
  })
  .meta({ id: "Body", description: "A collegial body (council, board, committee, group) or a named organization, once per document." });

export const OUTCOMES = ["approved", "amended", "rejected", "elected", "appointed", "postponed", "noted", "no-consensus", "decided"] as const;
export const Outcome = z.enum(OUTCOMES).meta({ id: "Outcome", description: "What the body did: elected chooses a person by election, appointed names one or sets up a group." });

export const Votes = z
  .object({
    for: z.number().int().nonnegative().meta({ description: "Votes for the winning side." }),
    against: z.number().int().nonnegative().meta({ description: "Votes against it." }),
  })
  .meta({ id: "Votes", description: "The vote count when the text gives one." });

export const Decision = z
  .object({
    body: z.string().nullable().meta({ description: "The deciding body's name as in bodies, or null." }),
    subject: z.string().nullable().meta({ description: "What was decided (an agenda item's title for a bare Päätös line), or null." }),
    outcome: Outcome,
    text: z.string().meta({ description: "The clause that states the outcome: text.slice(span.start, span.end)." }),
    span: Span,
    date: TimePoint.nullable().meta({ description: "The meeting's day, when known." }),
    votes: Votes.nullable(),
    proposal: z.string().nullable().meta({ description: "The proposal (Esitys, Päätösehdotus) this decision settles, if any." }),
  })
  .meta({ id: "Decision", description: "What a body decided, elected, appointed, postponed, noted or failed to agree on." });

export const Extraction = z
  .object({
    language: z.literal("fi").meta({ description: "The language the rules read (Swedish and English passages give no entities through them)." }),
    referenceDate: z.string().regex(DAY).nullable().meta({ description: "The reference day the extraction used, or null." }),
    text: z.string().meta({ description: "The clean text every span indexes: the input for plain text and markdown, the page's content for HTML." }),
    times: z.array(TimeExpression),
    events: z.array(Event),
    people: z.array(Person),
    bodies: z.array(Body),
    decisions: z.array(Decision),
  })
  .meta({ id: "Extraction", title: "poimija extraction", description: "Structured data extracted from one Finnish text." });

/**
 * One line of `poimija extract --ndjson` input: an id, the text, and any of
 * the extract options. Other fields a record carries (a URL, a crawl date)
 * are the caller's and are passed over.
 */
export const BatchInput = z
  .object({
    id: z.union([z.string(), z.number()]).meta({ description: "The caller's id of the record; echoed on its output line." }),
    text: z.string().meta({ description: "The input: plain text, markdown or an HTML page." }),
    ...ExtractOptionsJson.shape,
  })
  .meta({ id: "BatchInput" });

export const ERROR_CODES = ["invalid_json", "invalid_input", "invalid_encoding", "unreadable", "extraction_failed"] as const;
export const BatchError = z
  .object({
    id: z.union([z.string(), z.number()]).nullable().meta({ description: "The input record's id, or null when it could not be read." }),
    line: z.number().int().positive().meta({ description: "The input's 1-based line (or file) number in the whole batch input: places the record when the id is unreadable." }),
    error: z
      .object({
        code: z.enum(ERROR_CODES).meta({ description: "What went wrong, for scripts to branch on." }),
        message: z.string().meta({ description: "What went wrong, for people." }),
      })
      .meta({ description: "Why the record gave no extraction." }),
  })
  .meta({ id: "BatchError", description: "The output line of an input line that gave no extraction." });

export const BatchOutput = z
  .union([
    Extraction.extend({
      id: z.union([z.string(), z.number()]).meta({ description: "The input record's id." }),
      text: z.string().optional().meta({ description: "The clean text every span indexes; left out under --no-text." }),
    }),
    BatchError,
  ])
  .meta({ id: "BatchOutput", description: "One output line of poimija extract --ndjson: an extraction or an error record." });

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
