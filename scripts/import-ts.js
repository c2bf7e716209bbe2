// Imports one of the generator's TypeScript modules from a script, bundled in memory by esbuild
// with everything it imports (a data: URL module cannot resolve packages), so scripts use the
// sources themselves rather than a build of them.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The module at `path` (relative to the repository root), with everything it imports. */
export async function importTs(path) {
  // A CommonJS dependency (yaml) requires Node.js built-ins; a data: URL module has no require of its own.
  const banner = `import { createRequire as __cfcRequire } from 'node:module'; const require = __cfcRequire(${JSON.stringify(root)});`;
  const { outputFiles } = await esbuild.build({ absWorkingDir: root, entryPoints: [path], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning', banner: { js: banner } });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}
