import { choicesText, invalidValue } from '../errors.js';
import { t } from '../i18n/index.js';
import { TRIGGERS, triggerIdFor, type TriggerId } from '../catalog/triggers/index.js';
import type { AnswerValue } from './types.js';
import { textOf } from './values.js';

/** One of the choices, or the error that names the flag, the value and what is accepted. */
export function oneOf<T extends string>(flag: string, value: AnswerValue, choices: readonly T[], expected = choicesText(choices)): T {
  const text = textOf(value);
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw invalidValue(`--${flag}`, text, expected);
}

/** The value when its check passes, else the error naming the flag and the value. */
export function checked(flag: string, value: string, check: ((value: string) => string | undefined) | undefined): string {
  const problem = check?.(value);
  if (problem) throw invalidValue(`--${flag}`, value, problem);
  return value;
}

/** Resolves trigger names and aliases to ids. */
export function parseTriggers(values: readonly string[]): TriggerId[] {
  return values.map((item) => {
    const id = triggerIdFor(item);
    if (id) return id;
    throw invalidValue('--trigger', item, choicesText(TRIGGERS.flatMap((trigger) => [trigger.id, ...trigger.aliases])));
  });
}


/** A whole number, else the error naming the flag and the value. */
export function integer(flag: string, value: AnswerValue): number {
  const text = textOf(value).trim();
  if (!/^\d+$/.test(text)) throw invalidValue(`--${flag}`, textOf(value), t('integer.expected'));
  return Number(text);
}

/** A whole number within inclusive limits; `outside` says what is accepted when it is not. */
export function integerWithin(flag: string, value: AnswerValue, { min, max }: { min: number; max: number }, outside: string): number {
  const number = integer(flag, value);
  if (number < min || number > max) throw invalidValue(`--${flag}`, textOf(value), outside);
  return number;
}
