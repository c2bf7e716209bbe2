import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../generators/core/errors.js';
import { sYamlObject, sYamlText } from '../../generators/core/s-yaml.js';
import { resolveProject, type ProjectSpec, type RawAnswers } from '../../generators/core/validate.js';
import { yamlText } from '../../generators/core/yaml-text.js';
import { TEXT_SETTINGS, YAML_LOOKALIKES, yamlValue } from '../support/yaml-values.js';

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

describe('free text through create into s.yaml', () => {
  it.each(TEXT_SETTINGS.flatMap((setting) => (['2', '3'] as const).map((fcVersion) => ({ ...setting, fcVersion }))))(
    '--$flag on FC $fcVersion: refused with the reason, or s.yaml reads back as exactly what was built, by YAML 1.1 and 1.2 readers (property)',
    ({ key, flag, trigger, fcVersion }) => {
      fc.assert(
        fc.property(yamlValue(), (value) => {
          let spec: ProjectSpec;
          try {
            spec = resolveProject({ fcVersion, triggers: [trigger], [key]: value } as RawAnswers);
          } catch (error) {
            // Refused: the error names the flag.
            return error instanceof UserError && error.message.includes(`--${flag}`);
          }
          const text = sYamlText(spec);
          const built = sYamlObject(spec);
          return (['1.1', '1.2'] as const).every((version) => isDeepStrictEqual(parse(text, { version }), built));
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
  );
});
