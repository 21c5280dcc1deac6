/** Invented Finnish batch inputs for the CLI's scale tests, and a runner for the built CLI. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "dist", "cli", "main.js");

const SENTENCES = [
  "Kaupunginhallitus kokoontuu maanantaina 14.3.2022 klo 16.00 kaupungintalolla.",
  "Sivistyslautakunta päätti hyväksyä Ristolan koulun laajennuksen.",
  "Puheenjohtajana toimii Marjatta Kivelä ja sihteerinä Pekka Lindroos.",
  "Tekninen lautakunta hylkäsi esityksen äänin 5–4.",
  "Lisätietoja antaa hallintojohtaja Aino Niemistö, puh. 040 123 4567.",
];

/** An invented document, different for each n. */
export function inventedText(n: number, sentences = 3): string {
  return Array.from({ length: sentences }, (_, k) => SENTENCES[(n + k) % SENTENCES.length]).join(" ") + ` Asia ${n}.`;
}

export function ndjsonLines(count: number, sentences = 3): string[] {
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: inventedText(i, sentences), referenceDate: "2022-03-01" }));
}

export const runCli = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", cwd: ROOT, maxBuffer: 1 << 28 });

export const startCli = (args: string[]): ChildProcessWithoutNullStreams => spawn(process.execPath, [BIN, ...args], { cwd: ROOT });

export const waitExit = (child: ChildProcessWithoutNullStreams) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));

export const ids = (ndjson: string) =>
  ndjson
    .trimEnd()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).id as string);
