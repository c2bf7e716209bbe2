import { mergeChange, unifiedDiff } from './line-merge.js';
import { mergePackageJson } from './manifest-merge.js';
import { PROJECT_WIDE, type FileMap } from './recognise.js';
import { isSharedData } from '../plan.js';

/** A file `add` writes: new (`before` undefined) or changed. */
export interface FileChange {
  path: string;
  before?: string;
  after: string;
}

/** A change `add` could not place: the user makes it, from this diff. */
export interface ManualChange {
  path: string;
  diff: string;
}

export interface CodeChanges {
  changes: FileChange[];
  manual: ManualChange[];
  /** Sample events the user already has with other contents; theirs are kept. */
  keptEvents: string[];
}

/**
 * The change from our render of the project as it was (`base`) to our render as it will be (`next`),
 * applied to the files on disk: a file the change does not touch is left alone, a new file is
 * written where none is, and a changed one is merged where the user's lines around the change are
 * still ours. Anything else is returned as a diff to apply by hand; nothing is guessed. Project-wide
 * files (s.yaml, README.md, .gitignore) are left out, unless named in `alsoProjectWide`.
 */
export function codeChanges(base: FileMap | undefined, next: FileMap, read: (path: string) => string | undefined, alsoProjectWide: readonly string[] = []): CodeChanges {
  const result: CodeChanges = { changes: [], manual: [], keptEvents: [] };
  for (const [path, contents] of next) {
    if (PROJECT_WIDE.has(path) && !alsoProjectWide.includes(path)) continue;
    const was = base?.get(path);
    const current = read(path);
    if (was === contents || current === contents) continue;
    if (current === undefined) {
      // A file of ours the user deleted stays deleted; its change is theirs to make.
      if (was === undefined) result.changes.push({ path, after: contents });
      else result.manual.push({ path, diff: unifiedDiff(path, was, contents) });
    } else if (was === undefined && path === 'package.json') {
      // The project's manifest takes the new function's scripts and dependencies as data.
      const merged = mergePackageJson(current, contents);
      if (merged === undefined) result.manual.push({ path, diff: unifiedDiff(path, current, contents) });
      else if (merged !== current) result.changes.push({ path, before: current, after: merged });
    } else if (was === undefined) {
      if (isSharedData(path)) result.keptEvents.push(path);
      else result.manual.push({ path, diff: unifiedDiff(path, current, contents) });
    } else {
      const merged = mergeChange(was, current, contents);
      if (merged === undefined) result.manual.push({ path, diff: unifiedDiff(path, was, contents) });
      else result.changes.push({ path, before: current, after: merged });
    }
  }
  return result;
}
