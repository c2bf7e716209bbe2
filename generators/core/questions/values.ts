import type { AnswerValue } from './types.js';

/** A value as one string (lists joined), for checks and messages. */
export function textOf(value: AnswerValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Splits repeated and comma-separated list values. */
export function listValues(values: AnswerValue | undefined): string[] {
  if (values === undefined) return [];
  const items = Array.isArray(values) ? [...values] : [String(values)];
  return items.flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => item !== '');
}
