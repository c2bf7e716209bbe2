import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IN_CI } from './tier.js';

/** The team's shared/reference folder beside the checkout or above it, when there is one (CI has it; a contributor's clone may not). */
function referenceDir(): string | undefined {
  let folder = fileURLToPath(new URL('../..', import.meta.url));
  for (;;) {
    const candidate = join(folder, 'shared', 'reference');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

const found = referenceDir();

/** The one line that says the upstream cross-checks are skipped, when they are; printed once per run by the global setup. */
export function referenceSkipNotice(): string | undefined {
  return found || IN_CI ? undefined : 'skipped: cross-checks against the upstream schemas: no shared/reference folder beside the checkout (CI=true makes this a failure)';
}

/**
 * Whether the upstream cross-checks can run. Without shared/reference they are skipped (the global
 * setup says so once); in CI (CI=true) they run, and fail on the missing files.
 */
export function referenceAvailable(): boolean {
  return referenceSkipNotice() === undefined;
}

/** A file of shared/reference. */
export function referenceFile(relative: string): string {
  const path = found ? join(found, relative) : undefined;
  if (!path || !existsSync(path)) throw new Error(`shared/reference/${relative} not found beside the checkout or above it`);
  return path;
}
