/**
 * Finnish words that tell what kind of happening a dated clause names, where
 * it is, and whether it is online. Language data, not document strings.
 */
import type { Doc, Line } from "../pipeline/document.js";
import type { EventKind } from "../schema/index.js";
import { fiRegExp, wordStart, type WordStartPattern } from "../lexicon/regex.js";

/** Word stems by event kind, checked in this order against the line and title. */
const KIND_WORDS: Array<[EventKind, RegExp | WordStartPattern]> = [
  ["deadline", wordStart(String.raw`\b(?:viimeistään|mennessä|määräai\w*|takaraja\w*|ilmoittau\w*|haku\s+päättyy|hakuaika)`)],
  ["webinar", fiRegExp(String.raw`webinaar\w*|verkkoseminaar\w*|webinar`)],
  ["seminar", fiRegExp(String.raw`seminaar\w*|luentotilaisuu\w*|symposium\w*|konferens\w*|foorumi\w*|väliseminaar\w*`)],
  ["training", fiRegExp(String.raw`koulutu\w*|kurssi\w*|työpaja\w*|valmennu\w*|perehdytys\w*|alkeiskurssi\w*`)],
  ["hearing", fiRegExp(String.raw`yleisötilaisuu\w*|kuulemi\w*|asukastilaisuu\w*|asukasilta\w*|kuntalaisilta\w*`)],
  ["tour", fiRegExp(String.raw`kiertue\w*|kiertää|vierailu\w*|tutustumiskäyn\w*`)],
  ["meeting", fiRegExp(String.raw`kokou\w*|kokoontu\w*|istun\w*|iltakoulu\w*|vuosikokou\w*|syyskokou\w*|kevätkokou\w*|päätöksiä|päätöstiedot\w*`)],
  ["milestone", fiRegExp(String.raw`aloitta\w*|aloittaessa|päättyy|päättyi|alkaen|asti|siirty\w*|vastaa\s+\d|käynnisty\w*|voimaan`)],
  // a dated line that names a collegial body is its meeting: "Tekninen lautakunta 12.03.2024 § 21"
  ["meeting", fiRegExp(String.raw`(?:valtuusto|hallitus|lautakunta|valiokunta|jaosto|toimikunta|neuvottelukunta|ohjausryhmä|seurantaryhmä|työryhmä|johtoryhmä|edustajisto)\b|§\s*\d`)],
];

/**
 * The kind of happening a sentence names. A milestone is a day (`alkaen`
 * after a clock time only says when something starts that day).
 */
export function classifyEvent(sentence: string, title: string, timed: boolean): EventKind {
  const text = `${title} ${sentence}`;
  for (const [kind, re] of KIND_WORDS) if (re.test(text) && !(kind === "milestone" && timed)) return kind;
  return "other";
}

const ONLINE = wordStart(String.raw`\b(?:etänä|etäyhtey\w*|etäosallistu\w*|teams\w*|zoom\w*|verkossa|verkkotapahtu\w*|webinaar\w*|striimi\w*|suoratoisto\w*|etäkokou\w*)`);

export function isOnline(text: string): boolean {
  return ONLINE.test(text);
}

/** Labels before a place (`Paikka: …`) and the endings of a venue named in the inessive (`Huhtamäki-salissa`). */
const PLACE_LABELS = ["paikka", "paikkana", "tapahtumapaikka", "osoite"];
const VENUE_ENDINGS = ["sali", "salissa", "talolla", "talossa", "keskuksessa", "kartanossa", "hotellissa", "kirjastossa", "koululla"];
const PLACE = new RegExp(`\\b(?:${PLACE_LABELS.join("|")})\\s*(?::\\s*)?([^\\n.,;]{3,60})`, "i");
const INESSIVE_VENUE = new RegExp(`\\b([A-ZÅÄÖ][\\p{L}-]*(?:[- ][\\p{L}-]+)?-?(?:${VENUE_ENDINGS.join("|")}))\\b`, "u");

/** The words either place pattern needs: a line without one is not matched against the patterns, which retry at every capital. */
const PLACE_WORDS = new RegExp([...PLACE_LABELS, ...VENUE_ENDINGS].join("|"), "i");

/** A place the line or the next one names: `Paikka Hyvinkäänsali`, `Huhtamäki-salissa`. */
export function eventLocation(doc: Doc, line: Line): string | null {
  for (const l of [line, doc.lines[line.index + 1]]) {
    if (!l || !PLACE_WORDS.test(l.text)) continue;
    const m = PLACE.exec(l.text) ?? INESSIVE_VENUE.exec(l.text);
    if (m) return m[1].trim();
  }
  return null;
}
