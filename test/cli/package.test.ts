import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, inject, it } from 'vitest';
import { bundledPackages, build, noticeText } from '../../scripts/build.js';
import { scratchDir } from '../support/cli.js';

const PACKAGE = inject('installedPackage');
const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string>; dependencies?: Record<string, string> };
const PEERS = Object.keys(manifest.peerDependencies ?? {});
const BUILTINS = new Set(builtinModules);

type Node = { type: string; [key: string]: unknown };

/** Every module specifier a bundle file names: static and dynamic imports, re-exports and require() calls. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type, source, callee, arguments: args } = node as Node & { source?: { value?: unknown }; callee?: Node & { name?: string }; arguments?: Node[] };
    if ((type === 'ImportDeclaration' || type === 'ExportNamedDeclaration' || type === 'ExportAllDeclaration' || type === 'ImportExpression') && typeof source?.value === 'string') found.push(source.value);
    if (type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'require') {
      const [first] = args ?? [];
      // A computed require would hide what it loads: the bundle must have none.
      found.push(first?.type === 'Literal' && typeof first.value === 'string' ? first.value : '<computed require>');
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  return found;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier);

/** The bundle files `entry` loads, itself included, following its relative imports. */
function loadedFiles(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier));
  }
  return [...seen];
}

describe('the published package', () => {
  it('installs as one package: nothing is installed beside it', () => {
    const lock = JSON.parse(readFileSync(join(PACKAGE, '..', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages)).toEqual(['node_modules/create-fc-function']);
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('ships the bin, the bundle, the packed templates and the licence notices, and no sources', () => {
    for (const file of ['bin/create-fc-function.js', 'dist/cli.js', 'dist/generator.js', 'dist/templates.pack', 'dist/THIRD-PARTY-NOTICES.md', 'LICENSE', 'README.md']) expect(existsSync(join(PACKAGE, file)), file).toBe(true);
    for (const folder of ['generators', 'templates', 'test', 'scripts', 'node_modules']) expect(existsSync(join(PACKAGE, folder)), folder).toBe(false);
  });

  it('requires no package it does not ship: only Node.js built-ins, its own files, and the Yeoman peer from the generator', () => {
    const dist = join(PACKAGE, 'dist');
    const files = readdirSync(dist).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      for (const specifier of specifiers(readFileSync(join(dist, file), 'utf8'))) {
        if (specifier.startsWith('.')) expect(existsSync(join(dist, specifier)), `${file} imports ${specifier}`).toBe(true);
        else expect(isBuiltin(specifier) || PEERS.includes(specifier), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('the CLI never loads the Yeoman peer; the generator entry does', () => {
    const bare = (entry: string) => loadedFiles(join(PACKAGE, 'dist', entry)).flatMap((file) => specifiers(readFileSync(file, 'utf8'))).filter((specifier) => !specifier.startsWith('.') && !isBuiltin(specifier));
    expect(bare('cli.js')).toEqual([]);
    expect(bare('generator.js')).toEqual(['yeoman-generator']);
  });

  it('its notice file names every package bundled into it, with its licence text', async () => {
    const metafile = await build(scratchDir('cfc-build-'));
    const packages = bundledPackages(metafile);
    expect(packages.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['ejs', 'execa', 'yaml', '@inquirer/core']));
    expect(readFileSync(join(PACKAGE, 'dist', 'THIRD-PARTY-NOTICES.md'), 'utf8')).toBe(noticeText(packages));
    for (const pkg of packages) expect(pkg.text, `${pkg.name}@${pkg.version}`).toBeTruthy();
  });
});
