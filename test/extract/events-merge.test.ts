/** One event per happening: which mentions of a day are the same happening. */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/index.js";

const brief = (text: string, referenceDate: string | null = "2026-01-10") =>
  extractEvents(text, { referenceDate }).map((e) => [e.title, e.start.slice(0, 16), e.end?.slice(0, 16) ?? null, e.kind]);

describe("merging mentions of one happening", () => {
  it("joins a start said with and without its end, keeping the end", () => {
    const text = "Kutsu: Metsäpäivä pe 13.3. klo 9\n\nTervetuloa metsäpäivään perjantaina 13.3. klo 9–11.30 Kuusikon koululle.";
    const events = brief(text);
    expect(events).toHaveLength(1);
    expect(events[0].slice(1, 3)).toEqual(["2026-03-13T09:00", "2026-03-13T11:30"]);
  });

  it("keeps two bodies meeting on one day as two meetings", () => {
    const text = "Sivistyslautakunta 3.2.2026 § 4\n\nTekninen lautakunta 3.2.2026 § 9";
    expect(brief(text).map((e) => [e[0], e[3]])).toEqual([
      ["Sivistyslautakunta", "meeting"],
      ["Tekninen lautakunta", "meeting"],
    ]);
  });

  it("still joins one body's meeting mentioned in two clauses of a day", () => {
    const text = "Kunnanhallitus kokoontui 9.2.2026. Kunnanhallituksen kokouksessa 9.2.2026 valittiin uusi sihteeri.";
    expect(brief(text)).toHaveLength(1);
  });

  it("makes a term of office given with both ends one event of kind other, however often it is repeated", () => {
    const text = "Hallituksen toimikausi on 1.6.2026–31.5.2030. Uuden hallituksen toimikausi 1.6.2026–31.5.2030 alkaa kesäkuussa.";
    expect(brief(text)).toEqual([[expect.any(String), "2026-06-01", "2030-05-31", "other"]]);
  });

  it("keeps a communication reported on a meeting's day as its own event of kind other", () => {
    const text = "Johtokunta kokoontui 2.3.2026 ja hyväksyi kutsun. Kutsu lähetettiin jäsenille 2.3.2026 sähköpostilla.";
    expect(brief(text).map((e) => [e[1], e[3]])).toEqual([
      ["2026-03-02", "meeting"],
      ["2026-03-02", "other"],
    ]);
  });
});
