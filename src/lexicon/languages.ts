/**
 * Words that mark a passage's language: the most frequent function words of
 * Finnish, Swedish and English that are not also words of the other two
 * (`on` is Finnish and English, `en` Swedish and a Finnish negation, so
 * neither is listed). Bilingual pages put a Swedish or an English passage
 * beside the Finnish one; the Finnish rules must not read it.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.split(" "));

export const LANGUAGE_MARKERS = {
  fi: words("ja että ei tai sekä ovat oli olivat myös kanssa joka jonka jotka kun hän se sen mukaan tämä tässä klo kello jälkeen ollut voi vuonna kaikki"),
  sv: words("och att det som för med på av är till inte den har ett eller från också vid kan skall ska detta även efter under deras vi ni jag kommer"),
  en: words("the and of to is for with that are be this by from will at as was have has an which were their its been would or"),
} as const;
