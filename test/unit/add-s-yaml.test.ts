import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hunksOf, linesOf } from '../../generators/core/add/line-merge.js';
import { componentGeneration, readProject } from '../../generators/core/add/s-yaml-model.js';
import { spliceAdditions, type Addition } from '../../generators/core/add/s-yaml-splice.js';
import { UserError } from '../../generators/core/errors.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/add-projects/', import.meta.url));
const goodFixtures = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'bad').map((entry) => entry.name);
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name, 's.yaml'), 'utf8');

/** The old text is the new one minus the inserted text: every hunk from old to new inserts, none removes or rewrites. */
function expectOnlyInserted(before: string, after: string): void {
  const hunks = hunksOf(linesOf(before), linesOf(after));
  expect(hunks.length).toBeGreaterThan(0);
  for (const hunk of hunks) expect(hunk.end - hunk.start, JSON.stringify(hunk)).toBe(0);
}

const TRIGGER = { triggerName: 'timer-trigger', triggerType: 'timer', qualifier: 'LATEST', triggerConfig: { cronExpression: '0 0 * * * *', enable: true, payload: '{}' } };
const FC2_TRIGGER = { name: 'timer-trigger', type: 'timer', config: { cronExpression: '0 0 * * * *', enable: true, payload: '{}' } };

describe('reading s.yaml for add', () => {
  it.each(goodFixtures)('%s: reads the generation and every function module', (name) => {
    const project = readProject(fixtureText(name), 's.yaml');
    expect(project.functions.length).toBeGreaterThan(0);
    const edition = parseDocument(fixtureText(name)).get('edition');
    expect(project.fcVersion).toBe(edition === '3.0.0' ? '3' : '2');
    for (const fn of project.functions) expect(fn.name).not.toBe('');
  });

  it('resolves a function name written as ${vars.x}, and keeps other modules apart', () => {
    const python = readProject(fixtureText('fc3-python-oss'), 's.yaml');
    expect(python.functions[0]?.name).not.toMatch(/\$\{/);
    const domain = readProject(fixtureText('fc3-with-domain'), 's.yaml');
    expect(domain.others.map((other) => other.component)).toEqual(['fc3-domain']);
  });

  it('reads the components as fc3 s2tos3 does: fc, devsapp/fc and fc@version are FC 2.0', () => {
    expect(['fc', 'devsapp/fc', 'fc@0.1.66', ' fc '].map(componentGeneration)).toEqual(['2', '2', '2', '2']);
    expect(['fc3', 'devsapp/fc3', 'fc3@0.0.20'].map(componentGeneration)).toEqual(['3', '3', '3']);
    expect(['fc-domain', 'fc3-domain', 'aliyun-oss-bucket', '${env(C)}'].map(componentGeneration)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each([
    ['unparsable', /not valid YAML: .*line 10, column 1/],
    ['unknown-component', /no function under resources: its modules are photos \(aliyun-oss-bucket\)/],
    ['no-edition', /edition null\. add reads the editions 1\.0\.0 \(FC 2\.0\), 3\.0\.0 \(FC 3\.0\)/],
    ['wrong-edition', /uses component fc3, which does not deploy edition 1\.0\.0/],
  ])('refuses bad/%s with a message naming the problem', (name, message) => {
    const text = readFileSync(join(FIXTURES, 'bad', name, 's.yaml'), 'utf8');
    expect(() => readProject(text, 's.yaml')).toThrow(UserError);
    expect(() => readProject(text, 's.yaml')).toThrow(message);
  });

  it('reads qualifiers and roles of the triggers', () => {
    const project = readProject(['edition: 3.0.0', 'resources:', '  f:', '    component: fc3', '    props:', '      functionName: f', '      triggers:', '        - triggerName: h', '          triggerType: http', '          qualifier: prod', '        - triggerName: o', '          triggerType: oss', '          invocationRole: r', ''].join('\n'), 's.yaml');
    expect(project.functions[0]?.triggers).toEqual([
      { name: 'h', type: 'http', qualifier: 'prod', hasRole: false },
      { name: 'o', type: 'oss', qualifier: 'LATEST', hasRole: true },
    ]);
  });
});

describe('splicing into s.yaml', () => {
  it.each(goodFixtures)('%s: a trigger and a module go in, and every byte already there stays', (name) => {
    const text = fixtureText(name);
    const project = readProject(text, 's.yaml');
    const fn = project.functions[0];
    if (!fn) throw new Error('no function');
    const trigger = project.fcVersion === '3' ? TRIGGER : FC2_TRIGGER;
    const additions: Addition[] = [
      { kind: 'item', path: [project.modulesKey, ...fn.propsPath, 'triggers'], item: trigger },
      { kind: 'entry', path: [project.modulesKey], key: 'added-fn', value: { component: project.fcVersion === '3' ? 'fc3' : 'fc', props: { region: '${vars.region}' } } },
    ];
    const after = spliceAdditions(text, project.document, additions);
    expectOnlyInserted(text, after);
    const data = parseDocument(after).toJS() as Record<string, Record<string, { props: Record<string, unknown> }>>;
    const modules = data[project.modulesKey] as Record<string, { props: Record<string, unknown> }>;
    expect((modules[fn.key]?.props.triggers as unknown[]).at(-1)).toEqual(trigger);
    expect(Object.keys(modules).at(-1)).toBe('added-fn');
  });

  const base = ['edition: 3.0.0', 'resources:', '  f:', '    component: fc3', '    props:', '      functionName: f'];

  it('adds the triggers key where a function has none, at its siblings\' indentation, and keeps a missing final newline missing only before it', () => {
    const text = base.join('\n');
    const project = readProject(text, 's.yaml');
    const after = spliceAdditions(text, project.document, [{ kind: 'item', path: ['resources', 'f', 'props', 'triggers'], item: TRIGGER }]);
    expect(after.startsWith(`${text}\n      triggers:\n        - triggerName: timer-trigger\n`)).toBe(true);
  });

  it('turns `triggers: []` and an empty `triggers:` into a block list', () => {
    for (const empty of ['      triggers: []', '      triggers:']) {
      const text = [...base, empty, '      timeout: 60', ''].join('\n');
      const project = readProject(text, 's.yaml');
      const after = spliceAdditions(text, project.document, [{ kind: 'item', path: ['resources', 'f', 'props', 'triggers'], item: TRIGGER }]);
      expect(after).toContain('      triggers:\n        - triggerName: timer-trigger\n');
      expect(after.endsWith('      timeout: 60\n')).toBe(true);
      expect((parseDocument(after).toJS() as { resources: { f: { props: { triggers: unknown[] } } } }).resources.f.props.triggers).toEqual([TRIGGER]);
    }
  });

  it('follows an indentless list and comments after the last item', () => {
    const text = [...base, '      triggers:', '      - triggerName: a # mine', '        triggerType: timer', '#      - triggerName: old', '      # kept', ''].join('\n');
    const project = readProject(text, 's.yaml');
    const after = spliceAdditions(text, project.document, [{ kind: 'item', path: ['resources', 'f', 'props', 'triggers'], item: TRIGGER }]);
    expectOnlyInserted(text, after);
    expect(after).toContain('        triggerType: timer\n      - triggerName: timer-trigger\n        triggerType: timer\n');
    expect(after).toContain('#      - triggerName: old\n      # kept\n');
  });

  it('refuses a flow-style map it would have to rewrite, naming where', () => {
    const text = ['edition: 3.0.0', 'resources: {f: {component: fc3, props: {functionName: f}}}', ''].join('\n');
    const project = readProject(text, 's.yaml');
    expect(() => spliceAdditions(text, project.document, [{ kind: 'item', path: ['resources', 'f', 'props', 'triggers'], item: TRIGGER }])).toThrow(/resources\.f\.props in flow style/);
  });
});
