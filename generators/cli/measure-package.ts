import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { FcVersion } from '../core/catalog/generations.js';
import { defaultRules, ignoreRules, isLeftOut, readsIgnoreFileIn, type IgnoreRule } from '../core/doctor/package-rules.js';
import type { MeasuredPackage } from '../core/doctor/types.js';

/** The deflate level each component zips with: fc-deploy's archiver at 6, @serverless-devs/zip at 9. */
const ZIP_LEVEL: Record<FcVersion, number> = { '2': 6, '3': 9 };
/** A zip entry's local header and central directory record, before its name twice. */
const ZIP_ENTRY_OVERHEAD = 30 + 46;

/** An entry of a code package: a file, a folder or a link (stored as a link, not followed). */
export interface PackageEntry {
  path: string;
  kind: 'file' | 'folder' | 'link';
  bytes: number;
}

function walk(root: string, folder: string, rules: readonly IgnoreRule[], fcVersion: FcVersion, entries: PackageEntry[]): void {
  const here = folder === '' ? root : join(root, folder);
  const ignoreFile = join(here, '.fcignore');
  const scoped = readsIgnoreFileIn(folder, fcVersion) && existsSync(ignoreFile) ? [...rules, ...ignoreRules(readFileSync(ignoreFile, 'utf8'), folder, fcVersion)] : rules;
  for (const name of readdirSync(here).sort()) {
    const path = folder === '' ? name : `${folder}/${name}`;
    const stats = lstatSync(join(root, path));
    const kind = stats.isDirectory() ? 'folder' : stats.isSymbolicLink() ? 'link' : 'file';
    if (isLeftOut(path, kind === 'folder', scoped)) continue;
    entries.push({ path, kind, bytes: kind === 'file' ? stats.size : 0 });
    if (kind === 'folder') walk(root, path, scoped, fcVersion, entries);
  }
}

/** What the component would zip of a code folder: its entries, ignored ones (and their contents) left out, links not followed. */
export function packageEntries(codeFolder: string, fcVersion: FcVersion, runtime: string): PackageEntry[] {
  const entries: PackageEntry[] = [];
  walk(codeFolder, '', defaultRules(fcVersion, runtime), fcVersion, entries);
  return entries;
}

/**
 * The zip a function's code would make, measured on disk: its files, their bytes, and their size after
 * the component's compression, with the largest top-level entries. Nothing is written.
 */
export function measurePackage(projectRoot: string, fn: { key: string; code?: string; runtime?: string }, fcVersion: FcVersion): MeasuredPackage {
  const { code } = fn;
  // A container's function is its image; code given as an OSS object is already uploaded.
  if (code === undefined || fn.runtime === 'custom-container') return { function: fn.key };
  const measured: MeasuredPackage = { function: fn.key, code };
  const path = join(projectRoot, code);
  if (!existsSync(path)) return measured;
  const stats = lstatSync(path);
  // An archive (a jar, a zip) is uploaded as it is.
  if (!stats.isDirectory()) return { ...measured, files: 1, bytes: stats.size, compressed: stats.size, largest: [{ path: code, compressed: stats.size }] };
  const byTop = new Map<string, number>();
  let [files, bytes, compressed] = [0, 0, 0];
  for (const entry of packageEntries(path, fcVersion, fn.runtime ?? '')) {
    let size = ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(entry.path);
    if (entry.kind === 'file') {
      files += 1;
      bytes += entry.bytes;
      size += deflateRawSync(readFileSync(join(path, entry.path)), { level: ZIP_LEVEL[fcVersion] }).length;
    }
    compressed += size;
    const top = entry.path.split('/')[0] as string;
    byTop.set(top, (byTop.get(top) ?? 0) + size);
  }
  const largest = [...byTop].sort((a, b) => b[1] - a[1]).map(([entry, size]) => ({ path: entry, compressed: size }));
  return { ...measured, files, bytes, compressed, largest };
}
