/** Bare heads that refer to one body in context, and the bodies they are no short form of. */
import { describe, expect, it } from "vitest";
import { extractBodies } from "../../../src/index.js";
import { bodyKinds } from "./helpers.js";

describe("bare heads in context", () => {
  it("reads an agency named as a board as an agency, and keeps the association's own board apart", () => {
    const bodies = extractBodies("Hallitus esitti sääntömuutosta, ja kokous hyväksyi sen. Muutokset lähetetään Patentti- ja rekisterihallitukseen, ja hallitus kokoontuu toukokuussa.");
    expect(bodies.map((b) => [b.name, b.aliases, b.kind])).toEqual([
      ["hallitus", [], "executive-board"],
      ["Patentti- ja rekisterihallitus", [], "agency"],
    ]);
    expect(bodyKinds("Koulu sai avustuksen Opetushallitukselta.")).toEqual({ Opetushallitus: "agency" });
    // a city's board is still the board its bare head stands for
    expect(extractBodies("Kaupunginhallitus kokoontui maanantaina. Hallitus hyväksyi esityksen.").map((b) => [b.name, b.aliases])).toEqual([["kaupunginhallitus", ["hallitus"]]]);
  });
});
