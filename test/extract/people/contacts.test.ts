/** Contacts (PHENOMENA 18) and titles on lines of their own. */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const contact = (text: string) => extractPeople(text).map((p) => [p.name, p.email, p.phone]);

describe("contacts", () => {
  it("reads a signature block, one field a line", () => {
    const [p] = extractPeople("Lisätietoja:\n\nAino Salo\nkehittämispäällikkö, Kela\n040 123 4567\naino.salo@kunta.fi");
    expect(p).toMatchObject({ name: "Aino Salo", email: "aino.salo@kunta.fi", phone: "040 123 4567" });
    expect(p.roles.map((r) => [r.title, r.organization])).toEqual([["kehittämispäällikkö", "Kela"]]);
  });

  it("reads a phone without p. and addresses with spaces, (at) and [at]", () => {
    expect(contact("Yhteyshenkilö Pekka Mäki, 0401 234 567, pekka.maki (at) seura.fi")).toEqual([["Pekka Mäki", "pekka.maki@seura.fi", "0401 234 567"]]);
    expect(contact("Ilmoittautumiset: Leena Ruuska, leena.ruuska [at] yhdistys.fi")).toEqual([["Leena Ruuska", "leena.ruuska@yhdistys.fi", null]]);
    expect(contact("Tiedustelut: Oskari Väänänen puh. +358 50 123 4567, oskari.vaananen @ seura.fi")).toEqual([["Oskari Väänänen", "oskari.vaananen@seura.fi", "+358 50 123 4567"]]);
  });

  it("gives an address elsewhere to the person its local part spells", () => {
    expect(contact("Kouluttajana toimii Sari Heikkinen.\n\nIlmoittautumiset osoitteeseen sari.heikkinen@opisto.fi tai toimistoon.")).toEqual([["Sari Heikkinen", "sari.heikkinen@opisto.fi", null]]);
  });

  it("prefers the address that spells the person's name to a shared one the line gave first", () => {
    expect(contact("Palautetta voi antaa osoitteeseen palaute@kyla.fi, ja sihteeri Ulla Rinne kokoaa sen.\nulla.rinne@kyla.fi")).toEqual([["Ulla Rinne", "ulla.rinne@kyla.fi", null]]);
    // with no address of their own, the shared one stays theirs
    expect(contact("Ilmoittautumiset Ulla Rinne, palaute@kyla.fi")).toEqual([["Ulla Rinne", "palaute@kyla.fi", null]]);
  });

  it("reads a title at the end of the line above a name", () => {
    const [p] = extractPeople("Avaussanoissaan kunnanvaltuuston puheenjohtaja\nTimo Heinonen kertoi tutkimuksesta.");
    expect(p.roles.map((r) => [r.title, r.organization])).toEqual([["puheenjohtaja", "kunnanvaltuusto"]]);
  });

  it("reads an inverted name with its title after it", () => {
    expect(extractPeople("Läsnä:\nKoskela Ilkka puheenjohtaja\nNurmi Satu").map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Ilkka Koskela", ["puheenjohtaja"]],
      ["Satu Nurmi", []],
    ]);
  });
});
