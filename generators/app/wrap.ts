// East Asian wide characters (CJK ideographs, kana, Hangul, full-width forms) take two columns.
const WIDE_RANGES = '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`);
// Spaces, colour codes, single wide characters, and runs of anything else (words).
const PIECE = new RegExp(`\\s+|\\u001b\\[[0-9;]*m|[${WIDE_RANGES}]|[^\\s\\u001b${WIDE_RANGES}]+`, 'g');
// Punctuation that must not start a line stays with the piece before it; opening punctuation, with the one after it.
const CLOSING = /^[，。：；！？、）》」』】”,.:;!?)\]]/;
const OPENING = /[（《「『【“(\[]$/;

/** Columns a text takes on a terminal: colour codes none, wide characters two. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  const plain = text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const char of plain) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The terminal's width, 80 without one; text wider than 100 columns reads badly anyway. */
export function terminalWidth(stream: { columns?: number } = process.stdout): number {
  return Math.min(stream.columns && stream.columns > 20 ? stream.columns : 80, 100);
}

/** Pieces a line may break between: words (a space before them), and each wide character (none). */
function pieces(text: string): { text: string; space: boolean }[] {
  const result: { text: string; space: boolean }[] = [];
  let space = false;
  let glue = false;
  for (const [piece] of text.matchAll(PIECE)) {
    if (/^\s+$/.test(piece)) {
      space = true;
      continue;
    }
    const last = result.at(-1);
    const escape = piece.startsWith('\u001b');
    // A colour code and opening punctuation stick to the piece after them, closing punctuation to the one before it.
    if (last && !space && (escape || glue || CLOSING.test(piece))) last.text += piece;
    else result.push({ text: piece, space });
    glue = escape || OPENING.test(piece);
    space = false;
  }
  return result;
}

/**
 * Wraps text to the width at spaces, or between wide characters, never inside a word; `first`
 * starts the first line and the others are indented by `indent` spaces. A word longer than a line stays whole.
 */
export function wrapText(text: string, options: { width?: number; indent?: number; first?: string } = {}): string {
  const width = options.width ?? terminalWidth();
  const indent = ' '.repeat(options.indent ?? 0);
  const lines: string[] = [];
  let line = options.first ?? '';
  let used = visibleLength(line);
  let empty = true;
  for (const piece of pieces(text)) {
    const gap = empty || !piece.space ? '' : ' ';
    const size = visibleLength(piece.text);
    if (!empty && used + gap.length + size > width) {
      lines.push(line);
      line = indent + piece.text;
      used = indent.length + size;
    } else {
      line += gap + piece.text;
      used += gap.length + size;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Wraps a text that a prompt prints after `prefix` columns of its own ("? ", "❯ ", "> "): the
 * first line leaves room for them and the others line up under the text. Inquirer breaks longer
 * lines at the exact column, inside words, so every text it shows is wrapped here first.
 */
export function wrapAfter(text: string, prefix: number, width = terminalWidth()): string {
  return wrapText(text, { width, first: ' '.repeat(prefix), indent: prefix }).slice(prefix);
}
