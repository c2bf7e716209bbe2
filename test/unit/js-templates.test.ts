import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'derive-js-templates.js');
const REGENERATE = 'npm run templates:js (node scripts/derive-js-templates.js)';
// The JavaScript template folders derived from TypeScript ones, as the script's templatePairs has them: one per trigger folder.
const TRIGGER_FOLDERS = readdirSync(join(ROOT, 'templates/triggers'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `triggers/${entry.name}`);
const SHARED_FOLDERS = readdirSync(join(ROOT, 'templates/shared'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `shared/${entry.name}`);
const DERIVED_FOLDERS = ['nodejs/javascript', 'custom/javascript', ...[...TRIGGER_FOLDERS, ...SHARED_FOLDERS].map((folder) => `${folder}/nodejs/javascript`)];

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

let outDir: string;
let derived: string[];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'cfc-js-templates-'));
  await execa(process.execPath, [SCRIPT, '--out', outDir], { cwd: ROOT, stdin: 'ignore' });
  derived = filesBelow(outDir);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('JavaScript templates', () => {
  it('are derived from the TypeScript ones', () => {
    expect(derived.length).toBeGreaterThan(DERIVED_FOLDERS.length);
    for (const folder of DERIVED_FOLDERS) expect(derived.some((file) => file.startsWith(`${folder}/`)), folder).toBe(true);
  });

  it(`are up to date with the TypeScript ones (run: ${REGENERATE})`, () => {
    for (const file of derived) {
      const committed = join(ROOT, 'templates', file);
      expect(existsSync(committed), `templates/${file} is missing; run: ${REGENERATE}`).toBe(true);
      expect(readFileSync(committed, 'utf8'), `templates/${file} differs from its TypeScript source; run: ${REGENERATE}`).toBe(readFileSync(join(outDir, file), 'utf8'));
    }
  });

  it('leave no stale copy under the other name (a template that gained or lost its EJS tags)', () => {
    for (const file of derived) {
      const other = file.endsWith('.ejs') ? file.slice(0, -'.ejs'.length) : `${file}.ejs`;
      expect(existsSync(join(ROOT, 'templates', other)), `templates/${other} is stale next to templates/${file}; run: ${REGENERATE}`).toBe(false);
    }
  });

  it('would notice a TypeScript template changed without its JavaScript', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cfc-js-templates-stale-'));
    try {
      for (const folder of ['nodejs/typescript', 'custom/typescript', 'triggers/timer/nodejs/typescript']) cpSync(join(ROOT, 'templates', folder), join(scratch, 'in', folder), { recursive: true });
      const timer = join(scratch, 'in', 'triggers/timer/nodejs/typescript/src/__function__/triggers/timer.ts');
      writeFileSync(timer, readFileSync(timer, 'utf8').replace("trigger: 'timer',", "trigger: 'timer-changed',"));
      await execa(process.execPath, [SCRIPT, '--templates', join(scratch, 'in'), '--out', join(scratch, 'out')], { cwd: ROOT, stdin: 'ignore' });
      const file = 'triggers/timer/nodejs/javascript/src/__function__/triggers/timer.js';
      expect(readFileSync(join(scratch, 'out', file), 'utf8')).toContain("trigger: 'timer-changed',");
      expect(readFileSync(join(scratch, 'out', file), 'utf8')).not.toBe(readFileSync(join(ROOT, 'templates', file), 'utf8'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
