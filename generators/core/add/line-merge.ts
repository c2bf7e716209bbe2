/**
 * Line diffs for `add`: which lines a change makes (from our file as it was rendered to as it would
 * be rendered now), applied to the user's file only where the lines around it are still ours; and
 * unified diffs for `--dry-run` and for the lines a user adds by hand.
 */

/** base[start, end) is replaced by `lines`. */
export interface Hunk {
  start: number;
  end: number;
  lines: string[];
}

/** Lines of a text; a final newline gives a last empty line, so it survives a round trip. */
export function linesOf(text: string): string[] {
  return text.split('\n');
}

/** For each line of `a`, the line of `b` it is matched with in a longest common subsequence, or -1. */
export function matchLines(a: readonly string[], b: readonly string[]): Int32Array {
  // Lines the two share at both ends are matched without the table, which keeps it small.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const match = new Int32Array(a.length).fill(-1);
  for (let i = 0; i < head; i += 1) match[i] = i;
  for (let i = 0; i < tail; i += 1) match[a.length - 1 - i] = b.length - 1 - i;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[head + i] === b[head + j] ? (table[(i + 1) * width + j + 1] as number) + 1 : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[head + i] === b[head + j]) {
      match[head + i] = head + j;
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i += 1;
    else j += 1;
  }
  return match;
}

/** The hunks that turn `a` into `b`. */
export function hunksOf(a: readonly string[], b: readonly string[]): Hunk[] {
  const match = matchLines(a, b);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && match[i] === j) {
      i += 1;
      j += 1;
      continue;
    }
    const start = i;
    while (i < a.length && match[i] === -1) i += 1;
    const next = i < a.length ? (match[i] as number) : b.length;
    hunks.push({ start, end: i, lines: b.slice(j, next) });
    j = next;
  }
  return hunks;
}

/**
 * Applies the change from `base` to `next` to `current`, the user's copy of `base`: each changed
 * region, and the line on either side of it, must be as in `base` (the user did not edit there).
 * Undefined when a change cannot be placed: `add` then prints it instead of guessing.
 */
export function mergeChange(base: string, current: string, next: string): string | undefined {
  const [baseLines, currentLines] = [linesOf(base), linesOf(current)];
  const toCurrent = matchLines(baseLines, currentLines);
  const placed: { at: number; remove: number; lines: string[] }[] = [];
  for (const hunk of hunksOf(baseLines, linesOf(next))) {
    const from = Math.max(hunk.start - 1, 0);
    const to = Math.min(hunk.end, baseLines.length - 1);
    const anchor = toCurrent[from] as number;
    if (anchor === -1) return undefined;
    for (let line = from; line <= to; line += 1) if (toCurrent[line] !== anchor + (line - from)) return undefined;
    placed.push({ at: anchor + (hunk.start - from), remove: hunk.end - hunk.start, lines: hunk.lines });
  }
  const result = [...currentLines];
  for (const change of placed.reverse()) result.splice(change.at, change.remove, ...change.lines);
  return result.join('\n');
}

/** A text's lines, each with its newline; the last one may have none. */
function linesWithEnds(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** A diff line: its marker, the line, and git's note when the file ends without a newline there. */
function diffLine(marker: string, line: string): string {
  return line.endsWith('\n') ? `${marker}${line.slice(0, -1)}` : `${marker}${line}\n\\ No newline at end of file`;
}

/** A unified diff of one file (`before` undefined: a new file), with `context` lines around each change; git and patch apply it. */
export function unifiedDiff(path: string, before: string | undefined, after: string, context = 3): string {
  // Lines are compared with their newlines, so a last line that gains one is a change, as git sees it.
  const a = linesWithEnds(before ?? '');
  const b = linesWithEnds(after);
  const hunks = hunksOf(a, b);
  if (hunks.length === 0) return '';
  const out = [`--- ${before === undefined ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`];
  // Hunks closer than twice the context print as one.
  const groups: Hunk[][] = [];
  for (const hunk of hunks) {
    const last = groups.at(-1)?.at(-1);
    if (last && hunk.start - last.end <= 2 * context) groups.at(-1)?.push(hunk);
    else groups.push([hunk]);
  }
  let offset = 0;
  for (const group of groups) {
    const first = group[0] as Hunk;
    const lastHunk = group.at(-1) as Hunk;
    const start = Math.max(first.start - context, 0);
    const end = Math.min(lastHunk.end + context, a.length);
    const body: string[] = [];
    let line = start;
    let added = 0;
    let removed = 0;
    for (const hunk of group) {
      for (; line < hunk.start; line += 1) body.push(diffLine(' ', a[line] as string));
      for (; line < hunk.end; line += 1) body.push(diffLine('-', a[line] as string));
      body.push(...hunk.lines.map((text) => diffLine('+', text)));
      added += hunk.lines.length;
      removed += hunk.end - hunk.start;
    }
    for (; line < end; line += 1) body.push(diffLine(' ', a[line] as string));
    const oldCount = end - start;
    const newStart = start + offset;
    const newCount = oldCount - removed + added;
    out.push(`@@ -${oldCount === 0 ? start : start + 1},${oldCount} +${newCount === 0 ? newStart : newStart + 1},${newCount} @@`, ...body);
    offset += added - removed;
  }
  return `${out.join('\n')}\n`;
}
