import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { TRIGGERS } from '../../generators/core/catalog/triggers/index.js';
import { USE_CASES } from '../../generators/core/catalog/use-cases.js';
import { CLI_OPTIONS } from '../../generators/cli/options.js';
import { BIN, filesBelow, runCli, scratchDir } from '../support/cli.js';
import { nodeBinary } from '../support/interpreters.js';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('create-fc-function --help and --version', () => {
  it('lists every option and every catalog id', async () => {
    const { stdout, exitCode } = await runCli(['--help']);
    expect(exitCode).toBe(0);
    for (const option of CLI_OPTIONS) expect(stdout).toContain(`--${option.flag}`);
    for (const id of [...RUNTIMES.map((runtime) => runtime.id), ...TRIGGERS.map((trigger) => trigger.id), ...USE_CASES.map((useCase) => useCase.id)]) {
      expect(stdout).toContain(id);
    }
  });

  it('prints the package version', async () => {
    const { stdout, exitCode } = await runCli(['--version']);
    expect(exitCode).toBe(0);
    expect(stdout.trim()).toBe(packageVersion);
  });
});

describe('create-fc-function list', () => {
  it.each([
    ['runtimes', RUNTIMES.map((runtime) => runtime.id)],
    ['triggers', TRIGGERS.map((trigger) => trigger.id)],
    ['use-cases', USE_CASES.map((useCase) => useCase.id)],
  ])('lists %s as JSON objects with ids', async (subject, ids) => {
    const { stdout, exitCode } = await runCli(['list', subject, '--json']);
    expect(exitCode).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[]).map((row) => row.id)).toEqual(ids);
  });

  it('says of every runtime which languages it runs and how its projects are verified', async () => {
    const { stdout } = await runCli(['list', 'runtimes', '--json']);
    const rows = JSON.parse(stdout) as { id: string; languages: string[]; verification: string; verified: string }[];
    for (const row of rows) {
      expect(row.languages.length, row.id).toBeGreaterThan(0);
      expect(['real', 'stand-in-sdk', 'code-only', 'substitute-toolchain'], row.id).toContain(row.verification);
      expect(row.verified.length, row.id).toBeGreaterThan(40);
    }
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId['java8']).toMatchObject({ languages: ['java'], verification: 'stand-in-sdk' });
    expect(byId['dotnetcore3.1']).toMatchObject({ languages: ['csharp'], verification: 'substitute-toolchain' });
    expect(byId['custom-container']).toMatchObject({ languages: ['javascript', 'typescript', 'python'], verification: 'code-only' });
  });

  it('lists runtimes with their languages as a table', async () => {
    const { stdout } = await runCli(['list', 'runtimes']);
    expect(stdout).toMatch(/nodejs20\s+Node\.js 20\s+nodejs\s+javascript, typescript/);
  });

  it('rejects an unknown subject', async () => {
    const { stderr, exitCode } = await runCli(['list', 'planets']);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('"planets"');
    expect(stderr).toContain('runtimes, triggers, use-cases, regions');
  });
});

describe('create-fc-function recommend', () => {
  const recommendJson = async (args: string[]) => {
    const { stdout, exitCode } = await runCli(['recommend', ...args, '--json']);
    expect(exitCode).toBe(0);
    return JSON.parse(stdout) as { type: string; functions: { type: string; triggers: string[] }[]; reasons: { rule: string }[]; warnings: string[] };
  };

  it('recommends an HTTP function for a REST API', async () => {
    const result = await recommendJson(['--use-case', 'rest-api']);
    expect(result.type).toBe('http');
    expect(result.functions).toEqual([{ type: 'http', triggers: ['http'] }]);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('splits HTTP and event triggers into two functions', async () => {
    const result = await recommendJson(['--trigger', 'http', '--trigger', 'sls,timer']);
    expect(result.type).toBe('split');
    expect(result.functions).toEqual([
      { type: 'http', triggers: ['http'] },
      { type: 'event', triggers: ['timer', 'log'] },
    ]);
    expect(result.reasons.map((reason) => reason.rule)).toContain('fc2-http-exclusive');
  });

  it('explains itself in plain text', async () => {
    const { stdout } = await runCli(['recommend', '--trigger', 'oss']);
    expect(stdout).toContain('Recommended: Event function (oss)');
    expect(stdout).toContain('[event-triggers]');
  });

  it('names FC 3.0\'s HTTP functions web functions, with the other way and its flags', async () => {
    const { stdout } = await runCli(['recommend', '--fc-version', '3', '--use-case', 'framework-migration']);
    expect(stdout).toContain('Recommended: Web function (http)');
    expect(stdout).toContain('Event function (http): An event function on a built-in runtime');
    expect(stdout).toContain('--type event');
    expect(stdout).not.toContain('every trigger except HTTP');
  });

  // The cases that disagreed: a framework or a named runtime changes what create writes, so recommend must follow.
  it.each([
    ['--fc-version', '3', '--trigger', 'http', '--framework', 'express'],
    ['--fc-version', '3', '--use-case', 'framework-migration', '--language', 'python'],
    ['--fc-version', '3', '--use-case', 'web-app', '--runtime', 'nodejs18'],
    ['--framework', 'flask'],
    ['--fc-version', '3', '--trigger', 'http', '--trigger', 'timer', '--runtime', 'custom.debian12', '--language', 'python'],
  ])('prints the functions create writes for %s %s %s %s %s %s', async (...args: string[]) => {
    const recommended = await recommendJson(args);
    const { stdout, exitCode } = await runCli([...args, '--dry-run', '--json', '--yes']);
    expect(exitCode).toBe(0);
    const written = JSON.parse(stdout) as { functions: { type: string; triggers: string[] }[] };
    expect(recommended.functions).toEqual(written.functions.map(({ type, triggers }) => ({ type, triggers })));
  });

  it('prints each alternative as a whole command, in the language asked for, that create accepts', async () => {
    const args = ['--fc-version', '3', '--use-case', 'web-app', '--language', 'python'];
    const { alternatives } = (await recommendJson(args)) as unknown as { alternatives: { flags: string[]; functions: { type: string }[] }[] };
    expect(alternatives.length).toBeGreaterThan(0);
    for (const alternative of alternatives) {
      expect(alternative.flags).toEqual(expect.arrayContaining(['--language', 'python']));
      const { stdout, exitCode, stderr } = await runCli([...alternative.flags, '--dry-run', '--json', '--yes']);
      expect(exitCode, stderr).toBe(0);
      expect((JSON.parse(stdout) as { functions: { type: string }[] }).functions.map((fn) => fn.type)).toEqual(alternative.functions.map((fn) => fn.type));
    }
    const { stdout } = await runCli(['recommend', ...args]);
    expect(stdout.replace(/\s+/g, ' ')).toContain('Pick it with npx create-fc-function --fc-version 3 --use-case web-app --type event --runtime python3.12 --language python.');
  });

  it('rejects a type that contradicts the triggers', async () => {
    const { stderr, exitCode } = await runCli(['recommend', '--trigger', 'oss', '--type', 'http']);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('--type http conflicts with --trigger oss');
  });
});

describe('create-fc-function without a terminal', () => {
  it('never asks, takes defaults, says which, and writes a project', async () => {
    const cwd = scratchDir();
    const { stdout, exitCode } = await runCli(['thumbs', '--trigger', 'oss', '--oss-bucket', 'photos', '--skip-install', '--no-git'], { cwd });
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Defaults used for:');
    expect(stdout).toContain('--runtime');
    expect(stdout).toContain('--oss-events');
    expect(stdout).not.toContain('--oss-bucket ');
    expect(stdout).toContain('npm test');
    const project = join(cwd, 'thumbs');
    expect(filesBelow(project)).toEqual(expect.arrayContaining(['s.yaml', 'package.json', 'README.md', '.gitignore', 'events/oss.json', 'src/thumbs/index.js', 'src/thumbs/triggers/oss.js']));
    expect(readFileSync(join(project, 's.yaml'), 'utf8')).toContain('bucketName: photos');
    expect(existsSync(join(project, '.git'))).toBe(false);
  });

  it('prints one JSON document with --json', async () => {
    const cwd = scratchDir();
    const { stdout, exitCode } = await runCli(['api', '--use-case', 'rest-api', '--runtime', 'python3.10', '--skip-install', '--no-git', '--json'], { cwd });
    expect(exitCode).toBe(0);
    const result = JSON.parse(stdout) as { directory: string; files: string[]; functions: { name: string; type: string }[]; reproduce: string };
    expect(result.directory).toBe(join(cwd, 'api'));
    expect(result.functions).toEqual([{ name: 'api', type: 'http', triggers: ['http'] }]);
    expect(result.files).toContain('src/api/index.py');
    expect(result.reproduce).toContain('--runtime python3.10');
  });

  it('creates a git repository with a first commit unless --no-git', async () => {
    const cwd = scratchDir();
    const { exitCode } = await runCli(['demo', '--skip-install', '--yes'], {
      cwd,
      env: { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
    });
    expect(exitCode).toBe(0);
    expect(existsSync(join(cwd, 'demo', '.git'))).toBe(true);
    const commits = await execa('git', ['-C', join(cwd, 'demo'), 'rev-list', '--count', 'HEAD']);
    expect(commits.stdout.trim()).toBe('1');
  });

  it('with --force into a folder that holds secrets, leaves them out of the first commit', async () => {
    const cwd = scratchDir();
    mkdirSync(join(cwd, 'demo'));
    for (const secret of ['.env', '.env.local', 'id.key', 'cert.pem']) writeFileSync(join(cwd, 'demo', secret), 'SECRET=1\n');
    writeFileSync(join(cwd, 'demo', '.env.example'), 'SECRET=\n');
    const { exitCode, stderr } = await runCli(['demo', '--skip-install', '--yes', '--force'], {
      cwd,
      env: { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
    });
    expect(exitCode, stderr).toBe(0);
    const committed = (await execa('git', ['-C', join(cwd, 'demo'), 'ls-files'])).stdout.split('\n');
    expect(committed).toContain('s.yaml');
    expect(committed).toContain('.env.example');
    expect(committed.filter((file) => ['.env', '.env.local', 'id.key', 'cert.pem'].includes(file))).toEqual([]);
  });

  it('colours only a terminal: no escape codes through a pipe, even under CI; FORCE_COLOR asks for them', async () => {
    const piped = await runCli(['recommend', '--trigger', 'oss'], { env: { NO_COLOR: '', CI: 'true' } });
    expect(piped.stdout).toContain('Recommended:');
    expect(piped.stdout).not.toContain('\u001b[');
    const forced = await runCli(['recommend', '--trigger', 'oss'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
  });

  it('names each alternative to the recommendation and the flags that pick it', async () => {
    const args = ['--fc-version', '3', '--trigger', 'http', '--use-case', 'web-app'];
    const recommendation = JSON.parse((await runCli(['recommend', ...args, '--json'])).stdout) as { alternatives: { reason: { message: string }; flags: string[] }[] };
    expect(recommendation.alternatives.length).toBeGreaterThan(0);
    const { stdout, exitCode } = await runCli(['web', ...args, '--yes', '--skip-install', '--no-git']);
    expect(exitCode).toBe(0);
    // The same whole command as recommend prints (the summary wraps its lines).
    for (const alternative of recommendation.alternatives) {
      expect(stdout.replace(/\s+/g, ' ')).toContain(`Alternative: ${alternative.reason.message} Pick it with npx create-fc-function ${alternative.flags.join(' ')}.`);
    }
  });

  it('writes nothing with --dry-run and lists the files', async () => {
    const cwd = scratchDir();
    const { stdout, exitCode } = await runCli(['demo', '--trigger', 'timer', '--dry-run'], { cwd });
    expect(exitCode).toBe(0);
    expect(stdout).toContain('events/timer.json');
    expect(existsSync(join(cwd, 'demo'))).toBe(false);
  });
});

describe('bad input: a clear error, exit 1, nothing written', () => {
  it.each<[string, string[], string[]]>([
    ['unknown runtime', ['--runtime', 'nodejs99'], ['"nodejs99"', 'nodejs20']],
    ['unknown trigger', ['--trigger', 'kinesis'], ['"kinesis"', 'mns_topic', 'kafka']],
    ['unknown use case', ['--use-case', 'chatbot'], ['"chatbot"', 'rest-api']],
    ['unknown type', ['--type', 'web'], ['"web"', 'auto, event, http']],
    ['unknown language', ['--language', 'rust'], ['"rust"', 'javascript']],
    ['language that does not fit', ['--runtime', 'python3', '--language', 'typescript'], ['"typescript"', 'python3 runs python']],
    ['function name FC rejects', ['--name', '9lives'], ['"9lives"', 'starting with a letter']],
    ['name that is a relative path', ['--name', '../x'], ['"../x"']],
    ['name that is an absolute path', ['--name', '/etc/x'], ['"/etc/x"']],
    ['invalid cron', ['--trigger', 'timer', '--cron', 'every day'], ['"every day"', 'six fields']],
    ['invalid bucket', ['--trigger', 'oss', '--oss-bucket', 'Bad_Bucket'], ['"Bad_Bucket"', 'lower-case']],
    ['type against triggers', ['--trigger', 'oss', '--type', 'http'], ['--type http conflicts with --trigger oss']],
    ['HTTP trigger on an event function', ['--trigger', 'http', '--type', 'event'], ['--type event conflicts with --trigger http']],
    ['unknown flag', ['--colour'], ['Unknown option --colour']],
    ['fc version', ['--fc-version', '4'], ['"4"', 'Valid choices: 2, 3']],
    ['an FC 3.0 runtime on FC 2.0', ['--runtime', 'python3.12'], ['"python3.12"', 'FC 2 offers', 'add --fc-version 3']],
    ['an FC 2.0 runtime on FC 3.0', ['--fc-version', '3', '--runtime', 'custom'], ['"custom"', 'FC 3 offers']],
    ['a web function on a built-in runtime', ['--fc-version', '3', '--type', 'http', '--runtime', 'nodejs20'], ['"nodejs20"', 'custom.debian10', '--runtime custom.debian10 --language javascript']],
    ['a port that is not a number', ['--fc-version', '3', '--type', 'http', '--port', '90a0'], ['--port', '"90a0"', '1 to 65535']],
    ['a framework for another language', ['--fc-version', '3', '--type', 'http', '--language', 'python', '--framework', 'koa'], ['"koa"', 'none, flask']],
    ['a 100 KB function name, shown cut', ['--name', 'a'.repeat(100_000)], ['Invalid --name', '(100002 characters)']],
  ])('%s', async (_label, args, fragments) => {
    const cwd = scratchDir();
    const { stderr, exitCode } = await runCli(['demo', ...args, '--skip-install', '--no-git'], { cwd });
    expect(exitCode).toBe(1);
    for (const fragment of fragments) expect(stderr).toContain(fragment);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(filesBelow(cwd)).toEqual([]);
  });

  it('refuses a 100 KB folder name at once, with the limit and the name cut short', async () => {
    const cwd = scratchDir();
    const { stderr, exitCode } = await runCli(['a'.repeat(100_000), '--name', 'x', '--yes', '--skip-install', '--no-git'], { cwd });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('… (100000 characters)" has a name of 100000 bytes; file systems take at most 255 bytes per name.');
    expect(stderr.length).toBeLessThan(400);
    expect(filesBelow(cwd)).toEqual([]);
  });

  it('refuses a non-empty directory without --force and leaves it untouched', async () => {
    const cwd = scratchDir();
    mkdirSync(join(cwd, 'demo'));
    writeFileSync(join(cwd, 'demo', 'notes.txt'), 'mine');
    const { stderr, exitCode } = await runCli(['demo', '--skip-install', '--no-git'], { cwd });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('"demo" is not empty');
    expect(stderr).toContain('--force');
    expect(filesBelow(join(cwd, 'demo'))).toEqual(['notes.txt']);
    expect(readFileSync(join(cwd, 'demo', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('writes into the current folder with `.`, naming the function after it', async () => {
    const cwd = join(scratchDir(), 'shop');
    mkdirSync(cwd);
    const { stdout, stderr, exitCode } = await runCli(['.', '--trigger', 'timer', '--yes', '--skip-install', '--no-git', '--json'], { cwd });
    expect(exitCode, stderr).toBe(0);
    expect((JSON.parse(stdout) as { functions: { name: string }[] }).functions.map((fn) => fn.name)).toEqual(['shop']);
    expect(filesBelow(cwd)).toContain('src/shop/index.js');
  });

  it('refuses a target below a file in one line, before writing or logging anything', async () => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'afile'), 'mine');
    const { stdout, stderr, exitCode } = await runCli(['afile/sub', '--skip-install', '--no-git'], { cwd });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('Cannot create "afile/sub"');
    expect(stderr).toContain('is a file, not a directory');
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+create /m); // Yeoman's file log
    expect(filesBelow(cwd)).toEqual(['afile']);
  });

  it('with --force, refuses before writing anything when a planned path cannot be written (a file where a folder must be)', async () => {
    const cwd = scratchDir();
    const project = join(cwd, 'demo');
    mkdirSync(project);
    writeFileSync(join(project, 'notes.txt'), 'mine');
    // src must be a folder: even root cannot write below a file, so this refusal holds for every user.
    writeFileSync(join(project, 'src'), 'a file');
    const { stdout, stderr, exitCode } = await runCli(['demo', '--skip-install', '--no-git', '--force'], { cwd });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('Cannot write the project into "demo": src is a file where a folder must be (for src/demo/');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+(create|force) /m);
    expect(filesBelow(project)).toEqual(['notes.txt', 'src']);
    expect(readFileSync(join(project, 'src'), 'utf8')).toBe('a file');
  });

  it('with --force over an edited project, lists the files it replaced, and not those left as they were', async () => {
    const cwd = scratchDir();
    const args = ['demo', '--trigger', 'timer', '--skip-install', '--no-git'];
    expect((await runCli(args, { cwd })).exitCode).toBe(0);
    writeFileSync(join(cwd, 'demo', 's.yaml'), 'edited: true\n');
    writeFileSync(join(cwd, 'demo', 'src', 'demo', 'index.js'), '// mine\n');
    const json = await runCli([...args, '--force', '--json'], { cwd });
    expect(json.exitCode, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { replaced: string[] }).replaced).toEqual(['s.yaml', 'src/demo/index.js']);
    expect(readFileSync(join(cwd, 'demo', 's.yaml'), 'utf8')).not.toContain('edited');

    writeFileSync(join(cwd, 'demo', 'README.md'), 'mine\n');
    const text = await runCli([...args, '--force'], { cwd });
    expect(text.exitCode, text.stderr).toBe(0);
    expect(text.stdout).toContain('Replaced 1 file that had other contents: README.md');

    const again = await runCli([...args, '--force', '--json'], { cwd });
    expect((JSON.parse(again.stdout) as { replaced: string[] }).replaced).toEqual([]);
    expect((await runCli([...args, '--force'], { cwd })).stdout).not.toContain('Replaced');
  });

  it('writes into a non-empty directory with --force, keeping other files', async () => {
    const cwd = scratchDir();
    mkdirSync(join(cwd, 'demo'));
    writeFileSync(join(cwd, 'demo', 'notes.txt'), 'mine');
    const { exitCode } = await runCli(['demo', '--skip-install', '--no-git', '--force'], { cwd });
    expect(exitCode).toBe(0);
    expect(filesBelow(join(cwd, 'demo'))).toEqual(expect.arrayContaining(['notes.txt', 's.yaml']));
  });
});

describe('an unsupported Node.js', () => {
  it.each([14, 18])('Node.js %i gets one clear line and exit code 1', async (major) => {
    const node = await nodeBinary(major);
    const { stdout, stderr, exitCode } = await execa(node, [BIN, '--help'], { reject: false, stdin: 'ignore' });
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`needs Node.js \\^20.17.0 \\|\\| >=22.9.0; this is v${major}\\.`))]);
  });
});
