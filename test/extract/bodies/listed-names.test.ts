/** Names listed after a head that says what they are. */
import { describe, expect, it } from "vitest";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("names listed after their head", () => {
  it("reads each capitalised name after a head and ovat as a body of the head's kind", () => {
    expect(bodyKinds("Jaosto perusti kolme alatyöryhmää. Alatyöryhmät ovat Lasten palvelut, Kotihoito sekä Aikuisten koti- ja asumispalvelut.")).toEqual({
      jaosto: "division",
      "Lasten palvelut": "working-group",
      Kotihoito: "working-group",
      "Aikuisten koti- ja asumispalvelut": "working-group",
    });
    // a ja before a lower-case word is inside a name; a singular head before ovat lists as well
    expect(bodyNames("Alaryhmä ovat Lasten ja nuorten palvelut ja Vanhuspalvelut.")).toEqual(["Lasten ja nuorten palvelut", "Vanhuspalvelut"]);
    expect(bodyNames("Toimikunnat ovat seuraavat: Talous, Tilat ja Viestintä.")).toEqual(["Talous", "Tilat", "Viestintä"]);
  });

  it("reads a list after a plural head and a colon, and keeps a known organization's kind", () => {
    expect(bodyNames("Työryhmät: Liikenne, Kaavoitus ja Palvelut.")).toEqual(["Liikenne", "Kaavoitus", "Palvelut"]);
    expect(bodyKinds("Jäsenjärjestöt ovat Tehy, JHL ja Kuntoutusliitto.")).toEqual({ Tehy: "union", JHL: "union", Kuntoutusliitto: "association" });
  });

  it("reads no places, persons, places in a local case or a bare group's list", () => {
    expect(bodyNames("Kunnat: Kuopio, Siilinjärvi ja Tuusniemi.")).toEqual([]);
    expect(bodyNames("Lautakunnat ovat Kokkolassa ja Vaasassa.")).toEqual([]);
    expect(bodyNames("Ryhmät: Sinisiivet, Keltasiivet ja Punasiivet.")).toEqual([]);
    expect(bodyNames("Työryhmät ovat Matti Virtanen ja Liisa Koski.")).toEqual([]);
    expect(bodyNames("Lautakunnat ovat päättäneet asiasta.")).toEqual([]);
  });
});

describe("counted bodies", () => {
  it("reads no one body in a head counted by a numeral", () => {
    expect(bodyNames("Lautakunta perusti kolme työryhmää, ja alueella toimii 12 yhdistystä.")).toEqual(["lautakunta"]);
  });
});
