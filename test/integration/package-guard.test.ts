import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { FC_VERSION_IDS, type FcVersion } from '../../generators/core/catalog/generations.js';
import { NEVER_DEPLOYED } from '../../generators/core/package-guard.js';
import { packageEntries } from '../../generators/cli/measure-package.js';
import { scratchDir } from '../support/cli.js';
import { generateAll } from '../support/generate.js';
import { functionModules } from '../support/s-yaml-functions.js';
import { fc2Packed, fc3Packed } from '../support/serverless-devs-packers.js';

// The package guard, checked by packing as Serverless Devs packs: FC 3.0 with the real packer fc3 runs
// (@serverless-devs/zip), FC 2.0 with a stand-in of fc-deploy's (globby 11 with its options; fc-deploy
// is not on npm). doctor's own model of both (core/doctor/package-rules.ts) must keep the same files.

/** The files and links our model keeps of a code folder, as the packers list them. */
function modelled(folder: string, fcVersion: FcVersion, runtime: string): string[] {
  return packageEntries(folder, fcVersion, runtime).filter((entry) => entry.kind !== 'folder').map((entry) => entry.path).sort();
}

function write(path: string, contents = 'x'): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

/** What a pattern must catch: a folder of that name at the top, and a file of that name below (`*` becomes a name). */
function planted(pattern: string): { folder: string; file: string } {
  const name = pattern.replace(/^\*\*\//, '').replaceAll('*', 'junk');
  return { folder: name, file: `lib/deeper/${name.split('/').at(-1)}` };
}

describe('the .fcignore every guarded code folder gets', () => {
  // One project per family and language with an event function, and a web function on each custom runtime language: both generations.
  const shapes = [...new Map(RUNTIMES.flatMap((runtime) => runtime.generations.flatMap((fcVersion) => runtime.languages.map((language) => {
    const trigger = runtime.family === 'custom' ? 'http' : 'timer';
    return [`${runtime.family}-${language}-${fcVersion}`, { name: `${runtime.family}-${language}-fc${fcVersion}`.replace('.', ''), fcVersion, args: ['--fc-version', fcVersion, '--runtime', runtime.id, '--language', language, '--trigger', trigger] }] as const;
  })))).values()];

  it(`keeps test files, caches, secrets and editor files out, and every file of code in, for both packers (${shapes.length} projects)`, async () => {
    const parent = scratchDir('cfc-package-guard-');
    await generateAll(parent, shapes.map((shape) => [shape.name, ...shape.args]));
    let guarded = 0;
    for (const shape of shapes) {
      for (const { fn } of functionModules(join(parent, shape.name))) {
        const code = join(parent, shape.name, String(fn.code ?? fn.codeUri));
        if (!existsSync(join(code, '.fcignore'))) continue;
        guarded += 1;
        const runtime = String(fn.runtime);
        const generated = modelled(code, shape.fcVersion as FcVersion, runtime);
        expect(generated, `${shape.name}: the code folder's own files`).not.toContain('.fcignore');
        // Everything the guard names, as files and folders, at the top and below.
        for (const pattern of NEVER_DEPLOYED.flatMap((group) => group.patterns).filter((pattern) => pattern !== '.fcignore')) {
          const { folder, file } = planted(pattern);
          write(join(code, folder, 'inside.txt'));
          // node_modules/.cache: a file named .cache elsewhere is not that cache.
          if (!folder.includes('/')) write(join(code, file));
        }
        // Code that must ship, however its folders are named: a module folder called events or test, a bundled cache.
        const kept = ['lib/deeper/kept.js', 'events/handlers.js', 'test/fixtures.py', 'lib/tests/helpers.js', '.cache/puppeteer/chrome.bin'];
        for (const path of kept) write(join(code, path));
        symlinkSync('../../index.js', join(code, 'lib', 'deeper', 'link.js'));
        const expected = [...generated, ...kept, 'lib/deeper/link.js'].sort();
        const packed = shape.fcVersion === '3' ? await fc3Packed(code) : await fc2Packed(code, runtime);
        expect(packed, shape.name).toEqual(expected);
        expect(modelled(code, shape.fcVersion as FcVersion, runtime), `${shape.name}: doctor's model`).toEqual(packed);
      }
    }
    expect(guarded).toBeGreaterThan(0);
  });
});

describe("doctor's model of each packer", () => {
  // Patterns users write, beyond ours: both components' rules, where they differ most.
  const PATTERNS = ['*.md', '!KEEP.md', 'docs/', '/build', './dist', 'a/**/b.txt', 'node_modules', '**/*.map', 'Secret.TXT', '[ab]c.log', '?.tmp', '# a comment'];
  const TREE = ['README.md', 'KEEP.md', 'sub/NOTES.md', 'docs/x.txt', 'sub/docs/y.txt', 'build/o.js', 'sub/build/o.js', 'dist/d.js', 'sub/dist/d.js', 'a/b.txt', 'a/x/y/b.txt',
    'node_modules/m/index.js', 'sub/node_modules/n.js', 'app.js.map', 'sub/app.js.map', 'secret.txt', 'Secret.TXT', 'ac.log', 'cc.log', 'x.tmp', 'xy.tmp', '# a comment', 'index.js', '.env', 'sub/.env', '.git/HEAD'];

  it.each(FC_VERSION_IDS)('FC %s.0: keeps what the packer keeps, for every runtime default', async (fcVersion) => {
    const runtimes = fcVersion === '2' ? ['nodejs20', 'python3', 'php7.2'] : ['nodejs20'];
    for (const runtime of runtimes) {
      const folder = scratchDir('cfc-package-model-');
      for (const path of TREE) write(join(folder, path));
      writeFileSync(join(folder, '.fcignore'), `${PATTERNS.join('\n')}\n`);
      // FC 3.0 reads a .fcignore in every folder, relative to it.
      writeFileSync(join(folder, 'sub', '.fcignore'), 'NOTES.md\n');
      const copy = scratchDir('cfc-package-model-');
      cpSync(folder, copy, { recursive: true });
      const packed = fcVersion === '3' ? await fc3Packed(folder) : await fc2Packed(folder, runtime);
      expect(modelled(copy, fcVersion, runtime), runtime).toEqual(packed);
      expect(packed.length).toBeGreaterThan(3);
    }
  });
});
