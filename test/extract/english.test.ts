/**
 * English passages: compromise finds their people and organizations. It has
 * to beat finding nothing, which is what the Finnish rules give there, by a
 * clear margin and without inventing names.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const SENTENCES: Array<[string, string[], string[]]> = [
  ["The board of the Tampere City Hospital appointed Rachel Moore as the chief medical officer on Tuesday.", ["Rachel Moore"], ["Tampere City Hospital"]],
  ["According to Daniel Brooks, the European Commission will publish the report next week.", ["Daniel Brooks"], ["European Commission"]],
  ["The webinar is hosted by Nokia and it will be moderated by Jean-Luc Martin from the team.", ["Jean-Luc Martin"], ["Nokia"]],
  ["Siobhan Kelly and Tom Baker from Microsoft presented the new tools to the members of the council.", ["Siobhan Kelly", "Tom Baker"], ["Microsoft"]],
  ["The meeting was chaired by Anna Korhonen, who represents the Finnish Red Cross in the group.", ["Anna Korhonen"], ["Finnish Red Cross"]],
  ["The city council has elected Matti Virtanen as its chair for the next two years.", ["Matti Virtanen"], []],
];

describe("English passages", () => {
  it("give their people and organizations as written, and no others", () => {
    let found = 0;
    let wanted = 0;
    let spurious = 0;
    for (const [sentence, people, orgs] of SENTENCES) {
      const out = extract(sentence);
      const names = out.people.map((p) => p.name);
      const bodies = out.bodies.map((b) => b.name);
      wanted += people.length + orgs.length;
      found += people.filter((p) => names.includes(p)).length + orgs.filter((o) => bodies.includes(o)).length;
      spurious += names.filter((n) => !people.includes(n)).length + bodies.filter((b) => !orgs.includes(b)).length;
      for (const p of out.people) for (const m of p.mentions) expect(sentence.slice(m.start, m.end)).toBe(p.name);
    }
    expect(found / wanted).toBeGreaterThanOrEqual(0.7);
    expect(spurious).toBe(0);
  });

  it("are left alone by the Finnish rules beside them", () => {
    const text = "Hallitus valitsi puheenjohtajaksi Maija Mäkelän.\n\nThe board elected Maija Mäkelä as its chair, and she will start with the team in the spring.";
    const out = extract(text);
    expect(out.decisions).toHaveLength(1);
    // one person, named in both passages
    expect(out.people.map((p) => p.name)).toEqual(["Maija Mäkelä"]);
    expect(out.people[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Maija Mäkelän", "Maija Mäkelä"]);
  });
});
