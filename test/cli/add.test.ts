import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { checkInsideProject } from '../../generators/write/commit.js';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TRIGGER_IDS, triggerGenerationProblem } from '../../generators/core/catalog/triggers/index.js';
import { runCli, scratchDir } from '../support/cli.js';
import { CI_PROVIDERS } from '../../generators/core/ci/index.js';
import { TerminalSession } from '../support/terminal.js';

const QUIET = ['--skip-install', '--no-git', '--yes'];

async function created(args: readonly string[]): Promise<string> {
  const cwd = scratchDir('cfc-add-');
  const { exitCode, stderr } = await runCli([...args, ...QUIET], { cwd });
  expect(exitCode, stderr).toBe(0);
  return join(cwd, args[0] as string);
}

describe('add ci', () => {
  it.each(CI_PROVIDERS.map((provider) => provider.id))('add ci %s writes the workflow create --ci writes, once, and says which secrets to set', async (id) => {
    const provider = CI_PROVIDERS.find((candidate) => candidate.id === id);
    // A project with a deploy-time secret, which the workflow must pass on.
    const args = ['jobs', '--fc-version', '3', '--trigger', 'timer', '--env-secret', 'API_TOKEN'];
    const plain = await created(args);
    const withCi = await created([...args, '--ci', id]);
    const added = await runCli(['add', 'ci', id], { cwd: plain });
    expect(added.exitCode, added.stderr).toBe(0);
    expect(added.stdout).toContain(provider?.path);
    expect(added.stdout).toContain('API_TOKEN');
    expect(readFileSync(join(plain, provider?.path ?? ''), 'utf8')).toBe(readFileSync(join(withCi, provider?.path ?? ''), 'utf8'));
    const again = await runCli(['add', 'ci', id], { cwd: plain });
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('never replaces a workflow');
  });

  it('refuses a project of several languages, which one workflow cannot test, writing nothing', async () => {
    const mixed = await created(['mixed', '--trigger', 'timer']);
    const grown = await runCli(['add', 'function', '--runtime', 'python3.10', '--trigger', 'oss', '--yes'], { cwd: mixed });
    expect(grown.exitCode, grown.stderr).toBe(0);
    const before = readdirSync(mixed).sort();
    const refused = await runCli(['add', 'ci', 'github'], { cwd: mixed });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('nodejs, python');
    expect(readdirSync(mixed).sort()).toEqual(before);
  });

  it('refuses a provider the project cannot use, and an unknown one, writing nothing', async () => {
    const python = await created(['py', '--runtime', 'python3.10', '--trigger', 'timer']);
    const before = readdirSync(python).sort();
    const refused = await runCli(['add', 'ci', 'gitee'], { cwd: python });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/add ci gitee: .*python toolchain.*--ci github/);
    const unknown = await runCli(['add', 'ci', 'jenkins'], { cwd: python });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('"jenkins"');
    expect(readdirSync(python).sort()).toEqual(before);
  });
});

describe('add on the command line', () => {
  it('is in --help, with both subjects and the options only add takes', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toContain('create-fc-function add trigger <id>... [--function <name>] [options]');
    expect(stdout).toContain('create-fc-function add function [options]');
    expect(stdout).toMatch(/Growing a project \(add\):\n\s+--function <name>[\s\S]*--project <dir>/);
  });

  it('refuses what does not apply, and a missing subject, naming the valid choices', async () => {
    const project = await created(['refusals', '--trigger', 'oss']);
    const before = readFileSync(join(project, 's.yaml'), 'utf8');
    for (const [args, message] of [
      [['add'], 'add takes what to add: trigger, function or ci (given: -).'],
      [['add', 'trigger', '--runtime', 'java11', '--trigger', 'timer'], '--runtime does not apply to add trigger.'],
      [['add', 'function', '--region', 'cn-beijing'], '--region does not apply to add function.'],
      [['add', 'trigger', '--trigger', 'nope'], 'Invalid --trigger: "nope".'],
      [['add', 'trigger'], `add trigger needs --trigger ID (one of: ${TRIGGER_IDS.filter((id) => id !== 'none' && triggerGenerationProblem(id, '2') === undefined).join(', ')}).`],
    ] as const) {
      const { exitCode, stderr } = await runCli([...args, '--project', project, '--no-interactive']);
      expect(exitCode, args.join(' ')).toBe(1);
      expect(stderr).toContain(message);
    }
    expect(readFileSync(join(project, 's.yaml'), 'utf8')).toBe(before);
  });

  it('takes the triggers as words after the subject, as people type them: add trigger timer log', async () => {
    const project = await created(['words', '--trigger', 'oss']);
    const { exitCode, stderr } = await runCli(['add', 'trigger', 'timer', 'sls', '--project', project, '--yes']);
    expect(exitCode, stderr).toBe(0);
    const types = (parseDocument(readFileSync(join(project, 's.yaml'), 'utf8')).toJS() as { services: Record<string, { props: { triggers: { type: string }[] } }> }).services.words?.props.triggers.map((trigger) => trigger.type);
    expect(types).toEqual(['oss', 'timer', 'log']);
    const bad = await runCli(['add', 'trigger', 'nope', '--project', project, '--no-interactive']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('Invalid --trigger: "nope".');
  });

  it('add function takes the production settings: FC 3.0 writes them on the new function; FC 2.0 refuses the service\'s, writing nothing', async () => {
    const fc3 = await created(['jobs3', '--fc-version', '3', '--trigger', 'timer']);
    const added = await runCli(['add', 'function', '--project', fc3, '--name', 'worker', '--trigger', 'timer', '--env', 'MODE=batch', '--role', 'worker-role', '--task', '--yes']);
    expect(added.exitCode, added.stderr).toBe(0);
    const props = (parseDocument(readFileSync(join(fc3, 's.yaml'), 'utf8')).toJS() as { resources: Record<string, { props: Record<string, unknown> }> }).resources.worker?.props;
    expect(props).toMatchObject({ environmentVariables: { MODE: 'batch' }, role: 'worker-role', logConfig: 'auto', asyncInvokeConfig: { asyncTask: true } });
    const fc2 = await created(['jobs2', '--trigger', 'timer']);
    const before = readFileSync(join(fc2, 's.yaml'), 'utf8');
    const refused = await runCli(['add', 'function', '--project', fc2, '--name', 'worker', '--trigger', 'timer', '--vpc', 'auto', '--yes']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('--vpc: FC 2.0 keeps this on the service');
    expect(readFileSync(join(fc2, 's.yaml'), 'utf8')).toBe(before);
    // A destination function is named in the service the new function joins (the project's), not one named after it.
    const destined = await runCli(['add', 'function', '--project', fc2, '--name', 'worker', '--trigger', 'timer', '--on-failure', 'function:jobs2', '--yes']);
    expect(destined.exitCode, destined.stderr).toBe(0);
    const worker = (parseDocument(readFileSync(join(fc2, 's.yaml'), 'utf8')).toJS() as { services: Record<string, { props: { function: { asyncConfiguration: { destination: { onFailure: string } } } } }> }).services.worker;
    expect(worker?.props.function.asyncConfiguration.destination.onFailure).toContain(':services/jobs2.LATEST/functions/jobs2');
  });

  it('writes nothing outside the project: not through a symlinked folder, not to .. or an absolute path', async () => {
    const project = await created(['confined', '--trigger', 'oss']);
    const outside = scratchDir('cfc-outside-');
    rmSync(join(project, 'events'), { recursive: true });
    symlinkSync(outside, join(project, 'events'));
    const before = readFileSync(join(project, 's.yaml'), 'utf8');
    const { exitCode, stderr } = await runCli(['add', 'trigger', 'log', '--project', project, '--yes']);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`events/log.json lands at ${realpathSync(outside)}/log.json, outside the project`);
    expect(readFileSync(join(project, 's.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(outside)).toEqual([]);
    for (const path of ['../x/triggers/log.js', '/tmp/x/log.js']) {
      expect(() => checkInsideProject(project, [path]), path).toThrow(/outside the project/);
    }
    expect(() => checkInsideProject(project, ['src/confined/triggers/log.js'])).not.toThrow();
  });

  it('says where no project is, with --json as one error object', async () => {
    const cwd = scratchDir('cfc-add-empty-');
    const { exitCode, stdout, stderr } = await runCli(['add', 'trigger', '--trigger', 'oss', '--json'], { cwd });
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`No s.yaml or s.yml in ${cwd}.`);
    expect(JSON.parse(stdout).error.kind).toBe('input');
  });
});

describe('the add wizard', () => {
  it('asks which function, offers only the triggers it can take (the others say what to do), then the settings', async () => {
    const project = await created(['shop', '--trigger', 'oss', '--trigger', 'http']);
    const session = new TerminalSession(['add', 'trigger'], project);
    await session.answer([
      ['Which function?', '\x1b[B\r'], // shop-event, below shop-http
      ['Which trigger to add?', '\r'], // the first it can take: timer (http is disabled)
      ['Cron expression', '\r'],
      ['Payload the timer sends', '\r'],
    ]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/❯ Timer \(cron schedule\)/);
    expect(output).not.toContain('❯ HTTP(S) requests');
    expect(output).toContain('Added the timer trigger timer-trigger to shop-event.');
    const data = parseDocument(readFileSync(join(project, 's.yaml'), 'utf8')).toJS();
    expect(data.services['shop-event'].props.triggers.map((trigger: { type: string }) => trigger.type)).toEqual(['oss', 'timer']);
    expect(data.services['shop-http'].props.triggers.map((trigger: { type: string }) => trigger.type)).toEqual(['http']);
  });

  it('asks the create questions for a function, without the project\'s own, with a free name', async () => {
    const project = await created(['jobs', '--trigger', 'timer']);
    const session = new TerminalSession(['add', 'function'], project);
    await session.answer([
      ['What triggers the function?', '\x1b[B \r'], // timer
      ['What is it for?', '\r'],
      ['Function type', '\r'],
      ['Runtime', '\r'],
      ['Language', '\r'],
      ['Function name', '\r'],
      ['Cron expression', '\r'],
      ['Payload the timer sends', '\r'],
      ['Production settings now', '\r'],
    ]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    expect(output).not.toMatch(/FC generation|Region|Run npm install/);
    expect(output).toContain('Added the function jobs-function.');
    expect(Object.keys(parseDocument(readFileSync(join(project, 's.yaml'), 'utf8')).toJS().services)).toEqual(['jobs', 'jobs-function']);
  });
});

describe('hostile files: refused at once, with the reason, nothing written', () => {
  it('an answers file that is a pipe or nested too deeply', async () => {
    const cwd = scratchDir('cfc-hostile-answers-');
    execFileSync('mkfifo', [join(cwd, 'pipe.json')]);
    writeFileSync(join(cwd, 'deep.json'), `{"triggers": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    for (const [file, reason] of [['pipe.json', 'it is not a regular file (a pipe or a device)'], ['deep.json', '(a value nested too deeply to show)']] as const) {
      const { exitCode, stderr } = await runCli(['demo', '--answers', file, '--yes', ...QUIET], { cwd });
      expect(exitCode, file).toBe(1);
      expect(stderr).toContain(reason);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(cwd).sort()).toEqual(['deep.json', 'pipe.json']);
  });

  it('an s.yaml that is a pipe, or an alias bomb', async () => {
    const piped = scratchDir('cfc-hostile-pipe-');
    execFileSync('mkfifo', [join(piped, 's.yaml')]);
    const pipe = await runCli(['add', 'trigger', 'timer', '--project', piped, '--yes']);
    expect(pipe.exitCode).toBe(1);
    expect(pipe.stderr).toContain('s.yaml is not a regular file');

    const project = await created(['bomb', '--fc-version', '3', '--trigger', 'oss']);
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`)];
    const text = `${readFileSync(join(project, 's.yaml'), 'utf8')}x-bomb:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
    writeFileSync(join(project, 's.yaml'), text);
    const bomb = await runCli(['add', 'trigger', 'timer', '--project', project, '--yes']);
    expect(bomb.exitCode).toBe(1);
    expect(bomb.stderr).toContain('expands its aliases more than 1000 times');
    expect(readFileSync(join(project, 's.yaml'), 'utf8')).toBe(text);
  });
});
