import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import type { FileChange } from '../core/add/plan-add.js';
import type { AddContext, FileMap } from '../core/add/recognise.js';
import { planProject } from '../core/plan.js';
import { renderPlan } from '../write/render.js';

/** Bytes that are not UTF-8 text (a CBOR sample event) travel as latin1, one char per byte, so they are written back unchanged. */
function asText(bytes: Buffer): { text: string; binary: boolean } {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? { text, binary: false } : { text: bytes.toString('latin1'), binary: true };
}

/** The project's files as `add` reads them, and our templates rendered in memory. */
export function projectContext(root: string): AddContext & { binary: Set<string> } {
  const binary = new Set<string>();
  const cache = new Map<string, string | undefined>();
  return {
    binary,
    render(spec) {
      const files = new Map<string, string>();
      for (const file of renderPlan(planProject(spec))) {
        const { text, binary: isBinary } = asText(file.contents);
        if (isBinary) binary.add(file.path);
        files.set(file.path, text);
      }
      return files as FileMap;
    },
    read(path) {
      if (!cache.has(path)) {
        const full = join(root, path);
        cache.set(path, existsSync(full) ? asText(readFileSync(full)).text : undefined);
      }
      return cache.get(path);
    },
  };
}

/** The real path of `path`, or of its deepest folder that exists: where a write there would land, symlinks followed. */
function landing(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = realpathSync(existing);
  return existing === path ? real : join(real, relative(existing, path));
}

/**
 * Refuses, before anything is written, a change whose path leaves the project: an absolute path, a
 * `..` (an s.yaml's `codeUri: ../x`), or a folder or file on the way that is a symlink to elsewhere.
 */
export function checkInsideProject(root: string, changes: readonly FileChange[]): void {
  const realRoot = realpathSync(root);
  for (const change of changes) {
    const lands = isAbsolute(change.path) ? change.path : landing(join(root, change.path));
    const inside = relative(realRoot, lands);
    if (isAbsolute(change.path) || inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new UserError(t('add.outsideProject', { path: change.path, lands, root: realRoot }));
    }
  }
}

/**
 * Writes every change or none: each new text goes to a temporary file beside its target first, and
 * only when all are written are they renamed over the targets, so a failure (a read-only folder,
 * a full disk) leaves every file as it was.
 */
export function writeChanges(root: string, changes: readonly FileChange[], binary: ReadonlySet<string>): void {
  const staged: { temporary: string; target: string }[] = [];
  const madeFolders: string[] = [];
  try {
    for (const change of changes) {
      const target = join(root, change.path);
      const folder = dirname(target);
      // mkdir returns the first folder it made, below which everything new is.
      const made = existsSync(folder) ? undefined : mkdirSync(folder, { recursive: true });
      if (made) madeFolders.push(made);
      const temporary = `${target}.cfc-${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.from(change.after, binary.has(change.path) ? 'latin1' : 'utf8'));
      staged.push({ temporary, target });
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    for (const folder of madeFolders.reverse()) rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
}
