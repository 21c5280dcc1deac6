/** Role titles wherever Finnish sentences put them. */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../src/index.js";

const roles = (text: string) => Object.fromEntries(extractPeople(text).map((p) => [p.name, p.roles.map((r) => r.title)]));

describe("roles", () => {
  it("reads a title before the name, with its organization in the genitive", () => {
    const [p] = extractPeople("Webinaarien alustajana toimii PoPsoten suppean seurantaryhmän varapuheenjohtaja Anne Huotari.");
    expect(p.name).toBe("Anne Huotari");
    expect(p.roles.map((r) => r.title)).toEqual(["varapuheenjohtaja", "alustaja"]);
    expect(p.roles[0].organization).toBe("PoPsoten suppea seurantaryhmä");
  });

  it("reads titles after the name and hyphen-ellipsis coordination", () => {
    expect(roles("Lisätietoja: Tuija Koivisto, toinen varapuheenjohtaja ja Sote-jaoston puheenjohtaja, Keski-Suomen hyvinvointialue.")).toEqual({
      "Tuija Koivisto": ["varapuheenjohtaja", "puheenjohtaja"],
    });
    expect(roles("Tilaisuuteen osallistuu Vihdin sivistys- ja hyvinvointijohtaja Mari Haapanen.")).toEqual({ "Mari Haapanen": ["sivistys- ja hyvinvointijohtaja"] });
    expect(roles("Arja Ruponen, neuvotteleva virkamies, sosiaali- ja terveysministeriö")).toEqual({ "Arja Ruponen": ["neuvotteleva virkamies"] });
  });

  it("reads a surname alone after a title as a person, at a sentence's start too and when DVV also lists it as a first name", () => {
    expect(roles("Aloitteen jätti valtuutettu Lehtonen.")).toEqual({ Lehtonen: ["valtuutettu"] });
    expect(roles("Varapuheenjohtaja Kuula avasi kokouksen.")).toEqual({ Kuula: ["varapuheenjohtaja"] });
  });

  it("reads past a degree between the name and its title", () => {
    expect(roles("Luennon pitää Veli Harju, FT, professori.")).toEqual({ "Veli Harju": ["professori"] });
    expect(roles("Aino Lehtonen, kauppatieteiden maisteri, johtaja, kertoi tuloksista.")).toEqual({ "Aino Lehtonen": ["johtaja"] });
  });

  it("reads a role case with a possessive suffix (valitsi edustajakseen, sijaisenaan)", () => {
    expect(roles("Yhdistys valitsi sihteerikseen Pekka Salminen.")).toEqual({ "Pekka Salminen": ["sihteeri"] });
    expect(roles("Puheenjohtajana jatkaa Aino Salo ja sijaisenaan Mika Ylönen.")).toEqual({ "Aino Salo": ["puheenjohtaja"], "Mika Ylönen": ["sijainen"] });
  });

  it("gives the role of a plural title standing alone on a line, colon or not, to the names listed under it", () => {
    expect(roles("Panelistit\nAino Lehtonen\nPekka Salminen")).toEqual({ "Aino Lehtonen": ["panelisti"], "Pekka Salminen": ["panelisti"] });
    // a sentence that ends in a plural title heads nothing
    expect(roles("Paikalla olivat myös panelistit.\nAino Lehtonen kertoi hankkeesta.")).toEqual({ "Aino Lehtonen": [] });
  });

  it("gives a title right before a name to that name, not to the name before it in a list", () => {
    expect(roles("Puhujina ovat ministeri Anna Malli, Esimerkkilän kaupunginjohtaja Tiina Koe ja yhtiön toimitusjohtaja Jussi Testi.")).toEqual({
      "Anna Malli": ["ministeri", "puhuja"],
      "Tiina Koe": ["kaupunginjohtaja", "puhuja"],
      "Jussi Testi": ["toimitusjohtaja", "puhuja"],
    });
  });

  it("gives a colon title of the same text twice in one sentence to every name after each, with the organization the later one names", () => {
    const people = extractPeople("Jäsenet: Matti Virtanen ja Anna Mäki, kunnanhallituksen jäsenet: Pekka Laine ja Liisa Korhonen.");
    expect(people.map((p) => [p.name, p.roles.map((r) => `${r.title} ${r.organization}`)])).toEqual([
      ["Matti Virtanen", ["jäsen kunnanhallitus"]],
      ["Anna Mäki", ["jäsen kunnanhallitus"]],
      ["Pekka Laine", ["jäsen kunnanhallitus"]],
      ["Liisa Korhonen", ["jäsen kunnanhallitus"]],
    ]);
    expect(roles("Jäsenet: Matti Virtanen, jäsenet: Anna Mäki ja Pekka Laine.")).toEqual({ "Matti Virtanen": ["jäsen"], "Anna Mäki": ["jäsen"], "Pekka Laine": ["jäsen"] });
  });

  it("gives a translative title to the names an election lists, pair by pair", () => {
    expect(roles("Kokouksen puheenjohtajaksi valittiin Erik Bärlund ja sihteeriksi Leena Timoskainen.")).toEqual({
      "Erik Bärlund": ["puheenjohtaja"],
      "Leena Timoskainen": ["sihteeri"],
    });
    expect(roles("Varajäseniksi valittiin Sakari Enrold, Tomi Sevander ja Mauri Wiik.")).toEqual({
      "Sakari Enrold": ["varajäsen"],
      "Tomi Sevander": ["varajäsen"],
      "Mauri Wiik": ["varajäsen"],
    });
    expect(roles("Harri Huhtala valittiin äänestyksen jälkeen varapuheenjohtajaksi.")).toEqual({ "Harri Huhtala": ["varapuheenjohtaja"] });
  });

  it("gives a title before a colon to the names listed after it", () => {
    expect(roles("Aluehallitus nimitti viisi toimialajohtajaa: Tuomo Nieminen (terveyspalvelut) ja Mika Forsberg (perhepalvelut).")).toEqual({
      "Tuomo Nieminen": ["toimialajohtaja"],
      "Mika Forsberg": ["toimialajohtaja"],
    });
  });

  it("gives list headings' roles to the names under them, and none for attendance", () => {
    const text = "Varsinaiset jäsenet:\n • Mirja Kangas, Rovaniemi\nVarajäsenet:\n • Antti Määttä, Rovaniemi\n\nLäsnä\nArja Antikainen";
    expect(roles(text)).toEqual({ "Mirja Kangas": ["jäsen"], "Antti Määttä": ["varajäsen"], "Arja Antikainen": [] });
  });

  it("attaches e-mail ((at) → @) and phone to the person they follow", () => {
    const [p] = extractPeople("Merja Lahtinen, lautakunnan puheenjohtaja, p. 040 846 8907, merja.lahtinen(at)hyvaks.fi");
    expect(p).toMatchObject({ name: "Merja Lahtinen", email: "merja.lahtinen@hyvaks.fi", phone: "040 846 8907" });
  });

  it("does not take degrees for roles", () => {
    expect(roles("Valituksi tuli varatuomari Else-Mai Kirvesniemi.")).toEqual({ "Else-Mai Kirvesniemi": [] });
  });
});
