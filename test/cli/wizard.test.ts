import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';
import { t } from '../../generators/core/i18n/index.js';
import { recommend } from '../../generators/core/recommend.js';
import { filesBelow, scratchDir } from '../support/cli.js';
import { TerminalSession } from '../support/terminal.js';

const hasScript = execaSync('script', ['--version'], { reject: false }).exitCode === 0;

// util-linux's `script` gives the wizard a pseudo-terminal; without it these tests could not run, which is a failure.
it('has a pseudo-terminal to drive the wizard with (util-linux script)', () => {
  expect(hasScript).toBe(true);
});

// The defaults for the name and the HTTP trigger's settings, then no git repository.
const NAME_AND_HTTP_TRIGGER = [
  ['Function name', '\r'],
  ['Region', '\r'],
  ['Deploy from CI', '\r'],
  ['HTTP methods', '\r'],
  ['HTTP authentication', '\r'],
] as const;
const NO_GIT = ['Initialise a git repository?', 'n\r'] as const;

describe.skipIf(!hasScript)('the wizard on a terminal', () => {
  it('asks, recommends, and writes what was answered', async () => {
    const cwd = scratchDir();
    const session = new TerminalSession(['shop', '--runtime', 'python3.10'], cwd);
    await session.answer([
      ['FC generation', '\r'], // FC 2.0, the default
      ['What triggers the function?', ' \r'], // the first choice: http
      ['What is it for?', '\r'],
      ['Recommended: HTTP function (http)', ''],
      ['Function type', '\r'],
      ...NAME_AND_HTTP_TRIGGER,
      ['Production settings now', '\r'], // skipped with one keystroke
      NO_GIT,
    ]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('The same project, without questions:');
    expect(output).toContain('npx create-fc-function shop --fc-version 2 --trigger http --type auto --runtime python3.10 --language python --name shop --region cn-hangzhou');
    expect(readFileSync(join(cwd, 'shop', 's.yaml'), 'utf8')).toContain('type: http');
  });

  it('builds an FC 3.0 web function: custom runtimes only, then framework and port', async () => {
    const cwd = scratchDir();
    const session = new TerminalSession(['web'], cwd);
    await session.answer([
      ['FC generation', '\x1b[B\r'], // down to FC 3.0
      ['What triggers the function?', ' \r'],
      ['What is it for?', '\r'],
      ['Web function only', '\x1b[B\x1b[B\r'],
      ['Custom runtime, Debian 10', '\r'],
      ['Language', '\r'],
      ['Web framework', '\x1b[B\r'], // express
      ['Port the server listens on', '\r'],
      ...NAME_AND_HTTP_TRIGGER,
      ['Production settings now', '\r'], // skipped with one keystroke
      ['Run npm install now?', 'n\r'],
      NO_GIT,
    ]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    // Beside the recommendation, each alternative with the flags that pick it.
    const { alternatives } = recommend({ triggers: ['http'], useCases: [], fcVersion: '3', type: 'auto' });
    expect(alternatives.length).toBeGreaterThan(0);
    // Lines are wrapped to the terminal's width, at spaces.
    const text = output.replace(/\s+/g, ' ');
    for (const alternative of alternatives) expect(text).toContain(`${alternative.reason.message} Pick it with ${alternative.flags.join(' ')}.`);
    expect(output).not.toContain('Node.js 20 (nodejs20)');
    const sYaml = readFileSync(join(cwd, 'web', 's.yaml'), 'utf8');
    expect(sYaml).toContain('runtime: custom.debian10');
    expect(sYaml).toContain('port: 9000');
    expect(readFileSync(join(cwd, 'web', 'src', 'web', 'package.json'), 'utf8')).toContain('"express"');
  });

  it('speaks Chinese under LANG=zh_CN.UTF-8, from the first question to the next steps', async () => {
    const cwd = scratchDir();
    const session = new TerminalSession(['shop', '--runtime', 'python3.10'], cwd, { LANG: 'zh_CN.UTF-8' });
    await session.answer([
      ['函数计算版本', '\r'],
      ['什么触发这个函数？', ' \r'], // the first choice: http
      ['函数用来做什么？', '\r'],
      ['推荐：', ''],
      ['函数类型', '\r'],
      ['函数名称', '\r'],
      ['地域', '\r'],
      ['从 CI 部署', '\r'],
      ['触发器接受的 HTTP 方法', '\r'],
      ['HTTP 认证方式', '\r'],
      ['现在配置生产设置', '\r'],
      ['初始化 git 仓库？', 'n\r'],
    ]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('FC 2.0 控制台列出“服务及函数”');
    expect(output).toContain('华东1（杭州）');
    expect(output).toContain('后续步骤：');
    expect(output).not.toContain('Next steps');
    // Flags, ids and the files stay English.
    expect(output).toContain('npx create-fc-function shop --fc-version 2 --trigger http');
    expect(readFileSync(join(cwd, 'shop', 's.yaml'), 'utf8')).toContain('type: http');
  });

  it.each([80, 100])('breaks questions, choices, descriptions and errors only between words on a %i-column terminal', async (columns) => {
    const cwd = scratchDir();
    writeFileSync(join(cwd, 'afile'), 'mine');
    const session = new TerminalSession(['--runtime', 'python3.10'], cwd, {}, columns);
    // waitFor reads the screen with each line break taken as a space: a word cut in two never matches.
    await session.waitFor(t('question.fcVersion.choice3'));
    await session.waitFor(t('question.fcVersion.tell'));
    session.type('\r');
    await session.waitFor('Project directory');
    session.type('afile/sub\r');
    await session.waitFor(t('target.underFile', { directory: 'afile/sub', existing: join(realpathSync(cwd), 'afile') }));
    session.type('\x03');
    await session.end();
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

  it('refuses a target the flags name before the first question, in one line', async () => {
    const cwd = scratchDir();
    mkdirSync(join(cwd, 'taken'));
    writeFileSync(join(cwd, 'taken', 'notes.txt'), 'mine');
    const session = new TerminalSession(['taken'], cwd);
    await session.waitFor('is not empty');
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(1);
    expect(output).toContain('error Target directory "taken" is not empty');
    expect(output).not.toContain('FC generation');
    expect(filesBelow(cwd)).toEqual(['taken/notes.txt']);
  });

  it('asks the project directory again, with the reason, when it cannot be used', async () => {
    const cwd = scratchDir();
    mkdirSync(join(cwd, 'taken'));
    writeFileSync(join(cwd, 'taken', 'notes.txt'), 'mine');
    writeFileSync(join(cwd, 'afile'), 'mine');
    const session = new TerminalSession(['--runtime', 'python3.10'], cwd);
    const erase = (text: string) => '\x7f'.repeat(text.length);
    await session.answer([
      ['FC generation', '\r'],
      ['Project directory', 'taken\r'],
      ['is not empty', `${erase('taken')}afile/sub\r`],
      ['is a file, not a directory', `${erase('afile/sub')}shop\r`],
      ['What triggers the function?', ' \r'],
      ['What is it for?', '\r'],
      ['Function type', '\r'],
      ...NAME_AND_HTTP_TRIGGER,
      ['Production settings now', '\r'], // skipped with one keystroke
      NO_GIT,
    ]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(0);
    expect(readFileSync(join(cwd, 'shop', 's.yaml'), 'utf8')).toContain('type: http');
    expect(filesBelow(join(cwd, 'taken'))).toEqual(['notes.txt']);
  });

  it('prints a refusal from inside the generator as one line, without Yeoman\'s task wrapper', async () => {
    const cwd = scratchDir();
    const session = new TerminalSession(['later', '--runtime', 'python3.10', '--trigger', 'http', '--use-case', 'rest-api', '--type', 'auto'], cwd);
    await session.waitFor('FC generation');
    // The folder fills up while the wizard waits: the check before writing catches it.
    mkdirSync(join(cwd, 'later'));
    writeFileSync(join(cwd, 'later', 'notes.txt'), 'mine');
    await session.answer([['FC generation', '\r'], ...NAME_AND_HTTP_TRIGGER, ['Production settings now', '\r'], NO_GIT]);
    const { exitCode, output } = await session.end();
    expect(exitCode, output).toBe(1);
    expect(output).toContain('error Target directory "later" is not empty');
    expect(output).not.toContain('An error occured');
    expect(filesBelow(join(cwd, 'later'))).toEqual(['notes.txt']);
  });
});
