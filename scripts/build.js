// Builds the published package into dist/: the CLI and the Yeoman generator bundled by esbuild
// (code-split and minified, so the package has no runtime dependencies and `--help` loads only
// what it needs), the templates packed into one file (templates.pack), and the bundled packages' licence notices.
// Usage: node scripts/build.js [outdir]   (the type-check is `npm run typecheck`, not this)
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { importTs } from './import-ts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Packages the Yeoman generator imports from its user's own install instead of shipping them. */
export const EXTERNAL_PACKAGES = Object.keys(manifest.peerDependencies ?? {});

// CommonJS dependencies call require() and read __dirname; an ES module bundle has neither.
const banner = [
  "import { createRequire as __cfcRequire } from 'node:module';",
  "import { fileURLToPath as __cfcPath } from 'node:url';",
  "import { dirname as __cfcDir } from 'node:path';",
  'const require = __cfcRequire(import.meta.url);',
  'const __filename = __cfcPath(import.meta.url);',
  'const __dirname = __cfcDir(__filename);',
].join('');

/** The folder of the package a bundled input file belongs to, e.g. node_modules/@inquirer/core. */
function packageFolder(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** Name, version, licence id and licence text of every package with code in the bundle. */
export function bundledPackages(metafile) {
  const folders = new Set(Object.keys(metafile.inputs).map(packageFolder).filter(Boolean));
  return [...folders]
    .map((folder) => {
      const pkg = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
      const file = readdirSync(join(root, folder)).find((name) => LICENCE_FILE.test(name));
      return { name: pkg.name, version: pkg.version, license: pkg.license, text: file ? readFileSync(join(root, folder, file), 'utf8').trim() : undefined };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version.localeCompare(b.version)));
}

/** The notice shipped beside the bundle: each bundled package with its licence text. */
export function noticeText(packages) {
  const sections = packages.map((pkg) => {
    if (!pkg.text) throw new Error(`${pkg.name}@${pkg.version} ships no licence file to copy into the notice`);
    return `## ${pkg.name}@${pkg.version} (${pkg.license})\n\n${pkg.text}\n`;
  });
  return `# Third-party notices\n\ncreate-fc-function bundles the following packages into dist/. Their licences follow.\n\n${sections.join('\n')}`;
}

// yaml's Node.js entry is CommonJS, which a bundle keeps whole; its ES module build (the same code,
// no Node.js APIs) lets esbuild drop the parser, which only the tests use.
const yamlAsModule = {
  name: 'yaml-as-module',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules', 'yaml', 'browser', 'index.js') }));
  },
};

// The answers file's YAML parser is a bundle of its own: in the shared chunk, beside the serialiser
// every scaffold loads, it would slow every run down for the few that read a YAML file.
const YAML_PARSER = 'yaml-parse.js';
const yamlParserApart = {
  name: 'yaml-parser-apart',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => (args.importer.endsWith(join('cli', 'answers-file.ts')) ? { path: `./${YAML_PARSER}`, external: true } : undefined));
  },
};

/** Builds everything into `outdir`; returns esbuild's metafile. */
export async function build(outdir = join(root, 'dist')) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'generators/cli.ts', generator: 'generators/app/index.ts' },
    outdir,
    // Every output in one folder, so each chunk finds templates.pack beside itself.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    external: EXTERNAL_PACKAGES,
    banner: { js: banner },
    legalComments: 'none',
    metafile: true,
    plugins: [yamlParserApart, yamlAsModule],
    logLevel: 'warning',
  });
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: "export { parse } from 'yaml';", resolveDir: root, loader: 'js' },
    outfile: join(outdir, YAML_PARSER),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    legalComments: 'none',
    plugins: [yamlAsModule],
    logLevel: 'warning',
  });
  const { ARCHIVE_NAME, packFolder } = await importTs('generators/write/template-source.ts');
  writeFileSync(join(outdir, ARCHIVE_NAME), packFolder(join(root, 'templates')));
  writeFileSync(join(outdir, 'THIRD-PARTY-NOTICES.md'), noticeText(bundledPackages(result.metafile)));
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  await build(outdir);
}
