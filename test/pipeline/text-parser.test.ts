/** The plain-text parser plugin: mdast with positions, read the way scraped Finnish news is written. */
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";

describe("parseText", () => {
  it("makes headings, paragraphs with breaks, and bullet lists, with positions", () => {
    const text = "Otsikko tässä\n\nEnsimmäinen rivi.\nToinen rivi.\n\n • Yksi\n – Kaksi";
    const tree = parseText(text);
    expect(tree.children.map((n) => n.type)).toEqual(["heading", "paragraph", "list"]);
    const para = tree.children[1];
    expect(para.type === "paragraph" && para.children.map((c) => c.type)).toEqual(["text", "break", "text"]);
    const list = tree.children[2];
    expect(list.type === "list" && list.children).toHaveLength(2);
    for (const n of tree.children) expect(text.slice(n.position!.start.offset, n.position!.end.offset).trim().length).toBeGreaterThan(0);
    expect(text.slice(list.position!.start.offset, list.position!.end.offset)).toBe("• Yksi\n – Kaksi");
  });

  it("keeps '16. maaliskuuta' at a line start as text, not an ordered list", () => {
    const tree = parseText("16. maaliskuuta kokoonnutaan.");
    expect(tree.children.map((n) => n.type)).toEqual(["paragraph"]);
  });

  it("handles CRLF and empty input", () => {
    expect(parseText("").children).toEqual([]);
    const tree = parseText("Rivi yksi.\r\nRivi kaksi.\r\n");
    expect(tree.children).toHaveLength(1);
    expect(tree.position!.end.offset).toBe("Rivi yksi.\r\nRivi kaksi.\r\n".length);
  });
});
