import { describe, expect, it } from "vitest";
import { endingFirst, endingIn, endingsAfterLinkingI, endingsAfterNominative, wordInCase } from "../../src/morph/fi/case-endings.js";

describe("case endings read off the paradigm table", () => {
  it("gives each case's endings in both harmonies, longest first", () => {
    expect(endingsAfterNominative("ine", "ela")).toEqual(["ssa", "ssä", "sta", "stä"]);
    expect(endingsAfterNominative("gen", "par")).toEqual(["ta", "tä", "a", "n", "ä"]);
    const all = endingsAfterNominative("gen", "tra", "abl");
    expect(all).toEqual([...all].sort((a, b) => b.length - a.length || a.localeCompare(b)));
  });

  it("adds the illative as the nominative's last vowel again, h and the vowel, or -seen", () => {
    const ill = endingsAfterNominative("ill");
    // Obama-an, Kalle-en, Pori-hin, Lontoo-seen
    for (const e of ["an", "en", "hin", "seen"]) expect(ill).toContain(e);
    const base = "Obama";
    const strip = (word: string) => ill.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length));
    expect(strip("Obamaan")).toContain(base);
  });

  it("puts the linking -i- of a consonant-final name before the endings", () => {
    expect(endingsAfterLinkingI("gen", "all")).toEqual(["ille", "in"]);
    expect(endingsAfterLinkingI("ill")).toEqual(["iin"]);
  });

  it("tests a word's ending against the cases it names", () => {
    const where = wordInCase("ine", "ela", "ill");
    for (const w of ["kuopiossa", "kelasta", "kokkolaan", "porihin", "lontooseen", "ylöjärvellä".replace("llä", "ssä")]) expect(where.test(w)).toBe(true);
    // a genitive is no case of where: the illative has a long vowel
    for (const w of ["kuopion", "kokkolan", "fordin"]) expect(where.test(w)).toBe(false);
    const atOrOn = wordInCase("ine", "ade");
    expect(atOrOn.test("torilla")).toBe(true);
    expect(atOrOn.test("torilta")).toBe(false);
  });

  it("names the six local cases", () => {
    const local = wordInCase("ine", "ela", "ill", "ade", "abl", "all");
    for (const w of ["talossa", "talosta", "taloon", "talolla", "talolta", "talolle"]) expect(local.test(w)).toBe(true);
    expect(local.test("talon")).toBe(false);
  });

  it("builds patterns from endings, at a word's end or at the start of what follows a base", () => {
    const notSubject = endingIn([...endingsAfterNominative("ine", "ela"), "mme"]);
    expect(["talossa", "talosta", "olemme"].every((w) => notSubject.test(w))).toBe(true);
    expect(notSubject.test("talo")).toBe(false);
    const linked = endingFirst(endingsAfterLinkingI("gen", "all"));
    expect(linked.test("ille")).toBe(true);
    // the ending must end what follows the base
    expect(linked.test("illeen")).toBe(false);
  });
});
