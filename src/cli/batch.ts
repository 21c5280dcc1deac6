/**
 * The NDJSON batch contract: each input line `{"id","text","referenceDate"?,"format"?}`
 * gives exactly one output line, `{"id", …Extraction}` or
 * `{"id", "error": {"code", "message"}}`. Nothing a line contains can stop the batch.
 */
import { extract } from "../index.js";
import { BatchInput, type BatchError } from "../schema/index.js";

export function errorRecord(id: BatchError["id"], code: BatchError["error"]["code"], message: string): string {
  return JSON.stringify({ id, error: { code, message } } satisfies BatchError);
}

export function processLine(line: string, defaults: { referenceDate?: string | null; format?: "auto" | "text" | "markdown" } = {}): string {
  if (line.trim() === "") return errorRecord(null, "invalid_json", "empty line");
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return errorRecord(null, "invalid_json", `line is not JSON: ${(e as Error).message}`);
  }
  const id = raw && typeof raw === "object" && "id" in raw && (typeof raw.id === "string" || typeof raw.id === "number") ? raw.id : null;
  const parsed = BatchInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorRecord(id, "invalid_input", `${issue.path.join(".") || "line"}: ${issue.message}`);
  }
  const input = parsed.data;
  try {
    const result = extract(input.text, {
      referenceDate: input.referenceDate ?? defaults.referenceDate ?? null,
      format: input.format ?? defaults.format ?? "auto",
    });
    return JSON.stringify({ id: input.id, ...result });
  } catch (e) {
    return errorRecord(input.id, "extraction_failed", (e as Error).message);
  }
}
