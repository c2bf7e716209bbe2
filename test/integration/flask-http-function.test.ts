import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scratchDir } from '../support/cli.js';
import { generateAll, type GeneratedProject } from '../support/generate.js';
import { pythonToolchainMissing } from '../support/interpreters.js';
import { toolchainTier } from '../support/tier.js';

// framework-migration on FC 2.0's built-in Python: the Flask app behind the WSGI handler FC 2.0 calls.
const runs = toolchainTier('Python', await pythonToolchainMissing());
const RUNTIMES = [
  ['python3.10', [3, 10]],
  ['python3.9', [3, 9]],
] as const;

describe.skipIf(!runs)('Flask in an FC 2.0 HTTP function on the built-in Python runtimes', () => {
  const root = scratchDir('cfc-flask-');
  let generated: GeneratedProject[] = [];

  beforeAll(async () => {
    generated = await generateAll(root, RUNTIMES.map(([runtime]) => [`migrate-${runtime.replace('.', '')}`, '--use-case', 'framework-migration', '--runtime', runtime]));
  });

  it.each(RUNTIMES.map(([runtime], index) => [runtime, index] as const))('%s: its own tests send real requests through Flask, and through the WSGI handler', async (_runtime, index) => {
    const directory = generated[index]?.directory as string;
    const { exitCode, stdout, stderr } = await execa('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: directory, reject: false, stdin: 'ignore' });
    expect(exitCode, `${stdout}\n${stderr}`).toBe(0);
    // The WSGI handler's tests and the real-HTTP server tests both ran.
    expect(stdout).toMatch(/([1-9]\d+) passed/);
    expect(generated[index]?.files).toEqual(expect.arrayContaining([`src/${generated[index]?.functions[0]?.name}/server.py`, `tests/${generated[index]?.functions[0]?.name}/test_server.py`, `tests/${generated[index]?.functions[0]?.name}/test_index.py`]));
  });

  it.each(RUNTIMES.map(([runtime, version], index) => [runtime, version, index] as const))('%s: deploys Flask wheels chosen for the runtime\'s Python, and its code parses as that Python', async (runtime, version, index) => {
    const directory = generated[index]?.directory as string;
    const doc = parse(readFileSync(join(directory, 's.yaml'), 'utf8')) as { services: Record<string, { actions: { 'pre-deploy': { run: string }[] }; props: { function: { runtime: string; handler: string } } }> };
    const [service] = Object.values(doc.services);
    expect(service?.props.function).toMatchObject({ runtime, handler: 'index.handler' });
    expect(service?.actions['pre-deploy'].map((step) => step.run)).toEqual([expect.stringContaining(`--target vendor --python-version ${version.join('.')} --platform manylinux2014_x86_64 --only-binary=:all:`)]);
    const check = `import ast, pathlib, sys\nfor p in pathlib.Path(sys.argv[1]).rglob('*.py'): ast.parse(p.read_text(), feature_version=(${version.join(', ')}))`;
    const parsed = await execa('python3', ['-c', check, join(directory, 'src')], { reject: false, stdin: 'ignore' });
    expect(parsed.exitCode, parsed.stderr).toBe(0);
  });
});
