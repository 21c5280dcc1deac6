/**
 * Inputs whose size grows in one direction only: a longer line, more time
 * expressions in it, more mentions in a sentence, a longer token. Each is a
 * shape a crawler may deliver; every stage must stay linear on each.
 * The sentences are invented.
 */
const DAYS = 28;

/** The i-th of many distinct days (so that no two merge into one event). */
function day(i: number): string {
  return `${1 + (i % DAYS)}.${1 + (Math.floor(i / DAYS) % 12)}.${1900 + Math.floor(i / (DAYS * 12))}`;
}

export interface Shape {
  name: string;
  make: (n: number) => string;
  /** The n at which the 1× input takes milliseconds: big enough to show a quadratic path, small enough for a fast suite (a few hundred KB at most: past a megabyte the processor's caches, not the algorithm, slow a run down). */
  n: number;
  format?: "auto" | "text" | "markdown";
  /** A reference day: year-less dates become events only with one. */
  referenceDate?: string;
  /** A known quadratic path, not fixed yet: where it is. */
  quadratic?: string;
}

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join("\n");

export const SHAPES: Shape[] = [
  { name: "clock times and year-less dates in one line", make: (n) => "klo 1.1. ".repeat(n), n: 4000 },
  { name: "clock times and year-less dates in one line, with a reference day", make: (n) => "klo 1.1. ".repeat(n), n: 1000, referenceDate: "2022-01-18" },
  { name: "day ranges glued into one long token", make: (n) => "2.2.–".repeat(n), n: 4000 },
  // a line with an address mark is searched for addresses: a long run of letters and digits must be tried once, not from each letter after a digit
  { name: "letters and digits alternating in one run, on a line with an address", make: (n) => `Lisätietoja: aino.salo@seura.fi ${"t0".repeat(n)}`, n: 4000 },
  { name: "titles, names and bodies in one line without line breaks", make: (n) => "puheenjohtaja Matti Virtanen, Kelan johtaja Anna Mäki ja Helsingin kaupungin hallitus. ".repeat(n), n: 200 },
  { name: "many lines with roles and organizations", make: (n) => "Kelan johtaja Anna Mäki kertoi.\n".repeat(n), n: 1000 },
  { name: "agenda items (§) with decisions in one line", make: (n) => "§ 12 Lautakunta hyväksyi esityksen; ".repeat(n), n: 1000 },
  { name: "distinct dated clock times in one line", make: (n) => Array.from({ length: n }, (_, i) => `${day(i)} klo ${i % 24}.${10 + (i % 50)}`).join(" ja "), n: 400 },
  { name: "years and year-less dates alternating", make: (n) => "Vuonna 2021 kokous 1.2. ja ".repeat(n), n: 400 },
  // each event of the line asks for its organizer: the verb at the line's end must not be searched for again
  { name: "dated happenings in one line, their organizer at its end", make: (n) => Array.from({ length: n }, (_, i) => `Seminaari ${day(i)}.`).join(" ") + " Järjestäjänä Helsingin kaupungin hallitus.", n: 1000 },
  // a day's happenings are compared with each other when they merge: distinct clock times on one day must not be compared pair by pair
  { name: "distinct clock times on one day, one a line", make: (n) => lines(n, (i) => `Kokous 2.2.2022 klo ${1 + (Math.floor(i / 60) % 23)}.${String(i % 60).padStart(2, "0")}.`), n: 300 },
  { name: "programmes on many days", make: (n) => lines(n, (i) => `Ohjelma ${day(i)}\n10.00 Avaus\n11.00 Esittely`), n: 300 },
  { name: "dated meetings on distinct days, one a line", make: (n) => lines(n, (i) => `Kokous ${day(i)}.`), n: 500 },
  { name: "unclosed brackets, format detected", make: (n) => "Katso [".repeat(n), n: 20_000, format: "auto" },
  { name: "one long lower-case token", make: (n) => "a".repeat(n), n: 100_000 },
  { name: "one long capitalised token", make: (n) => "Aaaa".repeat(n), n: 25_000 },
  { name: "one long token of digits and dots", make: (n) => "1.".repeat(n), n: 50_000 },
  // a colon or plural title gives its role to every later name of its sentence: a later title of the same text must not read them all again
  { name: "colon titles, each before names, in one sentence", make: (n) => "Jäsenet: Matti Virtanen ja Anna Mäki, ".repeat(n), n: 1000 },
  // each role-case title looks for the next one after the names it gives its role to
  { name: "translative titles before one name, in one sentence", make: (n) => "Puheenjohtajaksi, ".repeat(n) + "valittiin Matti Virtanen.", n: 1000 },
  {
    name: "elections of names, in one sentence",
    make: (n) => "Jäseniksi valittiin Matti Virtanen ja Anna Mäki, ".repeat(n),
    n: 1200,
  },
  { name: "a flattened list of names written surname first", make: (n) => "Läsnä: " + "Virta Kalle Ranta-Aho Mikko ".repeat(n), n: 1000 },
  { name: "names listed in one sentence", make: (n) => "Matti Virtanen, Anna Mäki, ".repeat(n) + "valittiin jäseniksi.", n: 1000 },
  { name: "titles and names in parentheses", make: (n) => "(puheenjohtaja Matti Virtanen) ".repeat(n), n: 300 },
  { name: "names with e-mail addresses in one line", make: (n) => "Matti Virtanen matti.virtanen@example.fi, ".repeat(n), n: 300 },
  { name: "surname-only mentions after a full name", make: (n) => "Matti Virtanen kertoi. " + "Virtanen sanoi. ".repeat(n), n: 8000 },
  {
    name: "events organized by a body, one a line",
    make: (n) => lines(n, (i) => `Seminaarin ${day(i)} järjestää Helsingin kaupungin hallitus.`),
    n: 300,
  },
  { name: "a long proposal under one agenda item", make: (n) => "§ 1 Talousarvio\nEsitys: Lautakunta hyväksyy talousarvion.\n" + "Lautakunta esittää lisäksi muutoksia.\n".repeat(n), n: 1000 },
  { name: "decided points under one heading", make: (n) => "# Lautakunta päätti hyväksyä esityksen\n\n" + lines(n, () => "Lautakunta päätti hyväksyä esityksen.\n"), n: 300 },
];
