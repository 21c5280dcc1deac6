/**
 * Page chrome by its words and layout, for every format: a page scraped to
 * plain text keeps its share links, teaser lists and comment forms as lines,
 * and an HTML page's chrome can sit in markup that says nothing.
 *
 * A block goes when all of its lines are web UI labels (`Jaa`, `Tulosta`,
 * `Share on facebook`, `Siirry sisältöön`, `LUE LISÄÄ »`), when it is a
 * comment-form note, a consent notice, a meeting tool's joining instructions
 * (without a date of their own), opening hours or a breadcrumb trail,
 * or when it belongs to a teaser: an excerpt cut off before a read-more
 * link, ending in `[…]`, or ending in `…` under a date line, with the title,
 * date, category and list-heading lines just above it. The climb from an
 * excerpt stops at the first line that ends a sentence: content paragraphs do.
 */
import {
  BREADCRUMB_ROOTS,
  CONSENT_STEMS,
  COOKIE_STEMS,
  FORM_NOTE_STEMS,
  MEETING_JOIN_STEMS,
  META_LINE_PREFIXES,
  OPENING_HOURS_STEMS,
  READ_MORE_LINES,
  TEASER_HEADING_PREFIXES,
  UI_LINE_PREFIXES,
  UI_LINES,
  WEEKDAY_ABBREVIATIONS,
} from "../lexicon/chrome.js";
import { literalsSource } from "../lexicon/regex.js";
import { outcomeStemsIn } from "../lexicon/outcome-stems.js";
import { endsWithMark } from "./chars.js";
import type { BlockDraft } from "./model.js";

/** Longest line read as a UI label by its first words (`Share on …`, `Jaa …`). */
const UI_PREFIX_LINE_MAX = 40;
/** Longest line that can be a UI label, breadcrumb or opening-hours line; longer ones are not read for them. */
const UI_LINE_MAX = 200;
/** Longest block a note (cookie, comment form, opening hours) is: beyond it the words are quoted in content. */
const NOTE_MAX = 600;
const HOURS_NOTE_MAX = 160;
/** Longest line that can be a teaser's title, date or category above its excerpt. */
const TEASER_HEAD_MAX = 160;
/** How many blocks above an excerpt can belong to its teaser (list heading, category, date, title). */
const TEASER_HEAD_BLOCKS = 4;

const LEADING_MARKS = /^[\s«‹←<•·*–—-]+/;
const TRAILING_MARKS = /(?<![\s»›→>:.…!*])[\s»›→>:.…!*]+$/;
const COUNT = /(?<!\s)\s*\(\d+\)$/;
/** A line that is a date, or a date and a time, and nothing else (`15.6.2022 08:00`, `ti 8.3.2022 klo 8.30`). */
const DATE_LINE = /^(?:\p{L}{2,3}\s+)?\d{1,2}\.\d{1,2}\.(?:\d{4})?(?:\s+(?:klo\s+)?\d{1,2}[.:]\d{2})?$/u;
/** A date in the text: `6.10.`, `6.10.2022`. Opening-hours notes have none; event announcements have. */
const DATE_IN_TEXT = /\d{1,2}\.\d{1,2}\./;
const BREADCRUMB_SEPARATOR = /(?<!\s)\s+[›»>/|]\s+/;

/**
 * Any stem of a note (comment form, consent, meeting tool, opening hours): one
 * search of the block as it stands rules out most blocks before the block is
 * lower-cased and each list is read. Its spaces stand for any run of white
 * space, as the lists' spaces do (lowerOneSpace).
 */
const NOTE_STEM = new RegExp(literalsSource([...FORM_NOTE_STEMS, ...COOKIE_STEMS, ...MEETING_JOIN_STEMS, ...OPENING_HOURS_STEMS]).replaceAll(" ", "\\s+"), "i");

const weekday = `(?:${WEEKDAY_ABBREVIATIONS.join("|")})`;
/** `ma–pe 8–16`, `La klo 10.00–14.00`, `su suljettu`: an opening-hours line. */
const HOURS_LINE = new RegExp(`^${weekday}\\.?(?:\\s*[–-]\\s*${weekday}\\.?)?\\s+(?:klo\\s+)?(?:\\d{1,2}(?:[.:]\\d{2})?\\s*[–-]\\s*\\d{1,2}(?:[.:]\\d{2})?|suljettu|stängt)$`, "iu");

// The blocks are trimmed: each test of an ending reads the last characters only, not the block.
/** Whether a block ends a statement: `.`, `:` or `;`. A teaser's title may end in `?` or `!` (`Miten saamme …?`) and still be a title. */
const endsStatement = (t: string) => endsWithMark(t, ".:;");
const endsInEllipsis = (t: string) => t.endsWith("...") || t.endsWith("…");
const endsInBracketedEllipsis = (t: string) => t.endsWith("[...]") || t.endsWith("[…]");

/**
 * The blocks that are not page chrome, in their order: the same objects, so a
 * caller can blank or drop the others. `text` is the text the blocks index.
 */
export function dropChrome(text: string, blocks: BlockDraft[]): BlockDraft[] {
  const texts = blocks.map((b) => text.slice(b.start, b.end).trim());
  const chrome = texts.map(isChromeBlock);
  const readMore = texts.map(isReadMore);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const followedByReadMore = readMore[i + 1] === true;
    const cut = followedByReadMore ? !endsStatement(t) : endsInEllipsis(t);
    if (!cut && !endsInBracketedEllipsis(t)) continue;
    const head = teaserHead(texts, chrome, i);
    // a paragraph of content can trail off in `…`; an excerpt has a read-more link, `[…]` or a date above it
    if (!followedByReadMore && !endsInBracketedEllipsis(t) && !head.some((j) => DATE_LINE.test(texts[j]))) continue;
    for (const j of [...head, i]) chrome[j] = true;
    if (followedByReadMore) chrome[i + 1] = true;
  }
  return blocks.filter((_, i) => !chrome[i]);
}

/** The title, date, category and list-heading blocks above a teaser's excerpt. */
function teaserHead(texts: string[], chrome: boolean[], excerpt: number): number[] {
  const head: number[] = [];
  for (let j = excerpt - 1; j >= 0 && head.length < TEASER_HEAD_BLOCKS; j--) {
    const t = texts[j];
    if (chrome[j] || t.length > TEASER_HEAD_MAX || endsStatement(t)) break;
    head.push(j);
    if (isTeaserHeading(t)) break;
  }
  return head;
}

function isReadMore(t: string): boolean {
  return t.length <= UI_PREFIX_LINE_MAX && READ_MORE_LINES.has(uiKey(t));
}

function isTeaserHeading(t: string): boolean {
  const key = lowerOneSpace(t);
  return TEASER_HEADING_PREFIXES.some((p) => key.startsWith(p));
}

/** Lower case with every run of white space one space: the word lists are written with plain spaces, a page may use any. */
function lowerOneSpace(s: string): string {
  const lower = s.toLowerCase();
  return ODD_WHITE_SPACE.test(lower) ? lower.replace(WHITE_SPACE_RUN, " ") : lower;
}
const ODD_WHITE_SPACE = /[^\S ]|  /;
const WHITE_SPACE_RUN = /\s+/g;

/** A line in lower case without the arrows, bullets, colons and counts around UI labels. */
function uiKey(line: string): string {
  const lower = lowerOneSpace(line).replace(LEADING_MARKS, "");
  return (lower.endsWith(")") ? lower.replace(COUNT, "") : lower).replace(TRAILING_MARKS, "");
}

function isUiLine(line: string): boolean {
  const key = uiKey(line);
  if (!key) return true;
  if (UI_LINES.has(key)) return true;
  return key.length <= UI_PREFIX_LINE_MAX && UI_LINE_PREFIXES.some((p) => key.startsWith(p));
}

/** Longer than any UI label with marks around it: such a line is not read for one (most lines of a page are). */
const UI_KEY_LINE_MAX = Math.max(UI_PREFIX_LINE_MAX, ...[...UI_LINES].map((l) => l.length)) + 8;
const META_PREFIX_MAX = Math.max(...META_LINE_PREFIXES.map((p) => p.length));
const BREADCRUMB_MARK = /[›»>/|]/;

/** The first letters, lower case, of an opening-hours line (its weekday) and of a meta line: most lines open with another, and are not read for them. */
const HOURS_OPENINGS = new Set(WEEKDAY_ABBREVIATIONS.map((w) => w[0]));
const META_OPENINGS = new Set(META_LINE_PREFIXES.map((p) => p[0]));

function isUiOnlyLine(line: string): boolean {
  if (line.length > UI_LINE_MAX) return false;
  if (line.length <= UI_KEY_LINE_MAX && isUiLine(line)) return true;
  if (BREADCRUMB_MARK.test(line) && isBreadcrumb(line)) return true;
  const trimmed = line.trimStart();
  const opening = trimmed.charAt(0).toLowerCase();
  return (HOURS_OPENINGS.has(opening) && HOURS_LINE.test(trimmed.trimEnd())) || (META_OPENINGS.has(opening) && isMetaLine(trimmed));
}

/** Whether a line (without its leading white space) opens with a meta label: keywords, tags, a copyright. */
function isMetaLine(trimmed: string): boolean {
  const lower = lowerOneSpace(trimmed.slice(0, META_PREFIX_MAX));
  return META_LINE_PREFIXES.some((p) => lower.startsWith(p));
}

function isChromeBlock(t: string): boolean {
  if (!t) return true;
  if (everyLine(t, isUiOnlyLine)) return true;
  if (t.length > NOTE_MAX) return false;
  if (!NOTE_STEM.test(t)) return false;
  const lower = lowerOneSpace(t);
  if (FORM_NOTE_STEMS.some((s) => lower.includes(s))) return true;
  if (COOKIE_STEMS.some((s) => lower.includes(s)) && CONSENT_STEMS.some((s) => lower.includes(s))) return true;
  if (MEETING_JOIN_STEMS.some((s) => lower.includes(s)) && !DATE_IN_TEXT.test(t)) return true;
  // stems match inside words too: `poikkeusaukioloajat` is a compound; a note states hours, it reports no decision about them
  // (`Esitys terveysasemien aukioloaikojen lyhentämisestä hylättiin.`)
  return t.length <= HOURS_NOTE_MAX && !DATE_IN_TEXT.test(t) && OPENING_HOURS_STEMS.some((s) => lower.includes(s)) && !outcomeStemsIn(t).gate;
}

/** Whether every line of a block passes: read line by line, stopping at the first that fails (most blocks' first line does). */
function everyLine(t: string, test: (line: string) => boolean): boolean {
  for (let from = 0; ; ) {
    const nl = t.indexOf("\n", from);
    if (!test(nl < 0 ? t.slice(from) : t.slice(from, nl))) return false;
    if (nl < 0) return true;
    from = nl + 1;
  }
}

/** `Etusivu › Ajankohtaista › Uutiset`: short segments between path separators. */
function isBreadcrumb(line: string): boolean {
  const segments = line.trim().split(BREADCRUMB_SEPARATOR);
  if (segments.length < 3) return false;
  if (segments.some((s) => s.length > 60)) return false;
  return BREADCRUMB_ROOTS.includes(segments[0].toLowerCase()) || segments.length >= 4;
}
