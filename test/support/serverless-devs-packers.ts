import { lstatSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { execa } from 'execa';
import globby from 'globby';
import zip from '@serverless-devs/zip';
import { scratchDir } from './scratch.js';

/**
 * The files (and links) FC 3.0's component zips from a code folder: the real packer fc3 calls
 * (@serverless-devs/zip, the version fc3's lockfile resolves, with fc3's options: `.fcignore` read in
 * every folder), its zip read back entry by entry with Python's zipfile.
 */
export async function fc3Packed(codeFolder: string): Promise<string[]> {
  const out = scratchDir('cfc-fc3-zip-');
  const zipper = (zip as unknown as { default?: typeof zip }).default ?? zip;
  const result = await (zipper as unknown as (options: Record<string, unknown>) => Promise<{ outputFile: string }>)({
    codeUri: codeFolder,
    ignoreFiles: ['.fcignore'],
    outputFilePath: out,
    outputFileName: 'code.zip',
    logger: { debug: () => undefined, warn: () => undefined, info: () => undefined },
  });
  const { stdout } = await execa('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', result.outputFile]);
  // Folder entries (a trailing /) are left out: the files and links are what is deployed.
  return stdout.split('\n').filter((name) => name !== '' && !name.endsWith('/')).sort();
}

/** fc-deploy's own ignores, and those it adds for some runtimes (devsapp/fc-deploy @a398479 src/lib/ignore.ts). */
const FC_DEPLOY_DEFAULTS = ['.git', '.svn', '.env', '.DS_Store', 'template.packaged.yml', '.nas.yml', '.s/nas', '.s/tmp', '.s/package'];
const FC_DEPLOY_RUNTIME: Record<string, string[]> = { 'python2.7': ['node_modules'], python3: ['node_modules'], 'php7.2': ['node_modules', '.s/python'] };

/**
 * The files (and links) FC 2.0's component zips from a code folder: fc-deploy's packer is not published to npm, so this
 * stand-in follows its source (devsapp/fc-deploy @a398479: src/lib/ignore.ts isIgnoredInCodeUri, the
 * same globby 11.1.0 call with its options over the defaults and the code folder's `.fcignore` lines;
 * src/lib/zip.ts zipFolder, which skips an ignored path and does not enter an ignored folder).
 */
export async function fc2Packed(codeFolder: string, runtime: string): Promise<string[]> {
  const root = resolve(codeFolder);
  const ignoreFile = join(root, '.fcignore');
  const lines = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8').split('\n').filter((line) => line !== '') : [];
  const ignored = new Set(await globby([...FC_DEPLOY_DEFAULTS, ...(FC_DEPLOY_RUNTIME[runtime] ?? []), ...lines], { cwd: root, dot: true, absolute: true, onlyFiles: false, expandDirectories: false }));
  const kept: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (ignored.has(path)) continue;
      if (lstatSync(path).isDirectory()) walk(path);
      else kept.push(relative(root, path));
    }
  };
  walk(root);
  return kept.sort();
}
