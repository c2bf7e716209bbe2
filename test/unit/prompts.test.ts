import { describe, expect, it } from 'vitest';
import { settingQuestion } from '../../generators/app/prompts.js';
import { TRIGGER_SETTINGS } from '../../generators/core/catalog/triggers/index.js';
import { withLocale } from '../../generators/core/i18n/index.js';

const question = (key: string) => {
  const setting = TRIGGER_SETTINGS.find((candidate) => candidate.key === key);
  if (!setting) throw new Error(key);
  return settingQuestion(setting) as { type: string; validate?: (value: unknown) => true | string; default?: unknown };
};

describe('wizard questions for trigger settings', () => {
  it('validate checkbox answers given as inquirer choice objects', () => {
    const { type, validate } = question('httpMethods');
    expect(type).toBe('checkbox');
    expect(validate?.([{ value: 'GET' }, { value: 'POST' }])).toBe(true);
    expect(validate?.([])).toContain('at least one');
  });

  it('validate text answers with the flag\'s own check', () => {
    const { type, validate, default: fallback } = question('ossBucket');
    expect(type).toBe('input');
    expect(fallback).toBe('my-bucket');
    expect(validate?.('photos')).toBe(true);
    expect(validate?.('Bad_Bucket')).toContain('"Bad_Bucket"');
  });

  it('validate comma-separated list input', () => {
    const { validate } = question('cdnDomain');
    expect(validate?.('a.example.com, b.example.com')).toBe(true);
    expect(validate?.('a.example.com, not a domain')).toContain('"not a domain"');
  });

  it('offer the choices of choice settings with the default selected', () => {
    expect(question('httpAuth')).toMatchObject({ type: 'select', default: 'anonymous', choices: [{ value: 'anonymous' }, { value: 'function' }] });
  });

  it.each(['en', 'zh-CN'] as const)('say what each choice of a choice setting means, in %s, with the id the flag takes', (locale) => {
    withLocale(locale, () => {
      for (const setting of TRIGGER_SETTINGS.filter((candidate) => candidate.kind === 'choice')) {
        const { choices } = settingQuestion(setting) as { choices: { name: string; short: string; value: string }[] };
        expect(choices.map((choice) => choice.value)).toEqual(setting.choices);
        for (const choice of choices) {
          expect(choice.short).toBe(choice.value);
          // A label of its own, not the id again.
          const label = choice.name.replace(` (${choice.value})`, '');
          expect(label, `${setting.key} ${choice.value}`).not.toBe(choice.value);
          if (locale === 'zh-CN') expect(label).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    });
  });

  it('exist for every setting', () => {
    for (const setting of TRIGGER_SETTINGS) expect(settingQuestion(setting).message).toContain(setting.trigger);
  });
});
