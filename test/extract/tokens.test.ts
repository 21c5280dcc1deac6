import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokens.js";

const words = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it("keeps hyphen compounds, colon endings and hyphen-ellipses whole", () => {
    expect(words("Keski-Suomen STTK:n sosiaali- ja terveysministeriö")).toEqual(["Keski-Suomen", "STTK:n", "sosiaali-", "ja", "terveysministeriö"]);
    expect(words("Terveet tilat 2028 -hankeryhmä, klo 12:30")).toEqual(["Terveet", "tilat", "2028", "-hankeryhmä", "klo", "12", "30"]);
  });

  it("splits words glued by a missing space after four lower-case letters", () => {
    expect(words("MensalaToimialajohtaja POPsote Sote-jaosto")).toEqual(["Mensala", "Toimialajohtaja", "POPsote", "Sote-jaosto"]);
  });

  it("marks case, names and what only white space separates", () => {
    const [a, b, c, d, e] = tokenize("Östen ÅSA, ämpäri Łukasz");
    expect([a.upper, a.capital, a.joined]).toEqual([true, true, false]);
    expect([b.upper, b.capital, b.joined]).toEqual([true, false, true]);
    expect([c.upper, c.capital, c.joined]).toEqual([false, false, false]);
    expect([d.text, d.upper, d.capital]).toEqual(["Łukasz", true, true]);
    expect(e).toBeUndefined();
  });

  it("gives offsets that slice to the token and a lower-case form", () => {
    const text = "Aluehallitus päätti.\nHÄMEEN liitto";
    for (const t of tokenize(text)) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
    }
  });
});
