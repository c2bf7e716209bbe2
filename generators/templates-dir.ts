import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { targetPath, type Plan } from './core/plan.js';

/** templates/ at the package root; this file sits one level below it both in generators/ and dist/. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

/** One file to write: from a template (rendered when `data` is set) or from contents built as data. */
export type PlannedWrite =
  | { kind: 'template'; source: string; target: string; data: Record<string, unknown> }
  | { kind: 'copy'; source: string; target: string }
  | { kind: 'contents'; target: string; contents: string };

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Expands a plan's layers into single files, reading only the templates folder. */
export function expandPlan(plan: Plan, templatesDir = TEMPLATES_DIR): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  for (const layer of plan.layers) {
    const folder = join(templatesDir, layer.source);
    for (const file of filesIn(folder)) {
      const source = join(folder, file);
      const target = targetPath(file, layer.functionName);
      writes.push(file.endsWith('.ejs') ? { kind: 'template', source, target, data: layer.data } : { kind: 'copy', source, target });
    }
  }
  for (const copy of plan.copies) writes.push({ kind: 'copy', source: join(templatesDir, copy.from), target: copy.to });
  for (const file of plan.files) writes.push({ kind: 'contents', target: file.path, contents: file.contents });
  const seen = new Set<string>();
  for (const write of writes) {
    // Two layers writing one path would silently drop a file: that is a template bug.
    if (seen.has(write.target)) throw new Error(`Two templates write ${write.target}`);
    seen.add(write.target);
  }
  return writes;
}
