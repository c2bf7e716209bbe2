import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';
import { filesBelow, scratchDir } from '../support/cli.js';
import { TerminalSession } from '../support/terminal.js';

const hasScript = execaSync('script', ['--version'], { reject: false }).exitCode === 0;

describe.skipIf(!hasScript)('the wizard on a terminal', () => {
  it('asks, recommends, and writes what was answered', async () => {
    const cwd = scratchDir();
    const session = new TerminalSession(['shop', '--runtime', 'python3.10'], cwd);
    await session.waitFor('FC generation');
    session.type('\r'); // FC 2.0, the default
    await session.waitFor('What triggers the function?');
    session.type(' \r'); // the first choice: http
    await session.waitFor('What is it for?');
    session.type('\r');
    await session.waitFor('Recommended: HTTP function (http)');
    await session.waitFor('Function type');
    session.type('\r');
    await session.waitFor('Function name');
    session.type('\r');
    await session.waitFor('HTTP methods');
    session.type('\r');
    await session.waitFor('HTTP authentication');
    session.type('\r');
    await session.waitFor('Initialise a git repository?');
    session.type('n\r');
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('The same project, without questions:');
    expect(output).toContain('npx create-fc-function shop --name shop --fc-version 2 --runtime python3.10 --language python --trigger http');
    expect(readFileSync(join(cwd, 'shop', 's.yaml'), 'utf8')).toContain('type: http');
  });

  it('stops on Ctrl-C with exit code 130 and writes nothing', async () => {
    const cwd = scratchDir();
    const session = new TerminalSession(['demo'], cwd);
    await session.waitFor('FC generation');
    session.type('\x03');
    const { exitCode, output } = await session.end();
    expect(exitCode).toBe(130);
    expect(output).toContain('Cancelled. Nothing was written.');
    expect(filesBelow(cwd)).toEqual([]);
  });
});
