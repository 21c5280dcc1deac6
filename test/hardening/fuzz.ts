/**
 * The fuzz cases and the properties every extraction must have, shared by
 * `npm run fuzz` (scripts/fuzz.ts, ≥ 100 000 cases) and the few thousand
 * cases of test/hardening/fuzz.test.ts.
 *
 * Cases: random Unicode; mixes of Finnish words, dates, `klo`, `§`, white
 * space of every kind and markup; corpus texts cut and mutated. Every case
 * runs in every input format.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { extract, Extraction, type ExtractOptions } from "../../src/index.js";

/** The input formats every case runs in: a new format (html) is one more word here. */
export const FUZZ_FORMATS = ["text", "markdown"] as const;
export type FuzzFormat = (typeof FUZZ_FORMATS)[number];

/** The fixed seed, or FUZZ_SEED from the environment. */
export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  return given === undefined || given === "" ? 20_221_118 : Number(given);
}

/** Every character Unicode gives White_Space=yes. */
export const WHITE_SPACE = [
  "\t", "\n", "\v", "\f", "\r", " ", "\u0085", "\u00a0", "\u1680",
  "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a",
  "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
];

// invented Finnish: words of meeting news, titles, names, bodies and outcome verbs
const WORDS = [
  "Kaupunginhallitus", "lautakunta", "hyväksyi", "päätti", "hylkäsi", "valittiin", "puheenjohtajaksi", "jäseneksi",
  "Matti", "Virtanen", "Anna", "Mäen", "Kelan", "johtaja", "sihteeri", "kokous", "kokoontuu", "seminaari", "webinaari",
  "ja", "sekä", "esitys", "Päätös:", "Esitys:", "Läsnä:", "tiistaina", "ma", "ke.", "kello", "klo", "alkaen", "mennessä",
  "äänin", "Oy", "STTK:n", "Keski-Suomen", "hyvinvointialueen", "aluevaltuusto", "Paikka:", "etänä", "Teams",
  "järjestää", "päivitetty", "ajalta", "varajäsenet:", "(kok.)", "vs.", "pj.", "matti.virtanen@example.fi", "040 123 4567",
];
const DATES = ["2.2.2022", "02.02.22", "16.3.", "20.–21.4.2021", "1.1.-30.8.2022", "3.10. 2016", "2022-01-18", "12. maaliskuuta", "toukokuun 5. päivänä", "huomenna", "ensi vuonna", "13.4.2021 klo 12–14", "klo 9.30", "10.00-10.20", "18:00", "9.45–11"];
const SECTIONS = ["§ 12", "12 §", "§12", "Asia 4", "§ 198"];
const MARKUP = ["# ", "## ", "> ", "- ", "* ", "1. ", "**", "_", "`", "```\n", "[linkki](https://example.fi/a?b=1)", "| a | b |\n|---|---|\n", "<p>", "</p>", "<b>", "</b>", "<br>", "<div class=\"x\">", "</div>", "&amp;", "&nbsp;", "<!-- x -->", "\\"];
const PUNCTUATION = [".", ",", ":", ";", "!", "?", "(", ")", "–", "-", "/", "\"", "”", "…", "|", "@"];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...DATES), weight: 3 },
  { arbitrary: fc.constantFrom(...SECTIONS), weight: 1 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...WHITE_SPACE), weight: 4 },
  { arbitrary: fc.constantFrom(" ", " ", " ", "\n", "\n\n"), weight: 8 },
);

/** Mixes of Finnish words, dates, klo, §, markup and white space. */
export const mixedText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));

/** Any UTF-16 units, lone surrogates included. */
export const randomUnicode = fc.string({ unit: "binary", maxLength: 200 });

function corpusTexts(): string[] {
  const dir = join(import.meta.dirname, "../../fixtures/corpus");
  return readdirSync(dir)
    .sort()
    .map((name) => (JSON.parse(readFileSync(join(dir, name), "utf8")) as { text: string }).text);
}

type Mutation = { at: number; kind: "insert"; text: string } | { at: number; kind: "delete" | "duplicate"; length: number } | { at: number; kind: "space"; space: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant("insert" as const), text: fc.oneof(piece, fc.string({ unit: "binary", maxLength: 4 })) }),
  fc.record({ at: fc.nat(), kind: fc.constantFrom("delete" as const, "duplicate" as const), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ at: fc.nat(), kind: fc.constant("space" as const), space: fc.constantFrom(...WHITE_SPACE) }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case "insert":
      return text.slice(0, at) + m.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "duplicate":
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case "space": {
      // a white-space character in place of the next white space (or inserted)
      const next = text.slice(at).search(/\s/);
      return next < 0 ? text.slice(0, at) + m.space + text.slice(at) : text.slice(0, at + next) + m.space + text.slice(at + next + 1);
    }
  }
}

/** A window of a corpus text (at most `window` characters, so that cases stay cheap) with a few mutations. */
export function mutatedCorpus(window = 800): fc.Arbitrary<string> {
  const texts = corpusTexts();
  return fc
    .record({ doc: fc.nat({ max: texts.length - 1 }), from: fc.nat(), mutations: fc.array(mutation, { maxLength: 6 }) })
    .map(({ doc, from, mutations }) => {
      const text = texts[doc];
      const start = text.length > window ? from % (text.length - window) : 0;
      return mutations.reduce(mutate, text.slice(start, start + window));
    });
}

/** Valid options: a format, sometimes a reference day, sometimes a time zone. */
export const options = fc.record(
  {
    format: fc.constantFrom(...FUZZ_FORMATS),
    referenceDate: fc.oneof(fc.constant(null), fc.date({ min: new Date(1990, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    timeZone: fc.constantFrom("Europe/Helsinki", "UTC", "America/New_York"),
  },
  { requiredKeys: ["format"] },
);

/** A reason the extraction of `text` breaks a property, or null. Throws what extract throws. */
export function propertyBroken(text: string, opts: ExtractOptions): string | null {
  const result = extract(text, opts);
  const valid = Extraction.safeParse(result);
  if (!valid.success) return `schema: ${valid.error.message.slice(0, 300)}`;
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const t of result.times) if (text.slice(t.span.start, t.span.end) !== t.text) return `time span ${JSON.stringify(t.span)} is not ${JSON.stringify(t.text)}`;
  for (const d of result.decisions) if (text.slice(d.span.start, d.span.end) !== d.text) return `decision span ${JSON.stringify(d.span)} is not ${JSON.stringify(d.text)}`;
  for (const e of result.events) if (!inside(e.span)) return `event span ${JSON.stringify(e.span)} outside the text`;
  for (const b of result.bodies) for (const s of b.mentions) if (!inside(s)) return `body ${b.name} mention ${JSON.stringify(s)} outside the text`;
  for (const p of result.people) {
    for (const s of p.mentions) if (!inside(s)) return `person ${p.name} mention ${JSON.stringify(s)} outside the text`;
    for (const r of p.roles) if (!inside(r.span)) return `role ${r.title} span ${JSON.stringify(r.span)} outside the text`;
  }
  if (result.text !== text) return "the extraction's text is not the input";
  const again = extract(text, opts);
  if (JSON.stringify(again) !== JSON.stringify(result)) return "a second extraction of the same input differs";
  return null;
}

/** The cases by kind, in the proportions of a run. */
export const CASES = [
  { name: "random Unicode", text: randomUnicode, share: 0.3 },
  { name: "Finnish words, dates, klo, § and markup", text: mixedText, share: 0.4 },
  { name: "mutated corpus texts", text: mutatedCorpus(), share: 0.3 },
] as const;
