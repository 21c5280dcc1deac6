/** Members named by a clause or under a heading get the title `jäsen` of that body (ANNOTATION.md, PHENOMENA 14, 16). */
import { describe, expect, it } from "vitest";
import { roles } from "./helpers.js";

describe("members of a body named by a clause", () => {
  it("gives an honorary post conferred by invitation (`kutsui X kunniapuheenjohtajaksi`)", () => {
    const got = roles("Kerhon puheenjohtajana toimi Eino Vesa. Kevätkokous kutsui Vesan kerhon kunniapuheenjohtajaksi.");
    expect(got["Eino Vesa"]?.map(([title]) => title)).toContain("kunniapuheenjohtaja");
  });

  it("makes those who stay on in a body (the inessive with jatkaa) its members", () => {
    const got = roles("Johtokuntaan valittiin Oona Hirvi. Johtokunnassa jatkavat Kalle Aro ja Sari Nummi.");
    expect(got["Kalle Aro"]).toEqual([["jäsen", "johtokunta"]]);
    expect(got["Sari Nummi"]).toEqual([["jäsen", "johtokunta"]]);
  });

  it("keeps one title held in two bodies as two posts, in the order the text names them", () => {
    const text = "Liikuntalautakunta\nPöytäkirja 4/2026\n\nSaapuvilla olleet jäsenet\nKoivisto Sanna, puheenjohtaja\nLehto Arttu\n\n§ 12\nLautakunta nimesi nuorisoneuvoston jäseneksi Arttu Lehdon.";
    expect(roles(text)["Arttu Lehto"]).toEqual([
      ["jäsen", "liikuntalautakunta"],
      ["jäsen", "nuorisoneuvosto"],
    ]);
  });

  it("makes each name elected into a body in the illative a member of it", () => {
    const got = roles("Seurakuntaneuvostoon valittiin Sari Peltola, Antti Ranta ja Maija Korpela.");
    expect(got["Sari Peltola"]).toEqual([["jäsen", "seurakuntaneuvosto"]]);
    expect(got["Maija Korpela"]).toEqual([["jäsen", "seurakuntaneuvosto"]]);
  });

  it("reads who belong to a body, keeping the titles they have besides", () => {
    const got = roles("Työryhmään kuuluvat lisäksi sivistysjohtaja Leena Aho ja rehtori Pekka Varis.");
    expect(got["Leena Aho"]).toContainEqual(["jäsen", "työryhmä"]);
    expect(got["Leena Aho"]).toContainEqual(["sivistysjohtaja", null]);
    expect(got["Pekka Varis"]).toContainEqual(["jäsen", "työryhmä"]);
  });

  it("reads the subject when the names stand before the verb", () => {
    const got = roles("Kalle Mäntylä ja Riitta Sundström valittiin johtokuntaan.");
    expect(got["Riitta Sundström"]).toEqual([["jäsen", "johtokunta"]]);
  });

  it("leaves names with a post of their own in the clause to that post", () => {
    const got = roles("Hallitukseen valittiin puheenjohtajaksi Oona Lahti ja Eino Saari.");
    expect(got["Oona Lahti"].map((r) => r[0])).toEqual(["puheenjohtaja"]);
    const before = roles("Aluehallitukseen valittiin Timo Kyrö ja varapuheenjohtajaksi Eeva Salmi.");
    expect(before["Timo Kyrö"]).toEqual([["jäsen", "aluehallitus"]]);
    expect(before["Eeva Salmi"].map((r) => r[0])).toEqual(["varapuheenjohtaja"]);
  });

  it("gives a title in the illative instead of membership", () => {
    const got = roles("Kaupungin edustajiin lisättiin hallintojohtaja Mervi Kaskinen.");
    expect(got["Mervi Kaskinen"].map((r) => r[0])).toContain("edustaja");
    expect(got["Mervi Kaskinen"].map((r) => r[0])).not.toContain("jäsen");
  });

  it("needs the body next to the verb", () => {
    const got = roles("Asia palautettiin hallitukseen, ja puheenvuoron käytti Jaana Kellomäki.");
    expect(got["Jaana Kellomäki"]).toEqual([]);
  });
});

describe("members under a heading", () => {
  it("gives the role of a members' heading over an attendance heading, a mark beside a name overriding it", () => {
    const text = "Johtokunnan jäsenet ja varajäsenet\n\nLäsnä:\n\nRaili Kanerva puheenjohtaja\nTuomas Hirvonen\nAnu Peltoniemi, varajäsen\n\nToimisto\n\nLäsnä:\n\nJohanna Uusitalo, toiminnanjohtaja";
    const got = roles(text);
    expect(got["Raili Kanerva"].map((r) => r[0]).sort()).toEqual(["jäsen", "puheenjohtaja"]);
    expect(got["Tuomas Hirvonen"].map((r) => r[0])).toEqual(["jäsen"]);
    expect(got["Anu Peltoniemi"].map((r) => r[0])).toEqual(["varajäsen"]);
    expect(got["Johanna Uusitalo"].map((r) => r[0])).toEqual(["toiminnanjohtaja"]);
  });

  it("gives none under a bare attendance heading, and a sentence after the list ends it", () => {
    const text = "Läsnä:\nVirta Kalle\nSalo Timo\n\nSihteerinä toimi Irma Koski.";
    const got = roles(text);
    expect(got["Kalle Virta"]).toEqual([]);
    expect(got["Irma Koski"].map((r) => r[0])).toEqual(["sihteeri"]);
  });
});

describe("the body a list of members belongs to", () => {
  it("takes the body the sentence before elected members to", () => {
    const got = roles("Lautakunta valitsi yksimielisesti vammaisneuvostoon neljä jäsentä. Jäsenet ovat: Oskari Hyttinen ja Lotta Rämö.");
    expect(got["Lotta Rämö"]).toEqual([["jäsen", "vammaisneuvosto"]]);
  });

  it("gives a title before a colon in parentheses to the names after it, not to the name before it", () => {
    const got = roles("Jäsenet ovat: valtuutettu Aki Hovi (varajäsen: Niina Keto) ja Pauli Ranta (varajäsen: Elsa Kivi).");
    expect(got["Aki Hovi"].map((r) => r[0])).not.toContain("varajäsen");
    expect(got["Niina Keto"].map((r) => r[0])).toEqual(["varajäsen"]);
    expect(got["Pauli Ranta"].map((r) => r[0])).toEqual(["jäsen"]);
  });
});

describe("posts named by their office", () => {
  it("gives the title in the genitive before `virkaan` or `tehtävään` to the one elected", () => {
    expect(roles("Yhtymähallitus valitsi johtavan lääkärin virkaan LL Tiina Harjun.")["Tiina Harju"]).toEqual([["johtava lääkäri", null]]);
    expect(roles("Kaisa Virta valittiin hallintojohtajan tehtävään.")["Kaisa Virta"]).toEqual([["hallintojohtaja", null]]);
  });
});

describe("members of a group", () => {
  it("makes names right after a council group's genitive or elative its members, up to `sekä`", () => {
    const got = roles("Vasemmistoliiton valtuustoryhmästä Eero Laakso, Minna Vuori ja Petra Salo sekä keskustan Jussi Aro äänestivät tyhjää. Vihreän valtuustoryhmän Antti Helle jätti ponnen.");
    expect(got["Minna Vuori"].map((r) => r[0])).toEqual(["jäsen"]);
    expect(got["Petra Salo"][0][1]).toMatch(/valtuustoryhmä$/);
    expect(got["Jussi Aro"]).toEqual([]);
    expect(got["Antti Helle"].map((r) => r[0])).toEqual(["jäsen"]);
  });

  it("gives a group's chair only the chair's title", () => {
    expect(roles("Kokoomuksen valtuustoryhmän puheenjohtaja Jari Vehkala puhui.")["Jari Vehkala"].map((r) => r[0])).toEqual(["puheenjohtaja"]);
  });
});

describe("posts left and taken", () => {
  it("gives the post a person resigns from to them, and to the one elected in their place", () => {
    const got = roles("Valtuusto myönsi pyynnöstä eron Petra Laineelle sivistyslautakunnan jäsenen tehtävästä ja valitsi hänen tilalleen Mikko Hakalan.");
    expect(got["Petra Laine"]).toEqual([["jäsen", "sivistyslautakunta"]]);
    expect(got["Mikko Hakala"]).toEqual([["jäsen", "sivistyslautakunta"]]);
  });

  it("gives a membership left to the one leaving it, of the body in the genitive", () => {
    expect(roles("Lautakunta myönsi Pekka Ruuthille eron nuorisoneuvoston jäsenyydestä.")["Pekka Ruuth"]).toEqual([["jäsen", "nuorisoneuvosto"]]);
    expect(roles("Kunnanvaltuutettu Aino Salo on pyytänyt vapautusta johtokunnan varajäsenyydestä.")["Aino Salo"]).toContainEqual(["varajäsen", "johtokunta"]);
    // a membership not left is no role read here
    expect(roles("Aino Salo kertoi johtokunnan jäsenyydestä.")["Aino Salo"] ?? []).toEqual([]);
  });

  it("gives the post to the one named in the genitive before tilalle, whose place the elected takes", () => {
    const got = roles("Kunnanvaltuusto valitsi teknisen lautakunnan varapuheenjohtajaksi Outi Rasilan (kesk.) Jari Niskasen tilalle.");
    expect(got["Outi Rasila"]).toEqual([["varapuheenjohtaja", "tekninen lautakunta"]]);
    expect(got["Jari Niskanen"]).toEqual([["varapuheenjohtaja", "tekninen lautakunta"]]);
    // a predecessor named in another sentence takes nothing from it
    expect(roles("Pia Rannan tilalle valittiin Ossi Virta. Hallituksen jäseneksi valittiin Eeva Mäki.")["Pia Ranta"] ?? []).toEqual([]);
  });
});

describe("members whose term ends", () => {
  it("makes the names after erovuorossa members of the body the line elects to", () => {
    const got = roles("Erovuorossa ovat Aarne Kuusi, Helmi Rask ja Olavi Tenhunen. Johtokuntaan valitaan kuusi jäsentä.");
    expect(got["Helmi Rask"]).toEqual([["jäsen", "johtokunta"]]);
    expect(got["Olavi Tenhunen"]).toEqual([["jäsen", "johtokunta"]]);
  });
});

describe("bodies without members", () => {
  it("makes no one a member of a company or a town by electing into it", () => {
    expect(roles("Yhtiöön valittiin toimitusjohtaja Pekka Aho.")["Pekka Aho"].map((r) => r[0])).toEqual(["toimitusjohtaja"]);
  });

  it("takes no passive verb into the title after it", () => {
    expect(roles("Ministeriöön nimitettiin ylijohtajaksi Pekka Aho.")["Pekka Aho"].map((r) => r[0])).toEqual(["ylijohtaja"]);
  });
});
