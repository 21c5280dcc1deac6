/** `poimija schema` documents every field: each property of every published JSON Schema has a description, on it or on the definition it refers to. */
import { describe, expect, it } from "vitest";
import { batchOutputJsonSchema, extractionJsonSchema, optionsJsonSchema } from "../../src/index.js";

type Node = { $ref?: string; description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };

function undocumented(schema: Node & { $defs?: Record<string, Node> }): string[] {
  const defs = schema.$defs ?? {};
  const resolve = (n: Node): Node => (n.$ref ? { ...defs[n.$ref.replace("#/$defs/", "")], ...n } : n);
  const missing: string[] = [];
  const visit = (node: Node, path: string) => {
    const n = resolve(node);
    for (const [name, field] of Object.entries(n.properties ?? {})) {
      const f = resolve(field);
      const described = f.description ?? f.anyOf?.map(resolve).find((a) => a.description)?.description ?? (f.items && resolve(f.items).description);
      if (!described) missing.push(`${path}.${name}`);
    }
  };
  visit(schema, "$");
  for (const [name, def] of Object.entries(defs)) visit(def, name);
  return missing;
}

describe("JSON Schemas", () => {
  it.each([
    ["extraction", extractionJsonSchema],
    ["batch output", batchOutputJsonSchema],
    ["options", optionsJsonSchema],
  ])("%s: every field has a description", (_name, make) => {
    expect(undocumented(make() as Node)).toEqual([]);
  });
});
