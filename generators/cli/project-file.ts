import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';

/** The project's s.yaml (or s.yml, which Serverless Devs also reads). */
export function projectFile(root: string): { path: string; name: string } {
  for (const name of ['s.yaml', 's.yml']) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    // A pipe or device would block add for ever; no s.yaml is this large.
    const stats = statSync(path);
    if (!stats.isFile()) throw new UserError(t('add.sYamlNotFile', { file: name }));
    if (stats.size > MAX_S_YAML_BYTES) throw new UserError(t('add.sYamlTooLarge', { file: name, size: stats.size, max: MAX_S_YAML_BYTES }));
    return { path, name };
  }
  throw new UserError(t('add.noSYaml', { dir: root }));
}

/** Far beyond any real s.yaml (a project's is a few KB). */
const MAX_S_YAML_BYTES = 4 * 1024 * 1024;
