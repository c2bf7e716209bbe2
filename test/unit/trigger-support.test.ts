import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_LABELS } from '../../generators/core/catalog/languages.js';
import { triggerById, triggerGenerationProblem, TRIGGERS, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { planAddTrigger } from '../../generators/core/add/plan-add.js';
import { readProject } from '../../generators/core/add/s-yaml-model.js';
import { readmeData } from '../../generators/core/readme-data.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject } from '../../generators/core/validate.js';
import { renderPlan } from '../../generators/write/render.js';

// What a trigger folder declares about where it can be used (its languages, its generations) and
// what its settings ask of the user (a secret in the environment, an example value to replace),
// followed through create, add and the generated README. A trigger of the catalog stands in for
// one with fewer languages: its declaration is narrowed for one test and put back.
const render = (spec: ReturnType<typeof resolveProject>) => new Map(renderPlan(planProject(spec)).map((file) => [file.path, file.contents.toString('utf8')]));
const narrowed: { trigger: { languages: readonly string[] }; languages: readonly string[] }[] = [];

function narrowLanguages(id: TriggerId, languages: readonly string[]): void {
  const trigger = triggerById(id) as unknown as { languages: readonly string[] };
  narrowed.push({ trigger, languages: trigger.languages });
  trigger.languages = languages;
}

afterEach(() => {
  for (const { trigger, languages } of narrowed.splice(0)) trigger.languages = languages;
});

const [narrow] = TRIGGERS.filter((trigger) => trigger.id !== 'none' && trigger.id !== 'http' && trigger.functionType === 'event').map((trigger) => trigger.id);

describe('a trigger with code in some languages only', () => {
  it('is refused for another language, naming the trigger and the languages it has', () => {
    narrowLanguages(narrow as TriggerId, ['python']);
    expect(() => resolveProject({ triggers: [narrow as string], runtime: 'nodejs20', language: 'javascript' })).toThrow(`The ${narrow} trigger(s) have no ${LANGUAGE_LABELS.javascript} code; every one of them is written in: ${LANGUAGE_LABELS.python}.`);
    expect(() => resolveProject({ triggers: [narrow as string], runtime: 'python3.10' })).not.toThrow();
  });

  it('is refused by add for a function of ours in another language', () => {
    const files = render(resolveProject({ directory: 'p', triggers: ['none'], runtime: 'nodejs20', language: 'javascript' }));
    narrowLanguages(narrow as TriggerId, ['python']);
    const context = { render, read: (path: string) => files.get(path) };
    expect(() => planAddTrigger(readProject(files.get('s.yaml') as string, 's.yaml'), { triggers: [narrow as TriggerId], answers: {} }, context)).toThrow(`${narrow} trigger(s) have no JavaScript code`);
  });
});

describe('settings that ask something of the user before a deploy', () => {
  const secrets = TRIGGERS.flatMap((trigger) => trigger.settings.filter((setting) => setting.environmentSecret).map((setting) => [trigger.id, setting] as const));
  const fillIns = TRIGGERS.flatMap((trigger) => trigger.settings.filter((setting) => setting.fillIn).map((setting) => [trigger.id, setting] as const));

  it.each(secrets.map(([id, setting]) => [id, setting.flag, setting] as const))('%s: --%s names an environment variable the README and add tell the user to set, never a value in s.yaml', (id, _flag, setting) => {
    const spec = resolveProject({ directory: 'p', triggers: [id], [setting.key]: 'MY_SECRET' });
    const readme = render(spec).get('README.md') as string;
    expect(readme).toContain('- `MY_SECRET`:');
    expect(render(spec).get('s.yaml')).toContain('${env(MY_SECRET)}');
    const files = render(resolveProject({ directory: 'p', triggers: ['timer'] }));
    const plan = planAddTrigger(readProject(files.get('s.yaml') as string, 's.yaml'), { triggers: [id], answers: { [setting.key]: 'MY_SECRET' } }, { render, read: (path) => files.get(path) });
    expect(plan.notes.join('\n')).toContain('MY_SECRET');
  });

  it.each(fillIns.map(([id, setting]) => [id, setting.flag, setting] as const))('%s: --%s is named in the README as a value to replace', (id, flag, setting) => {
    const data = readmeData(resolveProject({ directory: 'p', triggers: [id] }));
    expect(data.fillIns).toEqual([expect.objectContaining({ flag, value: String(setting.default) })]);
    expect(render(resolveProject({ directory: 'p', triggers: [id] })).get('README.md')).toContain(`Also \`--${flag}\``);
  });

  const notes = TRIGGERS.flatMap((trigger) => Object.entries(trigger.deployNotes ?? {}).map(([fcVersion, note]) => [trigger.id, fcVersion, note] as const));
  it.each(notes)('%s on FC %s: its deploy note is in the README, and only on that generation', (id, fcVersion, note) => {
    expect(render(resolveProject({ directory: 'p', fcVersion, triggers: [id] })).get('README.md')).toContain(note);
    const other = (['2', '3'] as const).find((version) => version !== fcVersion && triggerGenerationProblem(id, version) === undefined);
    if (other && !triggerById(id).deployNotes?.[other]) expect(render(resolveProject({ directory: 'p', fcVersion: other, triggers: [id] })).get('README.md')).not.toContain(note);
  });

  it('has settings of both kinds in the catalog, or these tests prove nothing', () => {
    expect(secrets.length).toBeGreaterThan(0);
    expect(fillIns.length).toBeGreaterThan(0);
  });
});
