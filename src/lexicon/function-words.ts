/**
 * Frequent Finnish function words: conjunctions, pronouns, auxiliaries and
 * adverbs that are never part of a name, a title or a body. Checked before
 * any morphological analysis of a neighbouring word.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "ja tai sekä eli on ovat oli olivat ollut ei eikä että kun jos kuin mutta vaan koska jotta kunnes vaikka " +
    "myös vain jo vielä nyt sitten siis kuitenkin lisäksi noin mm. esim. yhä aina usein " +
    "se sen sitä siitä siihen siinä sillä sille ne niiden niitä niistä niihin niissä " +
    "tämä tämän tätä tästä tähän tässä tällä nämä näiden näitä " +
    "hän hänen häntä he heidän heitä me meidän te teidän minä sinä " +
    "joka jonka jota josta johon jossa jolla jolle jotka joiden joita mikä minkä mitä mistä " +
    "kaikki kaikkien muut muiden eri oma oman omat koko jokainen kukin " +
    "uusi uuden uudet uusien tuleva tulevan entinen entisen " +
    "mukaan kanssa kautta jälkeen aikana ennen asti saakka alkaen lähtien vuoksi takia välillä"
  ).split(" "),
);
