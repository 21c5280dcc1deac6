/** The scorer's role figures follow the reference scorer's rules: titles paired per person, organizations by shared word stems. */
import { describe, expect, it } from "vitest";
import { score, scoreByGenre, type GoldDocument } from "../../src/eval/score.js";
import type { Extraction } from "../../src/index.js";

const gold = (id: string, genre: string, roles: Array<{ title: string; organization: string | null }>): GoldDocument => ({
  id,
  genre,
  text: "x",
  gold: { times: [], events: [], people: [{ name: "Aino Salo", roles }], bodies: [], decisions: [] },
});
const output = (roles: Array<{ title: string; organization: string | null }>) =>
  ({ times: [], events: [], bodies: [], decisions: [], people: [{ name: "Aino Salo", roles, email: null, phone: null, mentions: [] }] }) as unknown as Extraction;

describe("role scores", () => {
  const docs = [
    gold("a", "minutes", [
      { title: "puheenjohtaja", organization: "Kunnanhallitus" },
      { title: "jäsen", organization: "tarkastuslautakunta" },
    ]),
    gold("b", "programme", [{ title: "alustaja", organization: null }]),
  ];
  const outputs = new Map([
    ["a", output([{ title: "1. puheenjohtaja", organization: "kunnanhallituksen" }, { title: "sihteeri", organization: null }])],
    ["b", output([{ title: "alustaja", organization: "Kela" }])],
  ]);

  it("pairs titles with precision and checks each paired role's organization", () => {
    const r = score(docs, outputs, true);
    expect([r.roles.tp, r.roles.gold, r.roles.pred]).toEqual([2, 3, 3]);
    // kunnanhallituksen shares its stem with Kunnanhallitus; Kela is no organization where the gold has none
    expect(r.roleOrganizationAccuracy).toBe(0.5);
    expect(r.errors.some((e) => e.includes("roles  spurious Aino Salo: sihteeri"))).toBe(true);
    expect(r.errors.some((e) => e.includes("roles  missed Aino Salo: jäsen"))).toBe(true);
  });

  it("scores each genre apart", () => {
    const byGenre = scoreByGenre(docs, outputs);
    expect([...byGenre.keys()]).toEqual(["minutes", "programme"]);
    expect(byGenre.get("programme")!.roles.tp).toBe(1);
  });
});
