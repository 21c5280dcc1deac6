/**
 * The vocabulary of page chrome: the parts of a web page around its text
 * (menus, cookie banners, share buttons, comment forms, teaser lists,
 * footers). Markup words are the class/id tokens and ARIA roles site
 * templates use; the Finnish (and the odd Swedish or English) words are the
 * labels of web UI, not words of any one site. The HTML parser reads the
 * markup lists, the text-level chrome filter the word lists.
 */

/** Elements that never hold readable text. */
export const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "canvas",
  "object", "embed", "video", "audio", "picture", "img", "button", "select", "option", "textarea", "input",
]);

/** Landmark elements that are chrome wherever they stand. */
export const CHROME_ELEMENTS: ReadonlySet<string> = new Set(["nav", "aside", "form", "dialog", "menu"]);

/** Elements that are chrome when they belong to the page rather than to an article (HTML's banner/contentinfo rule). */
export const PAGE_LANDMARK_ELEMENTS: ReadonlySet<string> = new Set(["header", "footer"]);

/** ARIA roles of chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "form",
]);

/**
 * Tokens of class and id values (split at spaces, `-` and `_`) that name chrome
 * in site templates: `cookie-banner`, `share_buttons`, `site-footer`, `related-posts`.
 * Not `widget` (page builders put every text block in one) nor `hidden`
 * (`hidden-xs` hides content on phones only).
 */
export const CHROME_CLASS_TOKENS: ReadonlySet<string> = new Set([
  "cookie", "cookies", "consent", "gdpr", "cc", "share", "sharing", "social", "some", "breadcrumb", "breadcrumbs",
  "crumbs", "menu", "nav", "navbar", "navigation", "footer", "sidebar", "related", "teaser", "teasers",
  "latest", "recent", "comment", "comments", "respond", "skip", "skiplink", "newsletter", "banner", "search",
  "searchform", "pagination", "pager", "tags", "tagcloud", "ad", "ads", "advert", "advertisement", "promo",
  "masthead", "toolbar", "offcanvas", "modal", "popup", "print", "feedback", "sr", "visually",
]);

/** Tags that count as block boundaries: the text on either side of one is not the same line. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "html", "body", "main", "article", "section", "div", "header", "footer", "nav", "aside", "form", "p", "h1", "h2",
  "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
  "caption", "blockquote", "pre", "figure", "figcaption", "address", "hr", "details", "summary", "fieldset",
  "legend", "center", "dialog", "menu",
]);

/**
 * Whole-line labels of web UI: skip links, share and print buttons, menu
 * toggles, comment form buttons, pagination and "read more" links.
 * Compared in lower case, without trailing arrows, colons and counts.
 */
export const UI_LINES: ReadonlySet<string> = new Set([
  // skip links
  "siirry sisältöön", "siirry pääsisältöön", "hyppää sisältöön", "hyppää pääsisältöön", "ohita valikko",
  "skip to content", "skip to main content", "hoppa till innehållet", "gå till innehållet",
  // share and print
  "jaa", "jaa sivu", "jaa artikkeli", "jaa uutinen", "jaa tämä", "jaa somessa", "jaa facebookissa", "jaa twitterissä",
  "jaa linkedinissä", "jaa whatsappissa", "jaa sähköpostilla", "tulosta", "tulosta sivu", "kopioi linkki", "share",
  "facebook", "twitter", "x", "linkedin", "whatsapp", "messenger", "instagram", "youtube", "pinterest", "telegram",
  "sähköposti", "email", "e-mail",
  // menus and search
  "valikko", "päävalikko", "avaa valikko", "sulje valikko", "sulje", "menu", "haku", "hae", "hae sivustolta", "etsi",
  "suomeksi", "på svenska", "in english", "kieli", "språk",
  // comment forms
  "vastaa", "kommentoi", "kommentit", "jätä kommentti", "lisää kommentti", "lähetä kommentti", "peruuta vastaus",
  "kirjoita kommentti", "nimi", "kotisivu", "verkkosivusto", "lähetä",
  // read-more and list navigation
  "lue lisää", "lue koko juttu", "lue koko artikkeli", "lue artikkeli", "lue uutinen", "näytä lisää", "näytä kaikki",
  "katso kaikki", "kaikki uutiset", "kaikki tiedotteet", "kaikki artikkelit", "takaisin", "palaa", "palaa takaisin",
  "edellinen", "seuraava", "edellinen artikkeli", "seuraava artikkeli", "read more", "läs mer",
  // cookie banner buttons
  "hyväksy", "hyväksy kaikki", "hyväksy evästeet", "hylkää", "vain välttämättömät", "evästeasetukset", "asetukset",
  // follow, subscribe, feedback and page tools
  "seuraa meitä", "seuraa meitä somessa", "tilaa uutiskirje", "tilaa uutiskirjeemme", "anna palautetta", "palaute",
  "sivun alkuun", "takaisin ylös", "kirjaudu", "kirjaudu sisään", "rekisteröidy", "tykkää", "kuuntele", "lue ääneen",
]);

/** The link label that closes a teaser: `Lue lisää »`, `LUE LISÄÄ`, `Read more`. */
export const READ_MORE_LINES: ReadonlySet<string> = new Set(["lue lisää", "lue koko juttu", "lue koko artikkeli", "lue artikkeli", "lue uutinen", "read more", "läs mer"]);

/** A line that begins with one of these is a share/print prompt (`Share on facebook`, `Jaa Facebookissa`). */
export const UI_LINE_PREFIXES: readonly string[] = ["share on ", "jaa ", "tulosta ", "vastaa käyttäjälle", "läs mer om", "dela på ", "seuraa meitä ", "follow us "];

/** A line that begins with one of these lists the page's tags or states its copyright (`Avainsanat: …`, `© 2023 …`). */
export const META_LINE_PREFIXES: readonly string[] = ["avainsanat:", "asiasanat:", "tagit:", "tags:", "aiheet:", "kategoriat:", "©", "copyright ", "(c) "];

/**
 * Headings of teaser lists: `Uusimmat blogissa`, `Lue myös`, `Aiheeseen liittyvät`.
 * Compared as prefixes of the lower-cased line.
 */
export const TEASER_HEADING_PREFIXES: readonly string[] = [
  "uusimmat", "uusimpia", "viimeisimmät", "tuoreimmat", "ajankohtaista", "lue myös", "katso myös", "aiheeseen liittyv",
  "muut uutiset", "muita uutisia", "lisää uutisia", "suositellut", "luetuimmat", "kaikki blogin", "samasta aiheesta",
  "related", "latest", "senaste", "läs också",
];

/**
 * Sentences of comment forms and cookie banners, found inside a line.
 * Each is a stem, so inflected and longer wordings match too.
 */
export const FORM_NOTE_STEMS: readonly string[] = [
  "sähköpostiosoitettasi ei julkaista", "pakolliset kentät", "pakollinen kenttä", "tallenna nimeni", "kommentoi artikkelia",
  "kirjaudu sisään kommentoidaksesi", "your email address will not be published", "required fields are marked",
];

/**
 * Sentences of the joining instructions that Teams and Zoom paste into an
 * invitation (`Click here to join the meeting`, `Liity tietokoneella tai
 * mobiilisovelluksella`): text of the meeting tool, not of the announcement.
 */
export const MEETING_JOIN_STEMS: readonly string[] = [
  "click here to join the meeting", "join on your computer", "join zoom meeting", "join microsoft teams meeting",
  "napsauta tätä liittyäksesi", "napsauta tästä liittyäksesi", "liity tietokoneella", "liity microsoft teams -kokoukseen",
  "liity zoom-kokoukseen",
];

/** Stems of cookie and consent vocabulary; a line with one of them and a site word is a consent notice. */
export const COOKIE_STEMS: readonly string[] = ["eväste", "evästei", "cookie", "kakor"];

/** Words that turn a cookie word into a consent notice: the site uses, the reader accepts. */
export const CONSENT_STEMS: readonly string[] = [
  "käytä", "hyväksy", "sivusto", "sivuilla", "sivustolla", "verkkosivu", "suostumu", "asetuks", "tietosuoja",
  "we use", "accept", "this site", "vi använder",
];

/** Stems of opening-hours vocabulary. */
export const OPENING_HOURS_STEMS: readonly string[] = ["aukiolo", "avoinna", "palvelemme", "suljettu", "öppettider"];

/** Weekday abbreviations as opening hours write them (`ma–pe`, `la`). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ["ma", "ti", "ke", "to", "pe", "la", "su", "mån", "tis", "ons", "tors", "fre", "lör", "sön"];

/** First words of breadcrumb trails. */
export const BREADCRUMB_ROOTS: readonly string[] = ["etusivu", "koti", "home", "startsida", "framsida"];
