/** Form-style headers and day headers: fields that time one happening. */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/index.js";

const brief = (text: string, referenceDate: string | null = "2026-01-10") =>
  extractEvents(text, { referenceDate }).map((e) => [e.title, e.start.slice(0, 16), e.end?.slice(0, 16) ?? null, e.kind, e.parent]);

describe("form-style headers", () => {
  it("reads `Kokouspäivä / date / Alkamisaika / clock / Päättymisaika / clock` as one meeting with start and end", () => {
    const text = "Kylätoimikunnan kokous\n\nKokouspäivä\n21.4.2026\nAlkamisaika\n18:00\nPäättymisaika\n20:15\n\nLäsnä olivat kaikki jäsenet.";
    expect(brief(text)).toEqual([["Kylätoimikunnan kokous", "2026-04-21T18:00", "2026-04-21T20:15", "meeting", null]]);
  });

  it("times the day's meeting from `Kokous alkoi kello …` and `päättyi kello …` in running text", () => {
    const text = "Kyläyhdistyksen kokous 16.5.2026\n\nKokous alkoi kello 17.30 ja paikalla oli 12 jäsentä. Kokous päättyi kello 19.05.";
    expect(brief(text)).toEqual([["Kyläyhdistyksen kokous", "2026-05-16T17:30", "2026-05-16T19:05", "meeting", null]]);
  });
});

describe("day headers inside a multi-day happening", () => {
  it("do not make a second parent: the slots under them stay under the happening", () => {
    const text = "Kesäpäivät 12.–13.6.2026\n\nPerjantai 12.6.2026\n9.00 Avaus\n10.00 Työpajat\n\nLauantai 13.6.2026\n9.30 Retki";
    const events = brief(text);
    expect(events.filter((e) => e[4] === null)).toHaveLength(1);
    expect(events.slice(1).map((e) => [e[0], e[4]])).toEqual([
      ["Avaus", 0],
      ["Työpajat", 0],
      ["Retki", 0],
    ]);
  });
});
