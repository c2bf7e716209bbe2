import fc from 'fast-check';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { yamlText } from '../../generators/core/yaml-text.js';
import { toolchainTier } from '../support/tier.js';
import { YAML_LOOKALIKES, yamlValue } from '../support/yaml-values.js';

// The Python projects' local runner (fc_local/) reads s.yaml with PyYAML, a YAML 1.1 reader that also
// takes NEL, LS and PS for line breaks: every string the one YAML writer writes must come back whole.
const pyyamlMissing = await execa('python3', ['-c', 'import yaml'], { reject: false, stdin: 'ignore' }).then(
  (result) => (result.exitCode === 0 ? undefined : 'python3 with PyYAML not found; pip install PyYAML'),
  () => 'python3 not found',
);
const runs = toolchainTier('PyYAML', pyyamlMissing);

describe.skipIf(!runs)('PyYAML reads what the one YAML writer writes', () => {
  it('gets back every string: look-alikes, tabs, NEL, LS, PS, and seeded arbitrary text', async () => {
    const values = [...YAML_LOOKALIKES, 'a\tb', '\ttab first', 'a\u2028b', 'x\u0085', 'p\u2029q', ...fc.sample(yamlValue(), { seed: 20261207, numRuns: 400 })];
    const text = yamlText({ values });
    const script = 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())["values"]))';
    const { stdout } = await execa('python3', ['-c', script], { input: text });
    const read = JSON.parse(stdout) as unknown[];
    const wrong = values.flatMap((value, index) => (read[index] === value ? [] : [{ wrote: value, read: read[index] }]));
    expect(wrong).toEqual([]);
  });
});
