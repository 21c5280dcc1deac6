/** Bare heads that refer to one body in context, and the bodies they are no short form of. */
import { describe, expect, it } from "vitest";
import { extractBodies } from "../../../src/index.js";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("bare heads in context", () => {
  it("reads an agency named as a board as an agency, and keeps the association's own board apart", () => {
    const bodies = extractBodies("Hallitus esitti sääntömuutosta, ja kokous hyväksyi sen. Muutokset lähetetään Patentti- ja rekisterihallitukseen, ja hallitus kokoontuu toukokuussa.");
    expect(bodies.map((b) => [b.name, b.aliases, b.kind])).toEqual([
      ["hallitus", [], "executive-board"],
      ["Patentti- ja rekisterihallitus", [], "agency"],
    ]);
    expect(bodyKinds("Koulu sai avustuksen Opetushallitukselta.")).toEqual({ Opetushallitus: "agency" });
    // a city's board is still the board its bare head stands for
    expect(extractBodies("Kaupunginhallitus kokoontui maanantaina. Hallitus hyväksyi esityksen.").map((b) => [b.name, b.aliases])).toEqual([["kaupunginhallitus", ["hallitus"]]]);
  });
});

describe("a bare owner in its own text", () => {
  it("reads a bare town or branch where the text names a body it owns", () => {
    expect(bodyKinds("Kaupunginvaltuusto hyväksyi talousarvion. Pöytäkirja on nähtävillä kaupungin verkkosivuilla.")).toEqual({ kaupunginvaltuusto: "council", kaupunki: "municipality" });
    expect(bodyKinds("Kunnanhallitus esittää, että kunta hakee avustusta.")).toEqual({ kunnanhallitus: "executive-board", kunta: "municipality" });
    expect(bodyKinds("Osaston syyskokous valitsi osaston toimikuntaan viisi jäsentä.")).toEqual({ osasto: "other", "osaston toimikunta": "committee" });
    expect(bodyKinds("Seuran hallitus kokoontui. Seura täyttää ensi vuonna 50 vuotta.")).toEqual({ seura: "association", "Seuran hallitus": "executive-board" });
  });

  it("reads no bare town that is a place, nor one in a text of no body it owns", () => {
    expect(bodyKinds("Kaupunginhallitus kokoontui. Kaupungissa on paljon tapahtumia.")).toEqual({ kaupunginhallitus: "executive-board" });
    expect(bodyKinds("Jätelautakunta päätti taksasta. Jäte kuuluu kunnan vastuulle.")).toEqual({ jätelautakunta: "committee" });
    // a named town is what the bare head stands for
    expect(extractBodies("Kaupunginhallitus kokoontui. Kaupunki ja Kuopion kaupunki sopivat asiasta.").map((b) => [b.name, b.aliases])).toEqual([
      ["kaupunginhallitus", []],
      ["Kuopion kaupunki", ["kaupunki"]],
    ]);
  });
});

describe("a bare head of a company's or an association's kind", () => {
  it("is an alias of the document's one named body of its kind", () => {
    expect(bodyNames("Laulajat ry täyttää 50 vuotta. Yhdistys järjestää juhlakonsertin.")).toEqual(["Laulajat ry"]);
    expect(bodyNames("Kantelerannan Kansanmusiikkiyhdistys ry järjestää juhlat. Yhdistyksen hallitus kiittää.")).toContain("Kantelerannan Kansanmusiikkiyhdistys ry");
  });
});
