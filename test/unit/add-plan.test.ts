import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planAddFunction, planAddTrigger } from '../../generators/core/add/plan-add.js';
import type { AddContext } from '../../generators/core/add/recognise.js';
import { triggerRefusal } from '../../generators/core/add/rules.js';
import { readProject, type ExistingFunction } from '../../generators/core/add/s-yaml-model.js';
import type { FcVersion } from '../../generators/core/catalog/generations.js';
import { TRIGGER_IDS, triggerGenerationProblem, type TriggerId, TRIGGERS } from '../../generators/core/catalog/triggers/index.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { renderPlan } from '../../generators/write/render.js';
import { folderSource } from '../../generators/write/template-source.js';

const templates = folderSource(fileURLToPath(new URL('../../templates/', import.meta.url)));
const render: AddContext['render'] = (spec) => new Map(renderPlan(planProject(spec), templates).map((file) => [file.path, file.contents.toString('latin1')]));

/** A project as create writes it, in memory; `edit` changes its files first, as a user would. */
function project(answers: RawAnswers, edit: (files: Map<string, string>) => void = () => undefined) {
  const files = new Map(render(resolveProject({ directory: 'p', ...answers })));
  edit(files);
  const context: AddContext = { render, read: (path) => files.get(path) };
  return { files, context, existing: () => readProject(files.get('s.yaml') as string, 's.yaml') };
}

const fn = (triggers: { type: string; qualifier?: string }[]): ExistingFunction => ({ key: 'f', name: 'f', propsPath: ['f', 'props'], triggers: triggers.map((trigger) => ({ name: `${trigger.type}-t`, qualifier: 'LATEST', hasRole: false, ...trigger })) });

describe('which function takes which trigger', () => {
  const cases: [FcVersion, string, TriggerId, boolean][] = [
    ['2', 'oss', 'http', false],
    ['2', 'http', 'http', false],
    ['2', 'http', 'timer', false],
    ['2', '', 'http', false],
    ['2', 'oss', 'timer', true],
    ['2', '', 'oss', true],
    ['3', 'oss', 'http', true],
    ['3', 'http', 'http', false],
    ['3', 'http', 'oss', true],
    ['3', '', 'http', true],
  ];
  it.each(cases)('FC %s, a function with [%s], add %s: allowed %s', (fcVersion, existing, trigger, allowed) => {
    const refusal = triggerRefusal(fcVersion, fn(existing ? [{ type: existing }] : []), trigger);
    expect(refusal === undefined).toBe(allowed);
    if (refusal) expect(refusal.instead).toBe(`create-fc-function add function --trigger ${trigger}`);
  });

  it('allows an HTTP trigger beside one that serves another version or alias', () => {
    expect(triggerRefusal('3', fn([{ type: 'http', qualifier: 'prod' }]), 'http')).toBeUndefined();
  });
});

describe('add trigger', () => {
  it.each(TRIGGER_IDS.filter((id) => triggerGenerationProblem(id, '3') !== undefined))('refuses the %s trigger on FC 3.0, whose component cannot create it, with the reason', (id) => {
    const { context, existing } = project({ fcVersion: '3', triggers: ['timer'] });
    expect(() => planAddTrigger(existing(), { triggers: [id], answers: {} }, context)).toThrow(triggerGenerationProblem(id, '3'));
  });

  it.each(TRIGGERS.filter((trigger) => trigger.eventSourceType !== undefined).map((trigger) => trigger.id))('recognises a function with the %s trigger (an eventbridge trigger in s.yaml) and keeps its decoder when a trigger is added', (id) => {
    const { context, existing } = project({ triggers: [id] });
    const plan = planAddTrigger(existing(), { triggers: ['timer'], answers: {} }, context);
    expect(plan.manual).toEqual([]);
    const dispatcher = plan.changes.find((change) => change.path === 'src/p/index.js');
    expect(dispatcher?.after).toContain(`require("./triggers/${id}")`);
    expect(dispatcher?.after).toContain('require("./triggers/timer")');
  });

  it.each(['2', '3'] as const)('adds several triggers at once to a function that has none yet (FC %s): one triggers list', (fcVersion) => {
    const { context, existing } = project({ triggers: ['none'], fcVersion });
    const plan = planAddTrigger(existing(), { triggers: ['timer', 'oss'], answers: {} }, context);
    const written = readProject(plan.changes[0]?.after as string, 's.yaml');
    expect(written.functions[0]?.triggers.map((trigger) => trigger.type)).toEqual(['timer', 'oss']);
  });

  it('adds the decoder, its contract and sample event, and merges the dispatcher of a function we wrote', () => {
    const { context, existing, files } = project({ triggers: ['oss'] });
    const plan = planAddTrigger(existing(), { triggers: ['timer'], answers: { cron: '0 */5 * * * *' } }, context);
    expect(plan.changes.map((change) => change.path)).toEqual(['s.yaml', '.vscode/launch.json', 'contracts/timer.json', 'events/timer.json', 'src/p/index.js', 'src/p/triggers/timer.js']);
    expect(plan.manual).toEqual([]);
    // The editor's launch configurations follow: the new sample event gets its own.
    expect(plan.changes.find((change) => change.path === '.vscode/launch.json')?.after).toContain('events/timer.json');
    const dispatcher = plan.changes.find((change) => change.path === 'src/p/index.js');
    expect(dispatcher?.before).toBe(files.get('src/p/index.js'));
    expect(dispatcher?.after).toContain('require("./triggers/timer")');
    const data = parseDocument(plan.changes[0]?.after as string).toJS();
    expect(data.services.p.props.triggers.at(-1)).toMatchObject({ name: 'timer-trigger', type: 'timer', config: { cronExpression: '0 */5 * * * *' } });
  });

  it('recognises a function renamed in s.yaml by its folder, and names a second trigger of a kind apart', () => {
    const { context, existing } = project({ triggers: ['oss'] }, (files) => files.set('s.yaml', (files.get('s.yaml') as string).replace('function:\n        name: p\n', 'function:\n        name: renamed\n')));
    const plan = planAddTrigger(existing(), { function: 'renamed', triggers: ['oss'], answers: { ossBucket: 'other-bucket' } }, context);
    expect(plan.triggers).toEqual([{ function: 'renamed', trigger: 'oss', name: 'oss-trigger-2' }]);
    // The function already decodes OSS events: only s.yaml changes.
    expect(plan.changes.map((change) => change.path)).toEqual(['s.yaml']);
  });

  it('prints the change for a dispatcher the user edited where it goes, and leaves that file alone', () => {
    const { context, existing } = project({ triggers: ['oss'] }, (files) => files.set('src/p/index.js', (files.get('src/p/index.js') as string).replace('  trigger0,\n', '  trigger0,\n  myOwnTrigger,\n')));
    const plan = planAddTrigger(existing(), { triggers: ['log'], answers: {} }, context);
    expect(plan.changes.map((change) => change.path)).not.toContain('src/p/index.js');
    expect(plan.manual.map((manual) => manual.path)).toEqual(['src/p/index.js']);
    expect(plan.manual[0]?.diff).toMatch(/^\+const trigger1 = require\("\.\/triggers\/log"\);$/m);
  });

  it('gives a trigger on a function with no vars.region the function\'s own region, and a second FC 2.0 role-taking trigger the console\'s role', () => {
    const fc3 = project({ fcVersion: '3', triggers: ['timer'] }, (files) => files.set('s.yaml', (files.get('s.yaml') as string).replace('vars:\n  region: cn-hangzhou\n', '').replace('region: ${vars.region}', 'region: cn-shanghai')));
    const item = parseDocument(planAddTrigger(fc3.existing(), { triggers: ['oss'], answers: {} }, fc3.context).changes[0]?.after as string).toJS().resources.p.props.triggers.at(-1);
    expect(item.sourceArn).toBe('acs:oss:cn-shanghai:${config(AccountID)}:my-bucket');
    const fc2 = project({ triggers: ['oss'] });
    const log = parseDocument(planAddTrigger(fc2.existing(), { triggers: ['log'], answers: {} }, fc2.context).changes[0]?.after as string).toJS().services.p.props.triggers.at(-1);
    expect(log.role).toBe('acs:ram::${config(AccountID)}:role/aliyunlogetlrole');
  });

  it('refuses with FC\'s rule and what to run instead', () => {
    const { context, existing } = project({ triggers: ['oss'] });
    expect(() => planAddTrigger(existing(), { triggers: ['http'], answers: {} }, context)).toThrow(/event function.*add function --trigger http/s);
    const http = project({ triggers: ['http'] });
    expect(() => planAddTrigger(http.existing(), { triggers: ['http'], answers: {} }, http.context)).toThrow(/one HTTP trigger per version or alias/);
    expect(() => planAddTrigger(existing(), { function: 'nope', triggers: ['timer'], answers: {} }, context)).toThrow(/Invalid --function: "nope"\. This project's functions are: p\./);
  });

  it('refuses a bad setting before anything is planned', () => {
    const { context, existing } = project({ triggers: ['timer'] });
    expect(() => planAddTrigger(existing(), { triggers: ['oss'], answers: { ossBucket: 'Bad_Bucket' } }, context)).toThrow(/Bad_Bucket/);
  });

  it('for code it did not write: the decoder beside the handler, and the lines that call it printed', () => {
    const files = new Map([
      ['s.yaml', ['edition: 3.0.0', 'name: app', 'resources:', '  hello:', '    component: fc3', '    props:', '      region: cn-hangzhou', '      functionName: hello', '      runtime: nodejs18', '      code: ./code', '      handler: index.handler'].join('\n')],
      ['code/index.js', 'exports.handler = async (event, context) => "hi";\n'],
    ]);
    const plan = planAddTrigger(readProject(files.get('s.yaml') as string, 's.yaml'), { triggers: ['oss'], answers: {} }, { render, read: (path) => files.get(path) });
    expect(plan.changes.map((change) => change.path)).toEqual(['s.yaml', 'code/lib/json.js', 'code/lib/time.js', 'code/triggers/oss.js', 'events/oss.json']);
    expect(plan.manual).toEqual([{ path: 'code/index.js', diff: expect.stringContaining('if (ossEvent !== undefined) return ossTrigger.handle(ossEvent, context);') }]);
    expect(plan.notes.join('\n')).toMatch(/did not write hello's handler \(index\.handler\)/);
  });
});

describe('add writes free text as YAML readers read it', () => {
  it.each(['2', '3'] as const)('a date-like --oss-prefix stays a string for a YAML 1.1 reader (FC %s.0)', (fcVersion) => {
    const { context, existing } = project({ fcVersion, triggers: ['timer'] });
    const plan = planAddTrigger(existing(), { triggers: ['oss'], answers: { ossPrefix: '2024-01-01', ossSuffix: '1_000' } as RawAnswers }, context);
    const text = plan.changes[0]?.after as string;
    for (const version of ['1.1', '1.2'] as const) {
      const found = JSON.stringify(parseDocument(text, { version }).toJS());
      expect(found, version).toContain('"2024-01-01"');
      expect(found, version).toContain('"1_000"');
    }
  });
});

describe('add function', () => {
  it('puts a function of the project\'s own runtime into README.md: its table row, invoke commands and deploy commands', () => {
    const { context, existing } = project({ triggers: ['oss'] });
    const plan = planAddFunction(existing(), { name: 'worker', triggers: ['timer'] }, context);
    const readme = plan.changes.find((change) => change.path === 'README.md');
    expect(readme?.before).toBe(context.read('README.md'));
    const added = (readme?.after ?? '').split('\n').filter((line) => !(readme?.before ?? '').split('\n').includes(line));
    expect(added).toEqual(expect.arrayContaining([expect.stringMatching(/^\| `worker` \| Event function \| `timer` \|/), expect.stringContaining('events/timer.json --function worker'), expect.stringContaining('worker invoke --event-file events/timer.json')]));
    expect(plan.notes.some((note) => note.startsWith('README.md'))).toBe(false);
  });

  it('joins the project\'s FC 2.0 service and refuses a name the project has', () => {
    const { context, existing } = project({ triggers: ['oss'] });
    const plan = planAddFunction(existing(), { name: 'worker', triggers: ['timer'], runtime: 'python3.10' }, context);
    const data = parseDocument(plan.changes[0]?.after as string).toJS();
    expect(data.services.worker.props.service).toEqual(data.services.p.props.service);
    expect(plan.changes.map((change) => change.path)).toContain('src/worker/index.py');
    // A Python function in a Node.js project: the virtual environment first, as the README's Test section has it.
    expect(plan.notes).toContain('The new function\'s dependencies install and its tests run with: python3 -m venv .venv && . .venv/bin/activate && python3 -m pip install -r requirements-dev.txt && python3 -m pytest');
    expect(plan.notes.some((note) => note.startsWith('README.md describes the functions create wrote'))).toBe(true);
    expect(() => planAddFunction(existing(), { name: 'p', triggers: ['timer'] }, context)).toThrow(/Invalid --name: "p"/);
  });

  it.each(TRIGGER_IDS.filter((id) => id !== 'none' && triggerGenerationProblem(id, '3') === undefined))('an FC 3.0 function with the %s trigger goes in as a resource', (trigger) => {
    const { context, existing } = project({ fcVersion: '3', triggers: ['timer'] });
    const plan = planAddFunction(existing(), { name: 'second', triggers: [trigger] }, context);
    const data = parseDocument(plan.changes[0]?.after as string).toJS();
    // What create writes for the same function, its custom domain included where it has the HTTP trigger.
    const created = parseDocument(render(resolveProject({ directory: 'second', fcVersion: '3', name: 'second', triggers: [trigger] })).get('s.yaml') as string).toJS();
    expect(Object.keys(data.resources)).toEqual(['p', ...Object.keys(created.resources)]);
    expect(data.resources).toMatchObject(created.resources);
    expect(Object.keys(data.resources).includes('second-domain')).toBe(trigger === 'http');
  });

  it('merges a new Node.js web function\'s dependencies into the project\'s package.json as data, keeping its name', () => {
    const { context, existing, files } = project({ fcVersion: '3', triggers: ['timer'] });
    const plan = planAddFunction(existing(), { name: 'web', triggers: ['http'], useCases: ['framework-migration'], framework: 'express' }, context);
    expect(plan.manual).toEqual([]);
    const manifest = plan.changes.find((change) => change.path === 'package.json');
    expect(manifest?.before).toBe(files.get('package.json'));
    const after = JSON.parse(manifest?.after as string);
    expect(after.name).toBe('p');
    expect(after.dependencies.express).toMatch(/^\^5\./);
    expect(after.devDependencies).toEqual(JSON.parse(files.get('package.json') as string).devDependencies);
  });
});
