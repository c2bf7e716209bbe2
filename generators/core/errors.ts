/** A mistake in the user's input: printed without a stack, exit code 1. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Formats the fixed message for a bad value: what was given, where, and what is accepted. */
export function invalidValue(where: string, value: unknown, expected: string): UserError {
  return new UserError(`Invalid ${where}: ${JSON.stringify(value)}. ${expected}`);
}

/** "Valid choices: a, b, c." for a list of ids. */
export function choicesText(choices: readonly string[]): string {
  return `Valid choices: ${choices.join(', ')}.`;
}
