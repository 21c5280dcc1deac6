/** Procedural roles of minutes and their deputies (ANNOTATION.md: procedural roles are the meeting body's). */
import { describe, expect, it } from "vitest";
import { roles } from "./helpers.js";

describe("deputies of a post", () => {
  it("gives the deputy's title to names after `varalle` in the same sentence", () => {
    const got = roles("Lautakunta päätti valita Aune Kiiskisen ja Olli Kemppaisen pöytäkirjantarkastajiksi sekä varalle Sirkku Mäen ja Veikko Alasen.");
    expect(got["Olli Kemppainen"].map((r) => r[0])).toEqual(["pöytäkirjantarkastaja"]);
    expect(got["Sirkku Mäki"].map((r) => r[0])).toEqual(["varapöytäkirjantarkastaja"]);
    expect(got["Veikko Alanen"].map((r) => r[0])).toEqual(["varapöytäkirjantarkastaja"]);
  });

  it("reads `varalla` after the names of a translative title", () => {
    const got = roles("Toiminnantarkastajaksi valittiin Kerttu Hannula, varalla Jaakko Rinta.");
    expect(got["Kerttu Hannula"].map((r) => r[0])).toEqual(["toiminnantarkastaja"]);
    expect(got["Jaakko Rinta"].map((r) => r[0])).toEqual(["varatoiminnantarkastaja"]);
  });

  it("reads a sentence that opens with `Varalle` as naming the last post's deputies, of the meeting's body", () => {
    const text = "Tekninen lautakunta kokoontui.\n\nPöytäkirjantarkastajiksi valittiin Leena Rautio ja Matti Koskela. Varalle valittiin Jari Niskanen.";
    const got = roles(text);
    expect(got["Matti Koskela"]).toEqual([["pöytäkirjantarkastaja", "tekninen lautakunta"]]);
    expect(got["Jari Niskanen"]).toEqual([["varapöytäkirjantarkastaja", "tekninen lautakunta"]]);
  });

  it("keeps deputies out of the members a clause elects", () => {
    const got = roles("Johtokuntaan valittiin Mauno Kettunen ja varalle Irja Pelkonen.");
    expect(got["Mauno Kettunen"]).toEqual([["jäsen", "johtokunta"]]);
    expect(got["Irja Pelkonen"].map((r) => r[0])).not.toContain("jäsen");
  });
});

describe("compound minutes roles", () => {
  it("reads pöytäkirjantarkistaja and ääntenlaskija in the translative, each of a list", () => {
    const got = roles("Yhdistyksen kokous valitsi pöytäkirjantarkistajiksi Niina Porkan ja Aapo Lehdon. Ääntenlaskijoiksi valittiin Tuire Vainio ja Sami Kärki.");
    expect(got["Aapo Lehto"].map((r) => r[0])).toEqual(["pöytäkirjantarkistaja"]);
    expect(got["Sami Kärki"].map((r) => r[0])).toEqual(["ääntenlaskija"]);
  });
});

describe("a capacity in the essive before a titled name", () => {
  it("gives the essive title too, with no verb in the clause", () => {
    const got = roles("Paikalla olivat puheenjohtaja Ossi Rämö ja jäsen Kerttu Lahti sekä pöytäkirjanpitäjänä toimistosihteeri Iiris Koponen.");
    expect(got["Iiris Koponen"].map((r) => r[0]).sort()).toEqual(["pöytäkirjanpitäjä", "toimistosihteeri"]);
    expect(got["Kerttu Lahti"].map((r) => r[0])).toEqual(["jäsen"]);
  });
});

describe("a successor", () => {
  it("takes the posts of the one named before the word of succession", () => {
    expect(roles("Kanttori Eila Rasi jää eläkkeelle. Hänen seuraajakseen valittiin Oona Kemppi.")["Oona Kemppi"]).toEqual([["kanttori", null]]);
    expect(roles("Rehtori Usko Vainio siirtyy uusiin tehtäviin. Vainion seuraajaksi nimitettiin Lotta Aalto.")["Lotta Aalto"]).toEqual([["rehtori", null]]);
    // no word of succession, no post
    expect(roles("Rehtori Usko Vainio siirtyy uusiin tehtäviin. Juhlassa puhui Lotta Aalto.")["Lotta Aalto"]).toEqual([]);
  });
});
