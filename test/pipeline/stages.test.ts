/** Stages declare what they need; a subset runs only that and returns only what was asked. */
import { describe, expect, it } from "vitest";
import { createProcessor, extract } from "../../src/index.js";
import { STAGES, stagesFor } from "../../src/pipeline/stages.js";

const TEXT = [
  "Aluehallitus kokoontui tiistaina 3.2.2026 kello 14.",
  "Aluehallitus valitsi puheenjohtajaksi Maija Mäkelän.",
  "Lisätietoja antaa hallintojohtaja Pekka Niemi, pekka.niemi@example.fi.",
].join("\n\n");

describe("stages", () => {
  it("run each after what it needs, and nothing else", () => {
    expect(stagesFor(["decisions"])).toEqual(["times", "english", "bodies", "people", "decisions"]);
    expect(stagesFor(["people"])).toEqual(["english", "bodies", "people"]);
    expect(stagesFor(["times"])).toEqual(["times"]);
    for (const [name, stage] of Object.entries(STAGES)) for (const need of stage.needs) expect(stagesFor([name as never]).indexOf(need)).toBeLessThan(stagesFor([name as never]).indexOf(name as never));
  });

  it("return only the entities asked for", () => {
    const all = extract(TEXT);
    const decisions = extract(TEXT, { extractors: ["decisions"] });
    expect(decisions.decisions).toEqual(all.decisions);
    expect(decisions.decisions.length).toBeGreaterThan(0);
    expect([decisions.times, decisions.bodies, decisions.people, decisions.events]).toEqual([[], [], [], []]);
    const people = extract(TEXT, { extractors: ["people", "times"] });
    expect(people.people).toEqual(all.people);
    expect(people.times).toEqual(all.times);
    expect(people.bodies).toEqual([]);
  });

  it("compile to JSON the unified way", () => {
    const file = createProcessor("text").processSync(TEXT);
    expect(JSON.parse(String(file))).toEqual(extract(TEXT));
    expect(file.data.extraction).toEqual(extract(TEXT));
  });
});
