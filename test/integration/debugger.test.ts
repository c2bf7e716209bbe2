import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/cli.js';
import { cdpStops, dapStops } from '../support/debug-clients.js';
import { generateAll } from '../support/generate.js';
import { pythonToolchainMissing } from '../support/interpreters.js';
import { freePort, portIsFree, runnerCommand } from '../support/local-run.js';
import { toolchainTier } from '../support/tier.js';

// `invoke --inspect`, as the README and the "Attach" launch configuration use it: the invocation's process
// waits for a debugger, one attaches over the wire protocol an editor speaks, a breakpoint in the handler
// stops it, and, held there past the function's timeout, it still returns its result.
const pythonDebugs = toolchainTier('debugpy (the Python runner\'s --inspect)', await pythonToolchainMissing(['yaml', 'debugpy']));

const root = scratchDir('cfc-debug-');
const NODE = 'dbg-js';
const PYTHON = 'dbg-py';
// Shorter than the time a breakpoint holds the function, so a timeout still enforced would fail the call.
const TIMEOUT_S = 1;
const HOLD_MS = 1500;

beforeAll(async () => {
  await generateAll(root, [
    [NODE, '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss'],
    ...(pythonDebugs ? [[PYTHON, '--runtime', 'python3.10', '--trigger', 'oss']] : []),
  ]);
  for (const name of pythonDebugs ? [NODE, PYTHON] : [NODE]) {
    const file = join(root, name, 's.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/timeout: \d+/g, `timeout: ${TIMEOUT_S}`));
  }
  // The runner's one package (yaml, to read s.yaml) from this checkout: an npm install would cost seconds.
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), join(root, 'node_modules', 'yaml'));
}, 120_000);

/** The 1-based line of the handler's source that matches `pattern`. */
function lineOf(file: string, pattern: RegExp): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((text) => pattern.test(text));
  expect(index, `no line of ${file} matches ${pattern}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Resolves once the process has written `text` on stderr; fails, with what it wrote, if it ends first. */
function stderrSays(process: ResultPromise, text: string): Promise<void> {
  let written = '';
  return Promise.race([
    new Promise<void>((resolve) => process.stderr?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes(text)) resolve();
    })),
    process.then((result) => {
      throw new Error(`it ended (${String(result.exitCode)}) before saying "${text}":\n${written}`);
    }),
  ]);
}

/** The process's end, which must come within `ms`. */
async function endsWithin(process: ResultPromise, ms: number): Promise<void> {
  const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running ${ms} ms after SIGTERM`)), ms).unref());
  await Promise.race([process, late]);
}

describe('Node.js: npm run invoke -- events/oss.json --inspect', () => {
  it('waits for a debugger, stops at a breakpoint in the handler, and, held past its timeout, prints the result', async () => {
    const directory = join(root, NODE);
    const handler = join(directory, 'src', NODE, 'index.js');
    const line = lineOf(handler, /^\s+Promise\.resolve\(\)/);
    const port = await freePort();
    const [file, args] = runnerCommand('nodejs', 'invoke', ['events/oss.json', `--inspect=${port}`], directory);
    const runner = execa(file, args, { cwd: directory, reject: false, stdin: 'ignore', env: { NO_COLOR: '1' } });
    let stderr = '';
    const listening = new Promise<string>((resolve) => {
      runner.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const found = /Debugger listening on (ws:\/\/\S+)/.exec(stderr);
        if (found) resolve(found[1] as string);
      });
    });
    const stops = await cdpStops(await listening, pathToFileURL(handler).href, line, HOLD_MS);
    const result = await runner;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(stderr).toContain(`waits for a debugger on 127.0.0.1:${port}: attach with chrome://inspect or VS Code's "Attach" configuration (its ${TIMEOUT_S} s timeout is off while debugging)`);
    // --inspect-brk's first stop, before the runner's worker runs; then the breakpoint.
    expect(stops[0]).toMatchObject({ reason: 'Break on start' });
    expect(stops.slice(1)).toEqual([{ file: pathToFileURL(handler).href, line, reason: 'other' }]);
    expect(JSON.parse(result.stdout)).toMatchObject({ trigger: 'oss' });
  });

  it('under a debugger of its own (node --inspect, as VS Code launches it), says the timeout is off, and still runs', async () => {
    const directory = join(root, NODE);
    const [, args] = runnerCommand('nodejs', 'invoke', ['events/oss.json'], directory);
    const result = await execa(process.execPath, ['--inspect=127.0.0.1:0', ...args], { cwd: directory, reject: false, stdin: 'ignore' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr.match(/running under a debugger: function timeouts are off/g)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ trigger: 'oss' });
  });

  it('stopped by a signal while it waits for a debugger, leaves no worker behind holding the port; a port in use is said, not ignored', async () => {
    const directory = join(root, NODE);
    const port = await freePort();
    const [file, args] = runnerCommand('nodejs', 'invoke', ['events/oss.json', `--inspect=${port}`], directory);
    const runner = execa(file, args, { cwd: directory, reject: false, stdin: 'ignore' });
    await stderrSays(runner, 'Debugger listening');
    // The port held by the waiting worker: a second invoke there says so.
    const second = await execa(file, args, { cwd: directory, reject: false, stdin: 'ignore' });
    expect(second.exitCode).toBe(1);
    expect(second.stdout + second.stderr).toContain(`no debugger can attach: 127.0.0.1:${port} is in use`);
    runner.kill('SIGTERM');
    await endsWithin(runner, 10_000);
    await expect.poll(() => portIsFree(port), { timeout: 5000 }).toBe(true);
  });
});

describe.runIf(pythonDebugs)('Python: python3 -m fc_local invoke events/oss.json --inspect', () => {
  it('waits for debugpy\'s client, stops at a breakpoint in the handler, and, held past its timeout, prints the result', async () => {
    const directory = join(root, PYTHON);
    const handler = join(directory, 'src', PYTHON, 'index.py');
    const line = lineOf(handler, /^\s+for trigger in TRIGGERS:/);
    const port = await freePort();
    const [file, args] = runnerCommand('python', 'invoke', ['events/oss.json', `--inspect=${port}`], directory);
    const runner = execa(file, args, { cwd: directory, reject: false, stdin: 'ignore' });
    const stops = await dapStops(port, handler, line, HOLD_MS);
    const result = await runner;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain(`waits for a debugger on 127.0.0.1:${port}: attach with VS Code's "Attach" configuration (debugpy) (its ${TIMEOUT_S} s timeout is off while debugging)`);
    expect(stops).toEqual([{ file: handler, line, reason: 'breakpoint' }]);
    expect(JSON.parse(result.stdout)).toMatchObject({ trigger: 'oss' });
  });

  it('under debugpy itself (as VS Code launches it), says the timeout is off, and still runs', async () => {
    const directory = join(root, PYTHON);
    const start = "import debugpy, runpy, sys; sys.argv = ['fc_local', 'invoke', 'events/oss.json']; runpy.run_module('fc_local', run_name='__main__')";
    const result = await execa('python3', ['-c', start], { cwd: directory, reject: false, stdin: 'ignore' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr.match(/running under a debugger: function timeouts are off/g)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ trigger: 'oss' });
  });

  it('stopped by a signal while it waits for a debugger, leaves no worker behind holding the port', async () => {
    const directory = join(root, PYTHON);
    const port = await freePort();
    const [file, args] = runnerCommand('python', 'invoke', ['events/oss.json', `--inspect=${port}`], directory);
    const runner = execa(file, args, { cwd: directory, reject: false, stdin: 'ignore' });
    await stderrSays(runner, 'waits for a debugger');
    await expect.poll(() => portIsFree(port).then((free) => !free), { timeout: 10_000 }).toBe(true);
    runner.kill('SIGTERM');
    await endsWithin(runner, 10_000);
    await expect.poll(() => portIsFree(port), { timeout: 5000 }).toBe(true);
  });
});
