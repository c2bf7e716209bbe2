import fc from 'fast-check';
import { TRIGGER_SETTINGS } from '../../generators/core/catalog/triggers/index.js';
import type { TriggerId } from '../../generators/core/catalog/triggers/index.js';

// Values that a YAML 1.1 reader (Serverless Devs 2.x) or a YAML 1.2 one (3.x) takes for something
// other than a string when they are written plain: timestamps, numbers in every base and with
// underscores, sexagesimal, booleans of both specs, nulls, infinities, merge keys, and octal forms.
export const YAML_LOOKALIKES = [
  '2024-01-01', '2001-12-14t21:59:43.10-05:00', '2002-12-14', '1_000', '0b101', '0x1F', '0o17', '012', '1:20', '190:20:30', '+12', '-7', '3.0', '6.8523015e+5', '.inf', '-.Inf', '.NaN',
  'yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'False', '~', 'null', 'NULL', '<<', '=',
];

/** Strings to write into s.yaml: the look-alikes, the same inside prefixes and suffixes, and arbitrary text (control characters and line separators included). */
export const yamlValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...YAML_LOOKALIKES),
    fc.tuple(fc.constantFrom(...YAML_LOOKALIKES), fc.constantFrom('', '/', '-tmp', ' ', '#')).map(([value, tail]) => value + tail),
    fc.string({ unit: 'grapheme', maxLength: 24 }),
    fc.string({ unit: fc.constantFrom('-', ':', ' ', '#', '\t', '\u2028', '"', "'", '!', '&', '*', '{', '[', '0', '1', 'a'), maxLength: 12 }),
  );

/** The free-text settings of the triggers, each with the trigger that takes it. */
export const TEXT_SETTINGS: readonly { key: string; flag: string; trigger: TriggerId }[] = TRIGGER_SETTINGS.filter((setting) => setting.kind === 'text').map((setting) => ({ key: setting.key, flag: setting.flag, trigger: setting.trigger }));
