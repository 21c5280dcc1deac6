/** Lists written surname first (PHENOMENA 13). */
import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../src/index.js";

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe("inverted list entries", () => {
  it("turns an entry written surname first with a surname no list knows when the text names the person in order elsewhere", () => {
    const text = "Saapuvilla olleet jäsenet\nVirta Kalle, puheenjohtaja\nMbeki Thomas\n\nPöytäkirjantarkastajaksi valittiin Thomas Mbeki.";
    expect(extractPeople(text).map((p) => p.name)).toEqual(["Kalle Virta", "Thomas Mbeki"]);
  });

  it("takes an entry followed by a note in brackets", () => {
    expect(names("Läsnä\nHeikkilä Marja\nLaaksonen Tero (varajäsen)")).toEqual(["Marja Heikkilä", "Tero Laaksonen"]);
  });

  it("takes an entry after an arrival's or a departure's label, with its clock", () => {
    expect(names("Saapui: Hakala Pirjo klo 18.10\nPoistui: Nyberg Tom klo 19.45 (§ 12)")).toEqual(["Pirjo Hakala", "Tom Nyberg"]);
  });

  it("takes a double surname whose first part is a given name", () => {
    expect(names("Läsnä\nHeikkilä Marja\nEmil-Laaksonen Tero (varajäsen)")).toEqual(["Marja Heikkilä", "Tero Emil-Laaksonen"]);
  });
});

describe("middle initials", () => {
  it("takes an initial written without its full stop", () => {
    expect(names("Hallituksen puolesta\nPentti R Kallioniemi      3.5.2021")).toEqual(["Pentti R Kallioniemi"]);
    expect(names("Kokouksen avasi Anna K Lehtinen.")).toEqual(["Anna K Lehtinen"]);
  });
});
