/** A name's left edge: a sentence adverb or a question word before it is no attribute. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("the left edge of a body's name", () => {
  it("starts a board's name at the legal form written before its owner's name (`Asunto Oy …:n hallitus`)", () => {
    expect(bodyNames("Kiinteistö Oy Rantakallion hallitus kokoontui.")).toEqual(["Kiinteistö Oy Rantakallio", "Kiinteistö Oy Rantakallion hallitus"]);
  });

  it("reads `muun muassa` as an adverb, no determiner that makes the next body any of its kind", () => {
    expect(bodyNames("Hän on toiminut muun muassa Vaaralan kaupungin lakimiehenä.")).toEqual(["Vaaralan kaupunki"]);
  });

  it("keeps a plural adjective that qualifies a plural field (`Ikääntyneiden palvelujen lautakunta`)", () => {
    expect(bodyNames("Asia siirtyi vammaisten palvelujen jaostolle.")).toEqual(["vammaisten palvelujen jaosto"]);
    expect(bodyNames("Ikääntyneiden palvelujen lautakunta kokoontui.")).toEqual(["Ikääntyneiden palvelujen lautakunta"]);
  });

  it("leaves out a sentence adverb that ends like a genitive", () => {
    expect(bodyNames("Samoin johtokunta hyväksyi tilit.")).toEqual(["johtokunta"]);
    expect(bodyNames("Toisin lautakunta katsoi asiaa.")).toEqual(["lautakunta"]);
  });

  it("leaves out a question word before a place's genitive", () => {
    expect(bodyNames("Keskustelu: Miten Kokkolan yliopistokeskus kasvaa?")).toEqual(["Kokkolan yliopistokeskus"]);
  });

  it("keeps a place's genitive that starts the sentence before a head that needs a name", () => {
    expect(bodyNames("Lapin liiton edustaja puhui.")).toEqual(["Lapin liitto"]);
    expect(bodyNames("Karjalan liitto jakoi palkinnot.")).toEqual(["Karjalan liitto"]);
  });

  it("leaves a titled person's name out of the registered name after it", () => {
    expect(bodyNames("Puhujana on tuotantopäällikkö Sanni Kallio Kaarnan Puu Oy:stä.")).toEqual(["Kaarnan Puu Oy"]);
    expect(bodyNames("Mukana on toiminnanjohtaja Veikko Aalto Pohjois-Savon Latu ry:stä.")).toEqual(["Pohjois-Savon Latu ry"]);
    // a company named after its founder keeps the name
    expect(bodyNames("Urakan voitti Eino Salminen Oy.")).toEqual(["Eino Salminen Oy"]);
  });

  it("reaches back from a space-hyphen genitive to its name's first capital", () => {
    expect(bodyNames("Puhdas Järvi -hankkeen ohjausryhmä kokoontui.")).toEqual(["Puhdas Järvi -hanke", "Puhdas Järvi -hankkeen ohjausryhmä"]);
  });

  it("reads no body out of a web or e-mail address", () => {
    expect(bodyNames("Lisätietoja osoitteesta www.kylänkehittämisyhdistys.fi tai info@kotiseutuyhdistys.fi.")).toEqual([]);
  });

  it("takes an acronym before a capitalised head as the name's first word, but not a word in capitals or an organization of its own", () => {
    expect(bodyNames("Kurssin järjestää ABC Opintokeskus yhdessä kunnan kanssa.")).toEqual(["ABC Opintokeskus"]);
    expect(bodyNames("Paikalla oli LIITE Lautakunta.")).toEqual(["Lautakunta"]);
    expect(bodyNames("Kurssin järjestää ABC:n opintokeskus.")).not.toContain("ABC opintokeskus");
  });

  it("takes a passive verb in the past that starts the sentence for no part of the name", () => {
    expect(bodyNames("Kuultiin asiantuntijalaitos Rantaa.")).toEqual(["asiantuntijalaitos Ranta"]);
    expect(bodyNames("Äänestettiin lautakunta koolle.")).toEqual(["lautakunta"]);
  });
});

describe("a line's first word before a registered name", () => {
  it("is no part of the name when it is a common word", () => {
    expect(bodyNames("Kutsu Järvikylän Nuorisoseura ry:n kevätkokoukseen")).toEqual(["Järvikylän Nuorisoseura ry"]);
    expect(bodyNames("Tiedote Harjun Metsästysseura ry:n jäsenille")).toEqual(["Harjun Metsästysseura ry"]);
  });
});

describe("a passive verb before a head", () => {
  it("is no attribute of the name", () => {
    expect(bodyNames("Kylään perustettiin työryhmä valmistelemaan juhlaa.")).toEqual(["työryhmä"]);
    expect(bodyNames("Asiasta äänestettiin lautakunnassa.")).toEqual(["lautakunta"]);
  });
});

describe("the object of resigning before a body", () => {
  it("is no attribute of its name", () => {
    expect(bodyNames("Hallitus myönsi Aino Aholle eron nuorisoneuvoston jäsenyydestä.")).toEqual(["hallitus", "nuorisoneuvosto"]);
  });
});
