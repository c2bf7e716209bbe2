import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../generators/core/errors.js';
import { sYamlObject, sYamlText } from '../../generators/core/s-yaml.js';
import { resolveProject, type ProjectSpec, type RawAnswers } from '../../generators/core/validate.js';
import { yamlText } from '../../generators/core/yaml-text.js';
import { TEXT_SETTINGS, YAML_LOOKALIKES, yamlValue } from '../support/yaml-values.js';
import { triggerGenerationProblem, type TriggerId } from '../../generators/core/catalog/triggers/index.js';

// One seed: a property that fails fails every run, with the value that breaks it (no flaky steps).
const SEED = 20261207;

describe('the one YAML writer', () => {
  it.each(YAML_LOOKALIKES)('writes %s so that YAML 1.1 and 1.2 readers both read the string', (value) => {
    const text = yamlText({ value });
    for (const version of ['1.1', '1.2'] as const) expect(parse(text, { version }).value, `${version}: ${text}`).toBe(value);
  });

  it('hands every string back unchanged to both readers (property)', () => {
    fc.assert(
      fc.property(yamlValue(), (value) => {
        const text = yamlText({ list: [value], map: { key: value } });
        for (const version of ['1.1', '1.2'] as const) {
          const read = parse(text, { version }) as { list: unknown[]; map: { key: unknown } };
          if (read.list[0] !== value || read.map.key !== value) return false;
        }
        return true;
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('leaves what needs no quotes plain, as before', () => {
    expect(yamlText({ a: 'my-bucket', b: 'oss:ObjectCreated:*', c: '-tmp', d: '{"task":"x"}' })).toBe("a: my-bucket\nb: oss:ObjectCreated:*\nc: -tmp\nd: '{\"task\":\"x\"}'\n");
  });
});

// The project's own free-text answers that reach s.yaml, each with answers under which it applies.
const PROJECT_TEXT = [
  { key: 'name', flag: 'name', base: { triggers: ['timer'] } },
  { key: 'domain', flag: 'domain', base: { triggers: ['http'] } },
  { key: 'imageRepo', flag: 'image-repo', base: { runtime: 'custom-container', triggers: ['http'] } },
] as const;

/** The property: the answers are refused with the flag named, or s.yaml reads back, under YAML 1.1 and 1.2, as exactly what was built. */
function refusedOrReadBack(answers: RawAnswers, flag: string): boolean {
  let spec: ProjectSpec;
  try {
    spec = resolveProject(answers);
  } catch (error) {
    return error instanceof UserError && error.message.includes(`--${flag}`);
  }
  const text = sYamlText(spec);
  return (['1.1', '1.2'] as const).every((version) => isDeepStrictEqual(parse(text, { version }), sYamlObject(spec)));
}

describe('free text through create into s.yaml', () => {
  it.each(PROJECT_TEXT.flatMap((answer) => (['2', '3'] as const).map((fcVersion) => ({ ...answer, fcVersion }))))(
    '--$flag on FC $fcVersion: refused with the reason, or s.yaml reads back as exactly what was built (property)',
    ({ key, flag, base, fcVersion }) => {
      fc.assert(fc.property(yamlValue(), (value) => refusedOrReadBack({ fcVersion, ...base, [key]: value } as RawAnswers, flag)), { seed: SEED, numRuns: 150 });
    },
  );

  it.each(TEXT_SETTINGS.flatMap((setting) => (['2', '3'] as const).filter((fcVersion) => triggerGenerationProblem(setting.trigger as TriggerId, fcVersion) === undefined).map((fcVersion) => ({ ...setting, fcVersion }))))(
    '--$flag on FC $fcVersion: refused with the reason, or s.yaml reads back as exactly what was built, by YAML 1.1 and 1.2 readers (property)',
    ({ key, flag, trigger, fcVersion }) => {
      fc.assert(fc.property(yamlValue(), (value) => refusedOrReadBack({ fcVersion, triggers: [trigger], [key]: value } as RawAnswers, flag)), { seed: SEED, numRuns: 150 });
    },
  );
});
