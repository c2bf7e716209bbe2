import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import type { FileChange } from '../core/add/plan-add.js';
import type { AddContext, FileMap } from '../core/add/recognise.js';
import { planProject } from '../core/plan.js';
import type { FileWrite } from '../write/commit.js';
import { renderPlan } from '../write/render.js';

/** Bytes that are not UTF-8 text (a CBOR sample event, a Latin-1 comment) travel as latin1, one char per byte, so they are written back unchanged. */
function asText(bytes: Buffer): { text: string; binary: boolean } {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? { text, binary: false } : { text: bytes.toString('latin1'), binary: true };
}

/** A text whose every line ends in CRLF (a file saved on Windows): add reads it with LF and writes CRLF back. */
function isCrlf(text: string): boolean {
  return text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
}

/** The project's files as `add` reads them (as LF text), our templates rendered in memory, and the bytes each change writes. */
export function projectContext(root: string): AddContext & { binary: Set<string>; writesOf(changes: readonly FileChange[]): FileWrite[] } {
  // Shown as binary in a diff: our non-text files. Written as latin1: those, and files read as not UTF-8.
  const binary = new Set<string>();
  const latin1 = new Set<string>();
  const crlf = new Set<string>();
  const cache = new Map<string, { bytes: Buffer; text: string } | null>();
  const load = (path: string) => {
    if (!cache.has(path)) {
      const full = join(root, path);
      const bytes = existsSync(full) ? readFileSync(full) : null;
      if (bytes === null) cache.set(path, null);
      else {
        const { text, binary: notUtf8 } = asText(bytes);
        if (notUtf8) latin1.add(path);
        if (isCrlf(text)) crlf.add(path);
        cache.set(path, { bytes, text: crlf.has(path) ? text.replaceAll('\r\n', '\n') : text });
      }
    }
    return cache.get(path) ?? null;
  };
  return {
    binary,
    writesOf(changes) {
      return changes.map((change) => {
        const text = crlf.has(change.path) ? change.after.replaceAll('\n', '\r\n') : change.after;
        // Latin-1 holds only U+0000..U+00FF; a new line beyond that has no bytes in the file's encoding.
        if (latin1.has(change.path) && /[^\u0000-\u00ff]/u.test(text)) throw new UserError(t('add.notUtf8', { path: change.path }));
        return { path: change.path, contents: Buffer.from(text, latin1.has(change.path) ? 'latin1' : 'utf8'), was: load(change.path)?.bytes ?? null };
      });
    },
    render(spec) {
      const files = new Map<string, string>();
      for (const file of renderPlan(planProject(spec))) {
        const { text, binary: isBinary } = asText(file.contents);
        if (isBinary) {
          binary.add(file.path);
          latin1.add(file.path);
        }
        files.set(file.path, text);
      }
      return files as FileMap;
    },
    read(path) {
      return load(path)?.text;
    },
  };
}
