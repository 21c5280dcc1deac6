/**
 * The cheap tests that let most lines skip a rule (an address mark, a list
 * heading's first letters, the meeting word, the gaps between a name and its
 * titles) must not skip a line the rule reads.
 */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const people = (text: string) => extractPeople(text).map((p) => [p.name, p.roles.map((r) => `${r.title}@${r.organization}`), p.email, p.phone]);

describe("contacts found by the document's address marks", () => {
  it("reads (at), [at] and a plain @, and an address on a line of its own by its local part", () => {
    expect(people("Lisätietoja antaa kehittämispäällikkö Aino Salo, aino.salo(at)seura.fi, puh. 040 123 4567.")).toEqual([
      ["Aino Salo", ["kehittämispäällikkö@null"], "aino.salo@seura.fi", "040 123 4567"],
    ]);
    expect(people("Yhteyshenkilö Aino Salo\nsähköposti: aino.salo [at] seura.fi")).toEqual([["Aino Salo", ["yhteyshenkilö@null"], "aino.salo@seura.fi", null]]);
    expect(people("Tilaisuuden juontaa Aino Salo.\n\nKysymykset: asalo@seura.fi")).toEqual([["Aino Salo", [], "asalo@seura.fi", null]]);
  });
});

describe("list headings told by their first letters or a closing colon", () => {
  it("reads a heading in capitals, one with white space before it, and one whose colon has spaces after it", () => {
    const deputies = [
      ["Aino Salo", ["varajäsen@null"], null, null],
      ["Pekka Virtanen", ["varajäsen@null"], null, null],
    ];
    expect(people("VARAJÄSENET:\nAino Salo\nPekka Virtanen")).toEqual(deputies);
    expect(people("\u00a0Varajäsenet: Aino Salo ja Pekka Virtanen")).toEqual(deputies);
    expect(people("Hallitukseen valitut jäsenet:   \nAino Salo\nPekka Virtanen")).toEqual([
      ["Aino Salo", ["jäsen@hallitus"], null, null],
      ["Pekka Virtanen", ["jäsen@hallitus"], null, null],
    ]);
  });
});

describe("the meeting's body found where the text says kokous", () => {
  it("finds it in capitals and in a case", () => {
    expect(people("Seuran hallituksen KOKOUS pidettiin tiistaina. Sihteerinä toimi Aino Salo.")).toEqual([["Aino Salo", ["sihteeri@Seuran hallitus"], null, null]]);
    expect(people("Kunnanhallituksen kokouksessa sihteerinä toimi Aino Salo.")).toEqual([["Aino Salo", ["sihteeri@kunnanhallitus"], null, null]]);
  });
});

describe("gaps between a name, its titles and its organization", () => {
  it("takes a no-break space as white space", () => {
    expect(people("Puheenjohtaja,\u00a0valtuutettu Aino Salo avasi kokouksen.")).toEqual([["Aino Salo", ["puheenjohtaja@null", "valtuutettu@null"], null, null]]);
    expect(people("Aino Salo,\u00a0toiminnanjohtaja,\u00a0Kela kertoi.")).toEqual([["Aino Salo", ["toiminnanjohtaja@Kela"], null, null]]);
  });
});
