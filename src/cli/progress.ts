/**
 * The batch's progress on a terminal: records, records/s, MB/s, errors and,
 * when the input's size is known, an ETA; then a one-line summary. On a
 * stderr that is not a terminal it writes nothing (errors go there alone).
 */
export interface BatchStats {
  /** Records written. */
  records: number;
  errors: number;
  /** Input bytes read. */
  bytes: number;
  /** Input size in bytes, when every input is a file. */
  totalBytes: number | null;
  started: number;
}

export const newStats = (totalBytes: number | null): BatchStats => ({ records: 0, errors: 0, bytes: 0, totalBytes, started: Date.now() });

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export function progressLine(stats: BatchStats, now: number): string {
  const seconds = Math.max((now - stats.started) / 1000, 1e-3);
  const parts = [`${stats.records} docs`, `${(stats.records / seconds).toFixed(1)} docs/s`, `${(stats.bytes / 1e6 / seconds).toFixed(2)} MB/s`, `${stats.errors} errors`];
  if (stats.totalBytes) {
    const fraction = Math.min(stats.bytes / stats.totalBytes, 1);
    const width = 20;
    const filled = Math.round(fraction * width);
    parts.unshift(`[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(100 * fraction).toFixed(0)}%`);
    if (fraction > 0) parts.push(`ETA ${duration((seconds * (1 - fraction)) / fraction)}`);
  }
  return parts.join("  ");
}

export function summaryLine(stats: BatchStats, now: number): string {
  const seconds = Math.max((now - stats.started) / 1000, 1e-3);
  return `poimija: ${stats.records} docs, ${stats.errors} errors in ${duration(seconds)} (${(stats.records / seconds).toFixed(1)} docs/s, ${(stats.bytes / 1e6 / seconds).toFixed(2)} MB/s)`;
}

export interface Progress {
  /** Ends the bar and prints the summary (on a terminal). */
  finish(): void;
}

/** Redraws the bar a few times a second on a terminal; on anything else, does nothing. */
export function startProgress(stats: BatchStats, err: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !err.isTTY) return { finish() {} };
  const draw = () => err.write(`\r\x1b[K${progressLine(stats, Date.now())}`);
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    finish() {
      clearInterval(timer);
      err.write(`\r\x1b[K${summaryLine(stats, Date.now())}\n`);
    },
  };
}
