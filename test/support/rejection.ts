import { expect } from 'vitest';
import { UserError } from '../../generators/core/errors.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

/** The UserError message resolveProject gives for answers it must reject; fails the test if it accepts them. */
export function rejectionOf(raw: RawAnswers): string {
  try {
    resolveProject(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}
