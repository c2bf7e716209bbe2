import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BIN, ENGLISH, filesBelow, runCli, scratchDir } from '../support/cli.js';

const QUIET = ['--skip-install', '--no-git'];

/** Every file of a project, with its contents. */
function tree(folder: string): Record<string, string> {
  return Object.fromEntries(filesBelow(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
}

/** One project per runtime family (and each custom runtime's languages), in both generations where they differ. */
const FAMILIES: readonly (readonly string[])[] = [
  ['node-js', '--trigger', 'oss', '--oss-bucket', 'photos', '--runtime', 'nodejs20', '--memory-size', '512'],
  ['node-ts', '--fc-version', '3', '--trigger', 'http', '--trigger', 'timer', '--runtime', 'nodejs18', '--language', 'typescript', '--timeout', '120'],
  ['python', '--trigger', 'http', '--runtime', 'python3.10', '--framework', 'flask', '--region', 'cn-shanghai'],
  ['python312', '--fc-version', '3', '--trigger', 'log', '--runtime', 'python3.12', '--region', 'me-central-1'],
  ['java', '--trigger', 'timer', '--cron', 'CRON_TZ=Asia/Shanghai 0 0 8 * * *', '--runtime', 'java11'],
  ['go', '--trigger', 'http', '--trigger', 'mns', '--runtime', 'go1'],
  ['php', '--trigger', 'cdn', '--runtime', 'php7.2'],
  ['dotnet', '--trigger', 'ots', '--runtime', 'dotnetcore3.1'],
  ['custom-js', '--fc-version', '3', '--type', 'http', '--framework', 'koa', '--port', '8080'],
  ['custom-py', '--runtime', 'custom.debian10', '--language', 'python', '--trigger', 'http', '--use-case', 'framework-migration'],
  ['container', '--fc-version', '3', '--runtime', 'custom-container', '--trigger', 'http', '--image-repo', 'registry.cn-beijing.aliyuncs.com/team', '--memory-size', '2048'],
];

describe('answers files', () => {
  it.each(FAMILIES.map((args, index) => [args[0], args, index % 2 === 0 ? 'json' : 'yaml'] as const))(
    '%s: the answers a dry run prints, fed back as %s, write the same files as the flags',
    async (_name, args, format) => {
      const dry = await runCli([...args, ...QUIET, '--dry-run', '--json']);
      expect(dry.exitCode, dry.stderr).toBe(0);
      const { answers, files } = JSON.parse(dry.stdout) as { answers: Record<string, unknown>; files: string[] };

      const fromFlags = scratchDir();
      const byFlags = await runCli([...args, ...QUIET], { cwd: fromFlags });
      expect(byFlags.exitCode, byFlags.stderr).toBe(0);

      const fromFile = scratchDir();
      const file = join(fromFile, `answers.${format}`);
      writeFileSync(file, format === 'json' ? JSON.stringify(answers) : stringify(answers));
      const byFile = await runCli(['--answers', file], { cwd: fromFile });
      expect(byFile.exitCode, byFile.stderr).toBe(0);
      expect(byFile.stdout).not.toContain('Defaults used for:');

      const written = tree(join(fromFlags, String(args[0])));
      expect(Object.keys(written).sort()).toEqual([...files].sort());
      expect(tree(join(fromFile, String(args[0])))).toEqual(written);
    },
  );

  it('names the function after the folder that "." resolves to, also from a file, made valid', async () => {
    const cwd = join(scratchDir(), 'my.app');
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'a.json'), '{"directory": ".", "triggers": ["timer"]}');
    const { stdout, exitCode, stderr } = await runCli(['--answers', 'a.json', ...QUIET, '--json', '--force'], { cwd });
    expect(exitCode, stderr).toBe(0);
    expect((JSON.parse(stdout) as { answers: { name: string } }).answers.name).toBe('my-app');
  });

  it('names the key of a file answer that does not fit the others', async () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'a.yaml'), 'runtime: nodejs20\nport: 8080\n');
    const { stderr, exitCode } = await runCli(['web', '--answers', 'a.yaml', ...QUIET], { cwd });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('--port applies to custom runtimes');
    expect(stderr).toContain('(It is "port" in a.yaml.)');
    expect(filesBelow(cwd)).toEqual(['a.yaml']);
  });

  it('reads a generation written as a YAML number', async () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'a.yaml'), 'fcVersion: 3\nruntime: python3.12\n');
    const { stdout, exitCode, stderr } = await runCli(['gen3', '--answers', 'a.yaml', ...QUIET, '--dry-run', '--json'], { cwd });
    expect(exitCode, stderr).toBe(0);
    expect((JSON.parse(stdout) as { answers: { fcVersion: string } }).answers.fcVersion).toBe('3');
  });

  it('takes any subset; flags override the file', async () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'a.yaml'), 'runtime: python3.10\ntriggers: [timer]\ncron: "0 0 6 * * *"\n');
    const { stdout, exitCode, stderr } = await runCli(['jobs', '--answers', 'a.yaml', '--runtime', 'python3.9', ...QUIET, '--json'], { cwd });
    expect(exitCode, stderr).toBe(0);
    const { answers } = JSON.parse(stdout) as { answers: Record<string, unknown> };
    expect(answers).toMatchObject({ runtime: 'python3.9', triggers: ['timer'], cron: '0 0 6 * * *', directory: 'jobs' });
  });

  it.each([
    ['an unknown key', 'a.json', '{"runtime": "nodejs20", "colour": "blue"}', ['"colour"', 'a.json', 'Valid keys:', 'fcVersion']],
    ['a value of the wrong type', 'a.json', '{"triggers": 3}', ['"triggers"', 'a list of strings', '3']],
    ['a bad choice', 'a.yaml', 'runtime: nodejs99\n', ['"runtime"', '"nodejs99"', 'Valid choices:', 'nodejs20']],
    ['a bad setting', 'a.yaml', 'triggers: [oss]\nossBucket: My_Bucket\n', ['"ossBucket"', '"My_Bucket"', '3-63']],
    ['YAML that does not parse', 'a.yaml', 'runtime: [nodejs20\n', ['a.yaml', 'not valid YAML']],
    ['JSON that does not parse', 'a.json', '{"runtime": ', ['a.json', 'not valid JSON']],
    ['a list instead of answers', 'a.yaml', '- nodejs20\n', ['must hold one object']],
    ['a file that is not there', 'missing.json', undefined, ['missing.json', 'there is no such file']],
  ] as const)('refuses %s, naming it, and writes nothing', async (_label, name, content, fragments) => {
    const cwd = scratchDir();
    if (content !== undefined) writeFileSync(join(cwd, name), content);
    const { stderr, exitCode } = await runCli(['app', '--answers', name, ...QUIET], { cwd });
    expect(exitCode).toBe(1);
    for (const fragment of fragments) expect(stderr).toContain(fragment);
    expect(filesBelow(cwd)).toEqual(content === undefined ? [] : [name]);
  });

  it('has a JSON Schema (draft 2020-12) that real validators accept, and that accepts a run\'s answers', async () => {
    const { stdout, exitCode } = await runCli(['schema']);
    expect(exitCode).toBe(0);
    const schema = JSON.parse(stdout) as { $schema: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.memorySize?.description).toContain('MB');
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const dry = await runCli(['shop', '--trigger', 'http', '--trigger', 'oss', '--dry-run', '--json']);
    expect(validate((JSON.parse(dry.stdout) as { answers: unknown }).answers), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('--json errors', () => {
  it.each([
    ['a bad flag value', ['--runtime', 'java17', '--json'], '--runtime'],
    ['an unknown option', ['--colour', '--json'], '--colour'],
    ['a bad answers file', ['--answers', 'nope.yaml', '--json'], 'nope.yaml'],
  ])('print %s as one JSON object on stdout, and the line on stderr', async (_label, args, fragment) => {
    const { stdout, stderr, exitCode } = await runCli(args);
    expect(exitCode).toBe(1);
    const { error } = JSON.parse(stdout) as { error: { kind: string; message: string; where?: string } };
    expect(error.kind).toBe('input');
    if (args[0] === '--runtime') expect(error).toMatchObject({ where: '--runtime', value: '"java17"', expected: expect.stringContaining('nodejs20') });
    expect(error.message).toContain(fragment);
    expect(stderr).toContain(fragment);
  });
});

describe('languages', () => {
  it('speaks Chinese under LANG=zh_CN.UTF-8: help, errors and the summary', async () => {
    const zh = { LANG: 'zh_CN.UTF-8' };
    expect((await runCli(['--help'], { env: zh })).stdout).toContain('用法：');
    const bad = await runCli(['--runtime', 'java17'], { env: zh });
    expect(bad.stderr).toContain('无效的 --runtime："java17"');
    expect(bad.stderr).toContain('可选值：');
    const cwd = scratchDir();
    const made = await runCli(['demo', '--trigger', 'timer', ...QUIET], { cwd, env: zh });
    expect(made.exitCode, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/[\u4e00-\u9fff]/);
    // File contents stay English.
    expect(readFileSync(join(cwd, 'demo', 'README.md'), 'utf8')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets --lang override the locale, and refuses a language it does not speak', async () => {
    expect((await runCli(['--help', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('Usage:');
    expect((await runCli(['--help', '--lang=zh-CN'])).stdout).toContain('用法：');
    const { stderr, exitCode } = await runCli(['--help', '--lang', 'fr']);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('"fr"');
    expect(stderr).toContain('en, zh-CN');
  });

  it.each([
    [['schema', 'extra'], 'does not take extra'],
    [['recommend', 'http'], 'does not take http'],
    [['list', 'runtimes', 'triggers'], 'does not take runtimes triggers'],
    [['--runtime'], '--runtime needs a value'],
  ])('refuses %j in words', async (args, fragment) => {
    const { stderr, exitCode } = await runCli(args);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(fragment);
  });

  it('lists the regions of each generation', async () => {
    const rows = JSON.parse((await runCli(['list', 'regions', '--json'])).stdout) as { id: string; fc2: boolean; fc3: boolean }[];
    expect(rows.find((row) => row.id === 'me-central-1')).toMatchObject({ fc2: false, fc3: true });
    expect(rows.find((row) => row.id === 'cn-hangzhou')).toMatchObject({ fc2: true, fc3: true });
  });
});

describe('--interactive without a terminal', () => {
  it('asks the open questions through a pipe, in the table\'s order, and writes the answers', async () => {
    const cwd = scratchDir();
    const child = execa('node', [BIN, 'piped', '--interactive', '--trigger', 'timer', '--runtime', 'python3.10', '--region', 'cn-beijing', ...QUIET], { cwd, reject: false, env: { NO_COLOR: '1', ...ENGLISH } });
    let screen = '';
    child.stdout?.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    const answerWhen = async (prompt: string, keys: string) => {
      for (let waited = 0; !screen.includes(prompt); waited += 50) {
        if (waited > 15_000) throw new Error(`No "${prompt}" on:\n${screen}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      child.stdin?.write(keys);
    };
    await answerWhen('FC generation', '\r');
    await answerWhen('What is it for?', '\r');
    await answerWhen('Function type', '\r');
    await answerWhen('Function name', '\r');
    await answerWhen('Deploy from CI', '\r');
    await answerWhen('Cron expression', '\r');
    await answerWhen('Payload the timer sends', '\r');
    await answerWhen('Production settings now', '\r');
    const { exitCode } = await child;
    expect(exitCode, screen).toBe(0);
    expect(screen).not.toContain('Region');
    expect(readFileSync(join(cwd, 'piped', 's.yaml'), 'utf8')).toContain('region: cn-beijing');
  });

  it.each([['--no-interactive'], ['--yes'], ['--json']])('refuses --interactive with %s, declared on the option', async (other) => {
    const { stderr, exitCode } = await runCli(['x', '--interactive', other]);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`--interactive and ${other} contradict each other`);
  });

  it('never asks with --no-interactive', async () => {
    const cwd = scratchDir();
    const { exitCode, stdout } = await runCli(['quiet', '--no-interactive', ...QUIET], { cwd });
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Defaults used for:');
  });
});
