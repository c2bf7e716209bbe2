import { describe, expect, it } from 'vitest';
import { settingQuestion } from '../../generators/app/prompts.js';
import { TRIGGER_SETTINGS } from '../../generators/core/catalog/triggers/index.js';

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

  it('exist for every setting', () => {
    for (const setting of TRIGGER_SETTINGS) expect(settingQuestion(setting).message).toContain(setting.trigger);
  });
});
