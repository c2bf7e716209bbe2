import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file of the team's shared/reference folder, which sits beside the checkout (here and in CI). */
export function referenceFile(relative: string): string {
  let folder = fileURLToPath(new URL('../..', import.meta.url));
  for (;;) {
    const candidate = join(folder, 'shared', 'reference', relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`shared/reference/${relative} not found beside the checkout or above it`);
    folder = parent;
  }
}
