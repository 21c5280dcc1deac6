/**
 * The cheap tests that turn words away before the bodies stage looks them up
 * (head-noun endings, first letters of party and organization names, last
 * letters of foreign heads) must never turn away a word that names a body.
 */
import { describe, expect, it } from "vitest";
import { extractBodies } from "../../src/index.js";
import { mayEndInBodyHead } from "../../src/extract/bodies.js";
import { HEAD_NOUNS } from "../../src/lexicon/bodies.js";
import { formReadings } from "../../src/lexicon/forms.js";
import { FORMS } from "../../src/lexicon/forms.generated.js";

const found = (text: string) => extractBodies(text).map((b) => [b.name, b.kind]);

describe("bodies: gates before lookups", () => {
  it("lets every form of every head noun through, alone and as a compound's last part", () => {
    let forms = 0;
    for (const line of FORMS.split("\n")) {
      const form = line.slice(0, line.indexOf("\t"));
      for (const word of [form, "kylä" + form, "-" + form]) {
        const bodyReading = formReadings(word).some((r) => HEAD_NOUNS[r.head] !== undefined);
        if (bodyReading) forms++;
        if (bodyReading && !mayEndInBodyHead(word)) expect.fail(`${word} has a body reading but was turned away`);
      }
    }
    expect(forms).toBeGreaterThan(1000);
  });

  it("lets a translative or essive with a possessive suffix through (read as the bare case)", () => {
    for (const word of ["työryhmäkseen", "ohjausryhmänämme", "lautakunnaksemme", "hallitukseksenne", "valtuustonani"]) {
      expect(formReadings(word).some((r) => HEAD_NOUNS[r.head] !== undefined)).toBe(true);
      expect(mayEndInBodyHead(word)).toBe(true);
    }
    expect(found("Kunta nimesi hänet työryhmäkseen viime viikolla.")).toEqual([["työryhmä", "working-group"]]);
    expect(found("Hän toimi ohjausryhmänämme pitkään.")).toEqual([["ohjausryhmä", "steering-group"]]);
  });

  it("turns away common words that end like no head noun", () => {
    for (const word of ["ja", "kokous", "pidettiin", "torstaina", "asukkaat", "päätti"]) expect(mayEndInBodyHead(word)).toBe(false);
  });

  it("still finds one-word organizations, parties and foreign heads in their cases", () => {
    expect(found("Tehyn ja Akavan edustajat puhuivat.")).toEqual([
      ["Tehy", "union"],
      ["Akava", "union"],
    ]);
    expect(found("Jäsenet liittyivät Akavaan viime vuonna.")).toEqual([["Akava", "union"]]);
    expect(found("Kokoukseen tuli keskustan Matti Meikäläinen.")).toEqual([["keskusta", "party"]]);
    expect(found("vihreiden entinen puheenjohtaja puhui.")).toEqual([["vihreät", "party"]]);
    expect(found("Paikalla oli Liisa Laine (kok.) ja moni muu.")).toEqual([["kokoomus", "party"]]);
    expect(found("Hanketta rahoittaa Svenska Kulturfonden.")).toEqual([["Svenska Kulturfonden", "association"]]);
    expect(found("Nordic Culture Fund tukee hanketta.")).toEqual([["Nordic Culture Fund", "other"]]);
  });

  it("reads a programme's apposition after the title's comma", () => {
    expect(found("Ilkka Virtanen, toimitusjohtaja, Supercell")).toEqual([["Supercell", "company"]]);
    expect(found("Ilkka Virtanen , toimitusjohtaja ,\u00a0Supercell")).toEqual([["Supercell", "company"]]);
    expect(found("Ilkka Virtanen; toimitusjohtaja, Supercell")).toEqual([]);
  });
});
