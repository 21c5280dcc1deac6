/**
 * Words that tell a capitalised pair is no person's name, though its first
 * word is a first name: the articles of foreign titles (`Der Spiegel`, `Les
 * Echos`), and the English nouns that end the names of companies,
 * publications and products (`Sony Store`, `Reader Store`, `Check Point`).
 */

/**
 * Foreign words that begin a longer proper name, never a person's: the
 * English article, the articles and saints of place names (`San
 * Franciscon`, `Las Vegasissa`, `New Yorkin`) and the articles of German,
 * French and Dutch titles (`Der Spiegel`, `Les Echos`), which DVV lists as
 * rare first names; and the English nouns that open a project's or an
 * operation's name (`Project Zero`).
 */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(["The", "San", "Santa", "Los", "Las", "New", "Der", "Die", "Das", "Les", "Het", "Project", "Operation"]);

/** English nouns that end the names of organizations, publications and products (designators such as Group, Labs, Times, Store), in lower case; seldom anyone's surname. */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "times", "post", "journal", "reporter", "news", "daily", "herald", "tribune", "magazine", "weekly", "review", "press", "media",
  "group", "systems", "networks", "network", "motors", "airlines", "airways", "research", "analytics", "capital", "partners",
  "ventures", "studios", "studio", "games", "entertainment", "technologies", "technology", "software", "security", "labs", "lab",
  "mail", "cloud", "store", "stores", "shop", "pro", "point", "watch", "phone", "pay", "play", "drive", "maps", "music",
  "services", "service", "bank", "institute", "university", "college", "foundation", "project", "electronics", "communications",
  "telecom", "mobile", "online", "digital", "international", "corporation", "company", "industries", "holdings", "solutions",
  "devices", "instruments", "pictures", "records", "broadcasting", "band", "office", "center", "centre", "agency", "street",
  "square", "valley", "radio", "browser", "engine", "reader",
  // groups, forces and bodies (Lizard Squad, Central Command, Syrian Electronic Army), and the railway and device nouns of brands
  "squad", "command", "army", "force", "forces", "team", "council", "league", "union", "society", "alliance", "coalition", "fund",
  "trust", "federation", "association", "committee", "authority", "commission", "bureau", "department", "ministry", "academy",
  "initiative", "rail", "railway", "railways", "router", "monitor", "prize", "awards",
  // newspapers' and companies' designators (Boston Globe, Johnson Controls)
  "globe", "gazette", "chronicle", "telegraph", "examiner", "inquirer", "observer", "courier", "dispatch", "bulletin",
  "controls", "dynamics", "robotics", "aerospace", "pharma", "pharmaceuticals", "therapeutics", "biotech", "energy", "logistics",
  "insurance", "securities", "investments", "express",
]);

/** Postpositions that take a genitive before them (`Virtasen mukaan`, `Ciolanin kanssa`): a name right before one is a genitive. */
export const GENITIVE_POSTPOSITIONS: ReadonlySet<string> = new Set([
  "mukaan", "mielestä", "kanssa", "kautta", "jälkeen", "aikana", "vuoksi", "takia", "puolesta", "johdolla", "luona", "luokse",
  "ansiosta", "toimesta", "tilalle", "tilalla", "sijaan", "sijasta", "seurassa",
]);

/** Heads of Finnish organizations named after a person in the genitive (`Sigrid Juséliuksen säätiö`, `Alfred Kordelinin rahasto`): the name is the organization's, not a mention of the person. */
export const NAMESAKE_HEADS: ReadonlySet<string> = new Set(["säätiö", "rahasto", "instituutti"]);

/**
 * Places and institutions named after the place they stand in (`Mäntylän
 * koulu`, `Kalliolan kirjasto`, `Rantakylän uimahalli`), by the last part of
 * the noun: a surname's genitive before one names the place, not a person.
 */
export const PLACE_NAMED_HEADS: readonly string[] = [
  "koulu", "lukio", "päiväkoti", "kirjasto", "kylä", "sairaala", "asema", "neuvola", "kirkko", "kappeli", "hautausmaa",
  "halli", "kenttä", "puisto", "ranta", "satama", "silta", "tie", "katu", "kaupunginosa", "kartano",
];
