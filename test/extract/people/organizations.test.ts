/** The organization of a role the text names no organization for beside it (PHENOMENA 16). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const roles = (text: string) => Object.fromEntries(extractPeople(text).map((p) => [p.name, p.roles.map((r) => [r.title, r.organization])]));

describe("a deputy named after the chair", () => {
  it("belongs to the chair's body, in the next sentence or on the same line", () => {
    const text =
      "Kunnanvaltuusto kokoontui tiistaina. Valtuuston puheenjohtaja Leena Aaltonen avasi kokouksen.\n" +
      "Teknisen lautakunnan puheenjohtajaksi valittiin Eero Kallio. Varapuheenjohtajaksi valittiin Mari Koskela.\n" +
      "- Sivistyslautakunnan puheenjohtaja Pia Nurmi, varapuheenjohtaja Olli Rasku";
    const r = roles(text);
    expect(r["Eero Kallio"]).toEqual([["puheenjohtaja", "tekninen lautakunta"]]);
    expect(r["Mari Koskela"]).toEqual([["varapuheenjohtaja", "tekninen lautakunta"]]);
    expect(r["Olli Rasku"]).toEqual([["varapuheenjohtaja", "sivistyslautakunta"]]);
  });
});

describe("an office of the association whose board meets", () => {
  it("belongs to the association", () => {
    const text =
      "Kotiseutuyhdistyksen hallituksen kokous 12.3.2024\n\n" +
      "Läsnä: Aino Kettunen, puheenjohtaja; Veli Harju, jäsen\n\n" +
      "Muut läsnä olleet: Sanna Orava, toiminnanjohtaja\n\n" +
      "Hallitus hyväksyi kotiseutuyhdistyksen toimintakertomuksen. Kotiseutuyhdistys juhlii syksyllä.";
    const r = roles(text);
    expect(r["Sanna Orava"]?.[0]?.[0]).toBe("toiminnanjohtaja");
    expect(String(r["Sanna Orava"]?.[0]?.[1])).toMatch(/^kotiseutuyhdistys$/i);
  });

  it("gives no elected post or a title that names its own kind of body the association", () => {
    const text = "Kyläyhdistyksen hallituksen kokous\n\nKunnanjohtaja Timo Lehto esitteli kaavan. Kyläyhdistys kiitti.";
    expect(roles(text)["Timo Lehto"]).toEqual([["kunnanjohtaja", null]]);
  });
});

describe("a body's name in the genitive before a title at a sentence's start", () => {
  it("is the title's organization, not part of the title, when the bodies stage reads a body there", () => {
    expect(roles("Kelan johtaja Outi Rantanen kommentoi etuuksia.")["Outi Rantanen"]).toEqual([["johtaja", "Kela"]]);
    expect(roles("Asiasta kertoi Tehyn puheenjohtaja Outi Rantanen.")["Outi Rantanen"]).toEqual([["puheenjohtaja", "Tehy"]]);
  });
});
