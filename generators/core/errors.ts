import { t } from './i18n/index.js';

/** A mistake in the user's input: printed without a stack, exit code 1. */
export class UserError extends Error {
  override readonly name = 'UserError';

  /** For a bad value: what is accepted, the part the wizard shows beside an answer (it names no flag). */
  readonly expected?: string;

  /** For a bad value: the value, as the message quotes it. */
  readonly value?: string;

  /** For a bad value: where it was given (a flag). */
  readonly where?: string;

  constructor(message: string, bad: { expected?: string; value?: string; where?: string } = {}) {
    super(message);
    if (bad.expected !== undefined) this.expected = bad.expected;
    if (bad.value !== undefined) this.value = bad.value;
    if (bad.where !== undefined) this.where = bad.where;
  }
}

/** Longer texts are cut in messages: a 100 KB value would bury the reason. */
const SHOWN_LENGTH = 80;

/** A text as a message shows it: whole when short, else its start and its length. */
export function shownText(text: string): string {
  if (text.length <= SHOWN_LENGTH) return text;
  return t('error.cutText', { start: text.slice(0, SHOWN_LENGTH - 20), length: text.length });
}

/** Formats the fixed message for a bad value: what was given, where, and what is accepted. */
export function invalidValue(where: string, value: unknown, expected: string): UserError {
  const quoted = shownText(JSON.stringify(value) ?? String(value));
  return new UserError(t('error.invalidValue', { where, value: quoted, expected }), { expected, value: quoted, where });
}

/** "Valid choices: a, b, c." for a list of ids. */
export function choicesText(choices: readonly string[]): string {
  return t('error.validChoices', { choices: choices.join(', ') });
}
