/** The DVV name statistics, first names and surnames packed in one table. */
import { describe, expect, it } from "vitest";
import { firstNameRank, surnameRank } from "../../src/lexicon/index.js";

describe("name ranks", () => {
  it("keeps a name's first-name and surname bands apart", () => {
    // Aalto and Toivo are both; Niemi and Virtanen only surnames; Mikael only a first name
    for (const name of ["Aalto", "Toivo"]) {
      expect(firstNameRank(name)).toBeGreaterThan(0);
      expect(surnameRank(name)).toBeGreaterThan(0);
    }
    expect(firstNameRank("Niemi")).toBe(0);
    expect(surnameRank("Virtanen")).toBeGreaterThan(surnameRank("Aula"));
    expect(surnameRank("Mikael")).toBe(0);
    expect(firstNameRank("Mikael")).toBeGreaterThan(firstNameRank("Aula"));
  });

  it("gives bands 1 to 16, and 0 for a word in neither list", () => {
    for (const name of ["Ilmari", "Aalto", "Niemi", "Hanna", "Virtanen"]) {
      for (const rank of [firstNameRank(name), surnameRank(name)]) expect(rank >= 0 && rank <= 16).toBe(true);
    }
    expect(firstNameRank("Xyzzy") + surnameRank("Xyzzy")).toBe(0);
  });
});
