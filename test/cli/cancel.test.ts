import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, scratchDir, ENGLISH } from '../support/cli.js';
import { isRunning, slowCommands } from '../support/slow-commands.js';
import { TerminalSession } from '../support/terminal.js';

const hasScript = execaSync('script', ['--version'], { reject: false }).exitCode === 0;

/** Starts the built bin with no terminal, its commands routed through the slow fakes. */
function start(args: readonly string[], cwd: string, env: Record<string, string>) {
  return execa('node', [BIN, ...args], { cwd, stdin: 'ignore', reject: false, env: { NO_COLOR: '1', ...ENGLISH, ...env } });
}

describe('a signal during the install or git step', () => {
  it('SIGINT during npm install stops it and its children at once, exits 130 and says what is on disk', async () => {
    const cwd = scratchDir();
    const slow = slowCommands();
    const run = start(['x', '--trigger', 'timer', '--yes'], cwd, slow.env);
    const pids = await slow.started(2);
    const sent = Date.now();
    run.kill('SIGINT');
    const { exitCode, stderr } = await run;
    expect(Date.now() - sent, stderr).toBeLessThan(2500);
    expect(exitCode, stderr).toBe(130);
    expect(stderr).toContain('Cancelled during npm install: the project files are in ./x, dependencies are not installed, no git repository was made.');
    expect(existsSync(join(cwd, 'x', 's.yaml'))).toBe(true);
    expect(existsSync(join(cwd, 'x', '.git'))).toBe(false);
    for (const pid of pids) expect(isRunning(pid), `pid ${pid}`).toBe(false);
  });

  it('SIGINT during the first git commit stops it and says the repository may be half made', async () => {
    const cwd = scratchDir();
    const slow = slowCommands();
    const run = start(['x', '--trigger', 'timer', '--yes', '--skip-install'], cwd, slow.env);
    const [pid] = await slow.started(1);
    run.kill('SIGINT');
    const { exitCode, stdout, stderr } = await run;
    expect(exitCode, stderr).toBe(130);
    expect(stderr).toContain('Cancelled during git init: the project files are in ./x, dependencies are not installed, the git repository may be half made (remove ./x/.git to start again).');
    expect(stdout).not.toContain('Next steps');
    expect(isRunning(pid as number)).toBe(false);
  });
});

describe.skipIf(!hasScript)('Ctrl-C on a terminal during npm install', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['a terminal with a width (the spinner runs)', true],
    ['a pseudo-terminal without a size (no spinner)', false],
  ])('stops at once on %s', async (_label, sized) => {
    const cwd = scratchDir();
    const slow = slowCommands({ sized });
    // The session inherits this process's environment.
    for (const [key, value] of Object.entries(slow.env)) vi.stubEnv(key, value);
    const session = new TerminalSession(['x', '--trigger', 'timer', '--yes'], cwd);
    const pids = await slow.started(2);
    await session.waitFor('npm install in');
    session.type('\x03');
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(130);
    expect(output).toContain('Cancelled during npm install: the project files are in ./x, dependencies are not installed, no git repository was made.');
    expect(existsSync(join(cwd, 'x', '.git'))).toBe(false);
    for (const pid of pids) expect(isRunning(pid), `pid ${pid}`).toBe(false);
  });
});
