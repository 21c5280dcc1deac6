/**
 * Every regular expression of src/: the literals (`/…/u`), read from the
 * TypeScript source, and every pattern built at run time (`new RegExp`,
 * `fiRegExp`, `wordStart`, …), recorded by a RegExp constructor that notes
 * its arguments while src/'s modules load and extract runs. Together they
 * are the patterns the library can run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface Pattern {
  source: string;
  flags: string;
  /** Where it was found: a file and line for a literal, "runtime" for a built one. */
  where: string;
}

export const SRC = join(import.meta.dirname, "../../src");

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** The regular expression literals of a TypeScript file, and `new RegExp("…")` with a literal source. */
export function literalPatterns(file: string): Pattern[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Pattern[] = [];
  const where = (node: ts.Node) => `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literal = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const slash = raw.lastIndexOf("/");
      out.push({ source: raw.slice(1, slash), flags: raw.slice(slash + 1), where: where(node) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const source = literal(node.arguments?.[0]);
      if (source !== undefined) out.push({ source, flags: literal(node.arguments?.[1]) ?? "", where: where(node) });
    }
    node.forEachChild((child) => {
      stack.push(child);
    });
  }
  return out;
}

/** One of each source and flags, the first place it was found kept. */
export function distinct(patterns: Pattern[]): Pattern[] {
  const seen = new Map<string, Pattern>();
  for (const p of patterns) {
    const key = `/${p.source}/${[...p.flags].sort().join("")}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/**
 * Runs `load` with a RegExp constructor that notes the source and flags of
 * every pattern built, and returns them. The constructor is put back after.
 */
export async function builtPatterns(load: () => Promise<unknown>): Promise<Pattern[]> {
  const original = globalThis.RegExp;
  const out: Pattern[] = [];
  const note = (args: unknown[]) => {
    // only patterns src/ builds, itself or through a library it calls: not those libraries build for their own use when loaded
    const where = new Error().stack?.split("\n").find((frame) => frame.includes(SRC) && !frame.includes("node_modules"));
    if (!where) return;
    const at = `built at ${relative(SRC, where.slice(where.indexOf(SRC)).replace(/:\d+\)?$/, "").replace(/\)$/, ""))}`;
    const [source, flags] = args;
    if (typeof source === "string") out.push({ source, flags: typeof flags === "string" ? flags : "", where: at });
    else if (source instanceof original) out.push({ source: source.source, flags: typeof flags === "string" ? flags : source.flags, where: at });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      note(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, that, args) {
      note(args);
      return Reflect.apply(target, that, args);
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return out;
}

/**
 * The pattern without its lookarounds. recheck's automaton checker refuses
 * them; the lookarounds here are short and bounded, and removing one lets
 * the rest match more, never less, so the rest is checked for the worse case.
 */
export function withoutLookarounds(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (c === "[") {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === "(" && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      i = groupEnd(source, i) - 1;
    } else out += c;
  }
  return out;
}

/** The offset after the character class that opens at `i`. */
function classEnd(source: string, i: number): number {
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === "\\") k++;
    else if (source[k] === "]" && k > i + 1) return k + 1;
  }
  return source.length;
}

/** The offset after the group that opens at `i`. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const c = source[k];
    if (c === "\\") k++;
    else if (c === "[") k = classEnd(source, k) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return k + 1;
  }
  return source.length;
}
