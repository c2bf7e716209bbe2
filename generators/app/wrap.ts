/** Visible width of terminal text: colour codes take no room. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** The terminal's width, 80 without one; text wider than 100 columns reads badly anyway. */
export function terminalWidth(stream: { columns?: number } = process.stdout): number {
  return Math.min(stream.columns && stream.columns > 20 ? stream.columns : 80, 100);
}

/**
 * Wraps text at spaces to the width, never inside a word; `first` starts the first line, and the
 * others are indented by `indent` spaces. A word longer than a line stays whole.
 */
export function wrapText(text: string, options: { width?: number; indent?: number; first?: string } = {}): string {
  const width = options.width ?? terminalWidth();
  const indent = ' '.repeat(options.indent ?? 0);
  const lines: string[] = [];
  let line = options.first ?? '';
  let empty = true;
  for (const word of text.split(/ +/)) {
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
