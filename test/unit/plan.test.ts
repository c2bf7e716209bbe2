import { describe, expect, it } from 'vitest';
import { planProject, targetPath } from '../../generators/core/plan.js';
import { reproduceCommand } from '../../generators/core/reproduce.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { parseCli } from '../../generators/cli/parse.js';

describe('targetPath', () => {
  it.each([
    ['src/__function__/index.js', 'src/shop/index.js'],
    ['_gitignore', '.gitignore'],
    ['src/__function__/triggers/__init__.py', 'src/shop/triggers/__init__.py'],
    ['README.md.ejs', 'README.md'],
    ['test/__function__/_helper.js.ejs', 'test/shop/.helper.js'],
  ])('%s → %s', (from, to) => {
    expect(targetPath(from, 'shop')).toBe(to);
  });
});

describe('planProject', () => {
  const plan = (raw: RawAnswers) => planProject(resolveProject(raw));

  it('layers a JavaScript event function: common, event base, one layer per trigger', () => {
    const result = plan({ name: 'fn', triggers: ['timer', 'oss'] });
    expect(result.layers.map((layer) => layer.source)).toEqual(['common', 'nodejs/javascript/function', 'nodejs/javascript/event', 'triggers/timer/nodejs/javascript', 'triggers/oss/nodejs/javascript', 'nodejs/local']);
    expect(result.layers[1]?.data).toMatchObject({ functionName: 'fn', runtime: 'nodejs20', triggers: ['timer', 'oss'] });
    expect(result.copies).toEqual([
      { from: 'triggers/timer/events/timer.json', to: 'events/timer.json' },
      { from: 'triggers/oss/events/oss.json', to: 'events/oss.json' },
    ]);
    expect(result.files.map((file) => file.path)).toEqual(['s.yaml', 'src/fn/.fcignore', '.vscode/launch.json', 'package.json', 'vitest.config.mjs']);
  });

  it('adds the Python project layer and no package.json', () => {
    const result = plan({ name: 'fn', runtime: 'python3.9', triggers: ['http'] });
    expect(result.layers.map((layer) => layer.source)).toEqual(['common', 'python/project', 'python/http', 'python/http-tests', 'python/local']);
    expect(result.files.map((file) => file.path)).toEqual(['s.yaml', 'src/fn/.fcignore', '.vscode/launch.json']);
    expect(result.copies).toEqual([]);
  });

  it('builds package.json and both tsconfigs for TypeScript, targeting the runtime', () => {
    const result = plan({ name: 'My_Fn', runtime: 'nodejs14', language: 'typescript' });
    const files = Object.fromEntries(result.files.filter((file) => file.path.endsWith('.json')).map((file) => [file.path, JSON.parse(file.contents) as Record<string, any>]));
    expect(files['package.json']).toMatchObject({ name: 'my_fn', private: true, scripts: { build: 'tsc -p tsconfig.build.json', test: 'tsc -p tsconfig.json && vitest run', invoke: 'node fc-local/cli.js invoke', dev: 'node fc-local/cli.js dev' } });
    expect(files['package.json']?.devDependencies).toEqual({ '@types/node': '^20.19.0', typescript: expect.any(String), vitest: expect.any(String), yaml: expect.any(String) });
    expect(files['tsconfig.json']?.compilerOptions).toMatchObject({ target: 'ES2020', lib: ['ES2020'], module: 'commonjs', strict: true });
    expect(files['tsconfig.build.json']).toMatchObject({ extends: './tsconfig.json', compilerOptions: { outDir: 'dist', rootDir: 'src' } });
  });

  it('gives each function of a split project its own layers and name', () => {
    const result = plan({ name: 'shop', triggers: ['http', 'mns'] });
    expect(result.layers.map((layer) => [layer.source, layer.functionName])).toEqual([
      ['common', undefined],
      ['nodejs/javascript/function', 'shop-http'],
      ['nodejs/javascript/http', 'shop-http'],
      ['nodejs/javascript/function', 'shop-event'],
      ['nodejs/javascript/event', 'shop-event'],
      ['triggers/mns_topic/nodejs/javascript', 'shop-event'],
      ['nodejs/local', undefined],
    ]);
  });

  it('tells the README the functions, reasons and how to invoke them', () => {
    const readme = plan({ name: 'shop', triggers: ['http', 'ots'] }).layers[0]?.data.project as Record<string, any>;
    expect(readme.functions).toEqual([
      expect.objectContaining({ name: 'shop-http', type: 'HTTP function', handler: 'exports.handler = (request, response, context)', codeDir: './src/shop-http' }),
      expect.objectContaining({ name: 'shop-event', type: 'Event function', handler: 'exports.handler = (event, context, callback)' }),
    ]);
    expect(readme.invokeCommands).toEqual(['npx @serverless-devs/s@2 shop-event invoke --event-file events/tablestore.json']);
    expect(readme.reasons).toHaveLength(3);
  });
});

describe('reproduceCommand', () => {
  it.each<RawAnswers>([
    {},
    { directory: 'out/api', name: 'api', useCases: ['rest-api'], runtime: 'python3.10' },
    { name: 'jobs', triggers: ['timer', 'http'], settings: { cron: 'CRON_TZ=Asia/Shanghai 0 0 4 1 * *', timerPayload: `{"it's": "quoted"}` } },
    { name: 'files', triggers: ['oss'], type: 'event', settings: { ossPrefix: '', ossSuffix: '.png', ossEvents: ['oss:ObjectCreated:PutObject', 'oss:ObjectRemoved:DeleteObject'] } },
    { name: 'shop', runtime: 'custom-container', type: 'http', framework: 'koa', port: '8081', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/team' },
    { name: 'orders', fcVersion: '3', runtime: 'java8', triggers: ['http', 'tablestore'] },
    // Values that start with a dash, which a parser would take for a flag unless joined to theirs with `=`.
    { name: 'dashes', triggers: ['oss', 'timer'], settings: { ossPrefix: '-tmp', ossSuffix: '--x', timerPayload: '-1' } },
  ])('writes a command that resolves to the same project: %j', (raw) => {
    const spec = resolveProject(raw);
    const command = reproduceCommand(spec, { install: false, git: true });
    expect(command).toMatch(/^npx create-fc-function /);
    expect(command).toContain('--skip-install');
    expect(command).not.toContain('--no-git');
    const argv = [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) => (match[1] !== undefined ? match[1].replaceAll(`'\\''`, "'") : match[2] ?? '')).slice(2);
    const again = resolveProject(parseCli(argv).answers);
    expect({ ...again, defaulted: [] }).toEqual({ ...spec, defaulted: [] });
  });
});
