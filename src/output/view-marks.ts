/**
 * Highlighting ranges of a text in HTML when the ranges nest, touch, repeat
 * or cross. HTML elements can only nest, so the text is cut at every range
 * boundary and each piece is wrapped in the ranges that cover it, outermost
 * first; a range that has to be closed early (because an earlier one ends
 * inside it) is reopened with its continuation tag. Every range thus has
 * exactly one head element, which is what counts and focus work with.
 */
import { PoimijaError } from "../errors.js";

export interface Mark {
  start: number;
  end: number;
  /** Among ranges with the same start and end, the lower layer is the outer element. */
  layer: number;
  /** Opening tag of the range's first element: a `<span …>`. */
  head: string;
  /** Opening tag of any later element of a range that had to be split: a `<span …>`. */
  rest: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function checkSpan(mark: Mark, length: number): void {
  const { start, end } = mark;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new PoimijaError("invalid_extraction", `the span ${start}–${end} does not lie within the text (${length} characters)`);
  }
}

/** The escaped text with every mark wrapped around its range. */
export function markUp(text: string, marks: readonly Mark[]): string {
  for (const m of marks) checkSpan(m, text.length);
  // outer before inner: earlier start, then longer, then lower layer
  const order = marks
    .map((_, i) => i)
    .sort((a, b) => marks[a].start - marks[b].start || marks[b].end - marks[a].end || marks[a].layer - marks[b].layer || a - b);
  const rank = new Int32Array(marks.length);
  order.forEach((m, r) => (rank[m] = r));
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);

  const out: string[] = [];
  const open: number[] = [];
  const started = new Uint8Array(marks.length);
  let active: number[] = [];
  let next = 0;
  for (let c = 0; c < cuts.length; c++) {
    const at = cuts[c];
    active = active.filter((m) => marks[m].end > at);
    const empty: number[] = [];
    for (; next < order.length && marks[order[next]].start === at; next++) {
      const m = order[next];
      if (marks[m].end === at) empty.push(m);
      else active.splice(insertionPoint(active, rank, rank[m]), 0, m);
    }
    let same = 0;
    while (same < open.length && same < active.length && open[same] === active[same]) same++;
    for (; open.length > same; open.pop()) out.push("</span>");
    for (const m of empty) out.push(marks[m].head, "</span>");
    for (const m of active.slice(same)) {
      out.push(started[m] ? marks[m].rest : marks[m].head);
      started[m] = 1;
      open.push(m);
    }
    if (c + 1 < cuts.length) out.push(escapeHtml(text.slice(at, cuts[c + 1])));
  }
  return out.join("");
}

/** Where a mark of rank `r` goes in a list sorted by rank (the list is as deep as the nesting). */
function insertionPoint(list: number[], rank: Int32Array, r: number): number {
  let i = list.length;
  while (i > 0 && rank[list[i - 1]] > r) i--;
  return i;
}
