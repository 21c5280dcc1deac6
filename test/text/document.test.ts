/** The document model: blocks, lines, sentences once, languages, white space. */
import { describe, expect, it } from "vitest";
import { extract, splitSentences } from "../../src/index.js";
import { buildDoc } from "../../src/text/document.js";
import { parsedFromTree, treeOf } from "../../src/text/parse.js";

const docOf = (text: string, format: "text" | "markdown" = "text") => buildDoc(parsedFromTree(text, treeOf(text, format)));

describe("Doc", () => {
  it("keeps each block's kind and source range, and splits sentences once", () => {
    const text = "Kokous\n\nHallitus kokoontui. Se päätti asiasta.\n\n• Aika: ti 6.10.\n";
    const doc = docOf(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "listItem"]);
    for (const b of doc.blocks) expect(text.slice(b.source.start, b.source.end).length).toBeGreaterThan(0);
    expect(doc.sentences.map((s) => s.text)).toEqual(["Kokous", "Hallitus kokoontui.", "Se päätti asiasta.", "Aika: ti 6.10."]);
    expect(doc.sentences).toBe(doc.sentences);
    expect(doc.sentenceAt(text.indexOf("päätti"))?.text).toBe("Se päätti asiasta.");
    expect(doc.tokensOf(doc.lines[1])).toBe(doc.tokensOf(doc.lines[1]));
  });

  it("marks a one-line label and value as a field", () => {
    expect(docOf("Paikka: Kaupungintalo, Kirkkokatu 2\n\nAika: 3.3.2026 klo 10").blocks.map((b) => b.kind)).toEqual(["field", "field"]);
  });

  it("reads markdown nested to any depth without overflowing the stack", () => {
    const deep = "> ".repeat(3000) + "Hallitus kokoontui 2.2.2022.";
    expect(extract(deep, { format: "markdown" }).times.map((t) => t.value)).toEqual(["2022-02-02"]);
    const lists = Array.from({ length: 400 }, (_, i) => " ".repeat(i * 2) + "- kohta").join("\n");
    expect(() => extract(lists, { format: "markdown" })).not.toThrow();
  });

  it("splitSentences gives the Doc's sentences", () => {
    expect(splitSentences("Pj. Matti Virtanen avasi kokouksen. Hallitus hyväksyi asian.")).toEqual(["Pj. Matti Virtanen avasi kokouksen.", "Hallitus hyväksyi asian."]);
  });
});

describe("block languages", () => {
  const fi = "Kaupunginhallitus valitsi tiistaina 3.2.2026 hallintojohtajaksi Maija Mäkelän, joka aloittaa tehtävässä ensi kuussa.";
  const sv = "Stadsstyrelsen valde på tisdagen 3.2.2026 Maija Mäkelä till förvaltningsdirektör, och hon börjar i tjänsten nästa månad som det har sagts.";
  const en = "The city board elected Maija Mäkelä as the director of administration on 3.2.2026, and she will start in the post next month with the team.";

  it("tells Finnish, Swedish and English passages apart", () => {
    expect(docOf([fi, sv, en].join("\n\n")).blocks.map((b) => b.language)).toEqual(["fi", "sv", "en"]);
  });

  it("reads no Swedish or English passage by the Finnish rules", () => {
    const both = extract([sv, en].join("\n\n"), { extractors: ["times", "decisions", "events"] });
    expect([both.times, both.decisions, both.events]).toEqual([[], [], []]);
    const mixed = extract([fi, sv].join("\n\n"));
    expect(mixed.times).toHaveLength(1);
    expect(mixed.people.map((p) => p.name)).toEqual(["Maija Mäkelä"]);
  });

  it("keeps a short Finnish block with no marker words Finnish", () => {
    expect(docOf("Läsnä\n\nMatti Virtanen, puheenjohtaja").blocks.map((b) => b.language)).toEqual(["fi", "fi"]);
  });
});

describe("white space", () => {
  it("reads every Unicode space between words as a space", () => {
    const text = "Kaupunginhallitus valitsi tiistaina 3.2.2026 hallintojohtajaksi Maija Mäkelän. Puheenjohtaja Pekka Niemi avasi kokouksen.";
    const names = extract(text).people.map((p) => p.name);
    expect(names.length).toBe(2);
    for (const space of ["\u00a0", "\u2002", "\u2009", "\u202f", "\u205f", "\u3000"]) expect(extract(text.replaceAll(" ", space)).people.map((p) => p.name)).toEqual(names);
  });
});

describe("sentences", () => {
  it("end after a date, a clock or a range before a capital, not after an ordinal", () => {
    expect(splitSentences("Seminaari pidetään 1.6.2026 klo 9.30-15. Paikkana on Messukeskus.")).toEqual(["Seminaari pidetään 1.6.2026 klo 9.30-15.", "Paikkana on Messukeskus."]);
    expect(splitSentences("Määräaika on 31.3.2026. Valiokunta kokoontuu.")).toEqual(["Määräaika on 31.3.2026.", "Valiokunta kokoontuu."]);
    expect(splitSentences("Kokouksessa valittiin 1. Varapuheenjohtaja ja sihteeri.")).toHaveLength(1);
    // a range or date that ends in one digit ends its sentence too; a single letter is an initial
    expect(splitSentences("Aloite hylättiin äänin 6–5. Eriävän mielipiteen jätti Aino Koski.")).toEqual(["Aloite hylättiin äänin 6–5.", "Eriävän mielipiteen jätti Aino Koski."]);
    expect(splitSentences("Leiri pidetään 6.–8.3. Lauantaina on sauna.")).toEqual(["Leiri pidetään 6.–8.3.", "Lauantaina on sauna."]);
    // a whole hour after `klo` or `kello` is no ordinal
    expect(splitSentences("Kuoro harjoittelee torstaisin kello 18. Uudet laulajat ovat tervetulleita.")).toEqual(["Kuoro harjoittelee torstaisin kello 18.", "Uudet laulajat ovat tervetulleita."]);
    expect(splitSentences("Ovet avataan klo. 9. Kahvia on tarjolla.")).toHaveLength(2);
    expect(splitSentences("Puheen piti K. Virtanen.")).toHaveLength(1);
    // an abbreviation in parentheses (a party's) goes on; one whose parenthesis is followed by a full stop ends there
    expect(splitSentences("Lautakuntaan valittiin Eeva Laine (vihr.) Juha Mäen tilalle. Varajäseneksi Olli Suni (kok.). Kokous päättyi.")).toEqual(["Lautakuntaan valittiin Eeva Laine (vihr.) Juha Mäen tilalle.", "Varajäseneksi Olli Suni (kok.).", "Kokous päättyi."]);
  });

  it("end before a numbered agenda item run into the text", () => {
    expect(splitSentences("Sihteeriksi valittiin Outi Rask. 5. Talousarvio Hyväksyttiin esitys.")).toEqual(["Sihteeriksi valittiin Outi Rask.", "5. Talousarvio Hyväksyttiin esitys."]);
    // an abbreviation before the number keeps it in the sentence
    expect(splitSentences("Läsnä olivat mm. 2. Varapuheenjohtaja.")).toHaveLength(1);
  });
});
