/** The role rules stay linear on long lines of the shapes they read (test/hardening/growth.ts). */
import { describe, expect, it } from "vitest";
import { growth, GROWTH_BOUND } from "../../hardening/growth.js";

const SHAPES: ReadonlyArray<{ name: string; make: (n: number) => string; n: number }> = [
  { name: "elections into a body, in one sentence", make: (n) => "Hallitukseen valittiin Matti Virtanen ja Anna Mäki, ".repeat(n), n: 600 },
  { name: "deputies after a post, in one sentence", make: (n) => "Pöytäkirjantarkastajiksi valittiin Matti Virtanen, varalla Anna Mäki, ".repeat(n), n: 600 },
  { name: "group members, in one sentence", make: (n) => "valtuustoryhmästä Matti Virtanen, Anna Mäki ja ".repeat(n), n: 600 },
  { name: "predicates of Hän, in one line", make: (n) => "Matti Virtanen puhui. Hän on puheenjohtaja ja sihteeri. ".repeat(n), n: 400 },
  { name: "posts left, in one line", make: (n) => "Valtuusto myönsi eron Anna Mäelle jäsenen tehtävästä ja valitsi tilalleen Matti Virtasen. ".repeat(n), n: 300 },
  { name: "places taken, in one line", make: (n) => "Valtuusto valitsi jäseneksi Matti Virtasen Anna Mäen tilalle. ".repeat(n), n: 300 },
  { name: "memberships left, in one sentence", make: (n) => "Valtuusto myönsi Anna Mäelle eron lautakunnan jäsenyydestä, ".repeat(n), n: 300 },
];

describe("role rules grow linearly", () => {
  for (const shape of SHAPES) {
    it(shape.name, () => {
      const g = growth(shape.make, shape.n, { format: "text" }, 5, 4);
      expect(g.ratio, `${shape.name}: ${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms`).toBeLessThan(GROWTH_BOUND);
    });
  }
});
