import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import AppGenerator from '../../generators/app/index.js';
import type { AppOptions, GenerationResult } from '../../generators/app/options.js';
import type { RawAnswers } from '../../generators/core/validate.js';

const quiet = { install: false, git: false, force: false, json: true };

function run(answers: RawAnswers, options: Partial<AppOptions> = {}, prompts: Record<string, unknown> = {}) {
  let result: GenerationResult | undefined;
  const appOptions: AppOptions = { answers, interactive: false, ...quiet, ...options, onResult: (value) => (result = value) };
  const context = helpers.run(AppGenerator as never).withOptions(appOptions as never).withAnswers(prompts);
  return { context, result: () => result };
}

describe('app generator, flags only', () => {
  it('writes a Python event project from the plan', async () => {
    const { context, result } = run({ directory: 'files', triggers: ['oss', 'timer'], runtime: 'python3.10' });
    const output = await context;
    output.assertFile(['files/s.yaml', 'files/README.md', 'files/.gitignore', 'files/src/files/index.py', 'files/src/files/triggers/oss.py', 'files/src/files/triggers/timer.py', 'files/events/oss.json', 'files/events/timer.json', 'files/pytest.ini']);
    output.assertNoFile(['files/src/files/triggers/log.py', 'files/events/log.json', 'files/package.json']);
    output.assertFileContent('files/src/files/index.py', 'TRIGGER_IDS = ["timer","oss"]');
    output.assertFileContent('files/README.md', /\| `files` \| Event function \| `timer`, `oss` \|/);
    expect(result()?.files).toContain('src/files/triggers/oss.py');
    expect(output.askedQuestions).toEqual([]);
  });

  it('writes both functions of a split project', async () => {
    const { context } = run({ name: 'shop', triggers: ['http', 'log'], runtime: 'python3' });
    const output = await context;
    output.assertFile(['shop/src/shop-http/index.py', 'shop/src/shop-event/index.py', 'shop/src/shop-event/triggers/log.py', 'shop/tests/shop-http/test_index.py']);
    output.assertFileContent('shop/README.md', 'In FC 2.0 a function with an HTTP trigger can have no other trigger');
  });

  it('fails on a bad answer before writing anything', async () => {
    const { context } = run({ directory: 'bad', runtime: 'python3.10', language: 'typescript' });
    let target = '';
    context.onTargetDirectory((dir) => {
      target = dir;
    });
    await expect(context).rejects.toThrow('--language');
    expect(target).not.toBe('');
    expect(existsSync(join(target, 'bad'))).toBe(false);
  });

  it('refuses a non-empty target directory without force', async () => {
    const { context } = run({ directory: 'taken' });
    context.onTargetDirectory((dir) => {
      mkdirSync(join(dir, 'taken'));
      writeFileSync(join(dir, 'taken', 'keep.txt'), 'mine');
    });
    let target = '';
    context.onTargetDirectory((dir) => {
      target = dir;
    });
    await expect(context).rejects.toThrow('is not empty');
    expect(readdirSync(join(target, 'taken'))).toEqual(['keep.txt']);
    expect(readFileSync(join(target, 'taken', 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('with force, refuses before writing when a file sits where a folder must be', async () => {
    const { context } = run({ directory: 'forced', triggers: ['timer'], runtime: 'python3.10' }, { force: true });
    let target = '';
    context.onTargetDirectory((dir) => {
      target = dir;
      mkdirSync(join(dir, 'forced'));
      writeFileSync(join(dir, 'forced', 'src'), 'a file');
    });
    await expect(context).rejects.toThrow('src is a file where a folder must be (for src/forced/');
    expect(readdirSync(join(target, 'forced'))).toEqual(['src']);
  });
});

describe('app generator, wizard, and the target', () => {
  it('refuses a target the flags name before asking anything', async () => {
    const { context } = run({ directory: 'taken' }, { interactive: true }, { fcVersion: '2' });
    context.onTargetDirectory((dir) => {
      mkdirSync(join(dir, 'taken'));
      writeFileSync(join(dir, 'taken', 'keep.txt'), 'mine');
    });
    await expect(context).rejects.toThrow('is not empty');
    expect(context.askedQuestions).toEqual([]);
  });

  it('the project directory question gives the reason a target cannot be used, and takes one that can', async () => {
    const reasons: unknown[] = [];
    let target = '';
    const { context } = run({ runtime: 'python3.10', triggers: ['none'], useCases: [], type: 'auto' }, { interactive: true });
    context.onTargetDirectory((dir) => {
      target = dir;
      mkdirSync(join(dir, 'taken'));
      writeFileSync(join(dir, 'taken', 'keep.txt'), 'mine');
      writeFileSync(join(dir, 'afile'), 'mine');
    });
    context.withAnswers({ fcVersion: '2', directory: 'fresh', name: 'fresh', git: false }, {
      callback: (answer, { question }) => {
        if (question.name === 'directory') {
          const { validate } = question as unknown as { validate: (value: string) => unknown };
          reasons.push(validate('taken'), validate('afile'), validate('afile/sub'), validate('fresh'));
        }
        return answer;
      },
    });
    await context;
    expect(reasons).toEqual([expect.stringContaining('"taken" is not empty'), expect.stringContaining('exists and is not a directory'), expect.stringContaining('is a file, not a directory'), true]);
    expect(existsSync(join(target, 'fresh', 's.yaml'))).toBe(true);
  });
});

describe('app generator, wizard', () => {
  it('asks the open questions in order and writes what was answered', async () => {
    const { context, result } = run(
      {},
      { interactive: true },
      { fcVersion: '2', directory: 'wizard', triggers: ['timer', 'http'], useCases: ['scheduled-job'], type: 'auto', runtime: 'python3.9', name: 'wizard', cron: '0 0 8 * * *', timerPayload: 'hi', httpMethods: ['GET'], httpAuth: 'anonymous', git: false },
    );
    const output = await context;
    expect(output.askedQuestions.map((question) => question.name)).toEqual([
      'fcVersion', 'directory', 'triggers', 'useCases', 'type', 'runtime', 'name', 'region', 'ci', 'httpMethods', 'httpAuth', 'cron', 'timerPayload', 'advanced', 'git',
    ]);
    output.assertFile(['wizard/src/wizard-http/index.py', 'wizard/src/wizard-event/triggers/timer.py']);
    output.assertFileContent('wizard/s.yaml', "cronExpression: 0 0 8 * * *");
    expect(result()?.reproduce).toContain('--cron');
    expect(result()?.reproduce).toContain('--trigger timer --trigger http');
  });

  it('does not ask what the flags answered', async () => {
    const { context } = run({ directory: 'given', triggers: ['oss'], runtime: 'python3.10', type: 'event', settings: { ossBucket: 'photos' } }, { interactive: true }, { fcVersion: '2', useCases: [], name: 'given', ossEvents: ['oss:ObjectCreated:*'], ossPrefix: '', ossSuffix: '', git: false });
    const output = await context;
    expect(output.askedQuestions.map((question) => question.name)).toEqual(['fcVersion', 'useCases', 'name', 'region', 'ci', 'ossEvents', 'ossPrefix', 'ossSuffix', 'advanced', 'git']);
    output.assertFileContent('given/s.yaml', 'bucketName: photos');
  });

  it('asks the production settings after a yes, only those that apply, and writes them', async () => {
    const answers = {
      fcVersion: '2', useCases: [], name: 'prod', ossEvents: ['oss:ObjectCreated:*'], ossPrefix: '', ossSuffix: '', advanced: true,
      memorySize: '512', timeout: '120', diskSize: '512', instanceConcurrency: '', environment: 'GREETING=hello, world MODE=prod', environmentSecrets: 'DB_PASSWORD',
      role: 'create', rolePolicies: 'AliyunOSSReadOnlyAccess', logs: 'auto', vpc: 'auto', nas: 'none', layers: '', lifecycle: ['initializer'],
      asyncRetries: '1', asyncMaxAge: '', onSuccess: '', onFailure: 'mns-queue:dlq', task: false, git: false,
    };
    const { context } = run({ directory: 'prod', triggers: ['oss'], runtime: 'python3.10', type: 'event', settings: { ossBucket: 'photos' } }, { interactive: true }, answers);
    const output = await context;
    // FC 2.0 and a built-in runtime: no CPU, disk or GPU question; an explicit VPC's vSwitch and NAS mount only follow their own answers.
    expect(output.askedQuestions.map((question) => question.name)).toEqual([
      'fcVersion', 'useCases', 'name', 'region', 'ci', 'ossEvents', 'ossPrefix', 'ossSuffix', 'advanced',
      'memorySize', 'timeout', 'diskSize', 'instanceConcurrency', 'environment', 'environmentSecrets', 'role', 'rolePolicies', 'logs', 'vpc', 'nas', 'layers', 'lifecycle',
      'asyncRetries', 'asyncMaxAge', 'onSuccess', 'onFailure', 'task', 'git',
    ]);
    output.assertFileContent('prod/s.yaml', 'GREETING: hello, world');
    output.assertFileContent('prod/s.yaml', 'DB_PASSWORD: ${env(DB_PASSWORD)}');
    output.assertFileContent('prod/s.yaml', 'name: prod-fc-role');
    output.assertFileContent('prod/s.yaml', 'vpcConfig: auto');
    output.assertFileContent('prod/s.yaml', 'initializer: lifecycle.initialize');
    output.assertFileContent('prod/s.yaml', 'onFailure: acs:mns:${vars.region}:${config(AccountID)}:/queues/dlq/messages');
    output.assertFile(['prod/.env.example', 'prod/src/prod/lifecycle.py']);
  });

  it('asks for the framework and port of a web function on a custom runtime', async () => {
    const { context } = run({ directory: 'web', fcVersion: '3', triggers: ['http'] }, { interactive: true }, { useCases: [], type: 'http', runtime: 'custom.debian12', language: 'python', framework: 'flask', port: '8080', name: 'web', httpMethods: ['GET'], httpAuth: 'anonymous', git: false });
    const output = await context;
    expect(output.askedQuestions.map((question) => question.name)).toEqual(['useCases', 'type', 'runtime', 'language', 'framework', 'port', 'name', 'region', 'ci', 'httpMethods', 'httpAuth', 'advanced', 'git']);
    output.assertFile(['web/src/web/server.py', 'web/src/web/bootstrap', 'web/src/web/requirements.txt']);
    output.assertFileContent('web/s.yaml', 'port: 8080');
  });

  it('offers the default custom runtime first for an FC 3.0 web app, whose recommendation is a web function', async () => {
    // No runtime answer: the question's default is taken.
    const { context } = run({ directory: 'site', fcVersion: '3', triggers: ['http'] }, { interactive: true }, { useCases: ['web-app'], type: 'auto', framework: 'none', port: '9000', name: 'site', httpMethods: ['GET'], httpAuth: 'anonymous', git: false });
    const output = await context;
    expect(output.askedQuestions.map((question) => question.name)).toContain('runtime');
    output.assertFileContent('site/s.yaml', 'runtime: custom.debian10');
    output.assertFile('site/src/site/server.js');
  });

  it('asks where a custom container\'s images go, after the name that names them', async () => {
    const { context } = run({ directory: 'img', fcVersion: '3', triggers: ['timer'] }, { interactive: true }, { useCases: [], type: 'auto', runtime: 'custom-container', language: 'javascript', port: '9000', name: 'img', imageRepo: 'registry.cn-shanghai.aliyuncs.com/team', cron: '0 0 8 * * *', timerPayload: '', install: false, git: false });
    const output = await context;
    expect(output.askedQuestions.map((question) => question.name)).toEqual(['useCases', 'type', 'runtime', 'language', 'port', 'name', 'region', 'imageRepo', 'ci', 'cron', 'timerPayload', 'advanced', 'install', 'git']);
    output.assertFile(['img/src/img/Dockerfile', 'img/src/img/server.js']);
    output.assertNoFile(['img/src/img/bootstrap']);
    output.assertFileContent('img/s.yaml', 'image: registry.cn-shanghai.aliyuncs.com/team/img:latest');
  });

  it('asks the language only where the runtime has several, and offers to install', async () => {
    const { context } = run({ directory: 'node', triggers: ['none'], type: 'auto' }, { interactive: true }, { fcVersion: '3', useCases: [], runtime: 'nodejs18', language: 'typescript', name: 'node', install: false, git: false });
    const output = await context;
    expect(output.askedQuestions.map((question) => question.name)).toEqual(['fcVersion', 'useCases', 'runtime', 'language', 'name', 'region', 'ci', 'advanced', 'install', 'git']);
    output.assertFile(['node/tsconfig.json', 'node/src/node/index.ts']);
  });
});
