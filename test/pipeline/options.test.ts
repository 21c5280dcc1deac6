/** The options schema: one definition for the API, the CLI and batch lines. */
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_LENGTH, extract, ExtractOptions, optionsJsonSchema, PoimijaError } from "../../src/index.js";

const codeOf = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(PoimijaError);
    return (e as PoimijaError).code;
  }
  return undefined;
};

describe("extract options", () => {
  it("refuses an option it does not know, naming it", () => {
    expect(codeOf(() => extract("x", { bogus: 1 } as never))).toBe("invalid_option");
    expect(() => extract("x", { refrenceDate: "2022-01-01" } as never)).toThrow(/"refrenceDate"/);
  });

  it("refuses a value of the wrong type with a code for the field", () => {
    expect(codeOf(() => extract("x", { maxLength: -1 }))).toBe("invalid_option");
    expect(codeOf(() => extract("x", { extractors: ["names"] as never }))).toBe("invalid_option");
    expect(codeOf(() => extract("x", { referenceDate: new Date(Number.NaN) }))).toBe("invalid_reference_date");
    expect(codeOf(() => extract("x", { format: "pdf" as never }))).toBe("invalid_format");
  });

  it("refuses an input longer than maxLength instead of cutting it", () => {
    expect(codeOf(() => extract("Hallitus kokoontui 2.2.2022.", { maxLength: 10 }))).toBe("input_too_large");
    expect(extract("Hallitus kokoontui 2.2.2022.", { maxLength: 100 }).times).toHaveLength(1);
    expect(ExtractOptions.parse({}).maxLength).toBe(DEFAULT_MAX_LENGTH);
  });

  it("settles every field: defaults filled, a Date made a calendar day", () => {
    expect(ExtractOptions.parse({ referenceDate: new Date(2025, 0, 5) })).toEqual({
      referenceDate: "2025-01-05",
      format: "auto",
      timeZone: "Europe/Helsinki",
      maxLength: DEFAULT_MAX_LENGTH,
    });
  });

  it("documents every field in its JSON Schema", () => {
    type Node = { $ref?: string; description?: string; properties?: Record<string, Node>; additionalProperties?: boolean };
    const json = optionsJsonSchema() as Node & { $defs: Record<string, Node> };
    const resolve = (node: Node): Node => (node.$ref ? { ...json.$defs[node.$ref.replace("#/$defs/", "")], ...node } : node);
    const schema = resolve(json);
    expect(Object.keys(schema.properties!).sort()).toEqual(["extractors", "format", "maxLength", "referenceDate", "timeZone"]);
    for (const [name, field] of Object.entries(schema.properties!)) expect(resolve(field).description, name).toMatch(/\w{4}/);
    expect(schema.additionalProperties).toBe(false);
  });
});
