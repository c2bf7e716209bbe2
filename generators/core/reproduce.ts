import { answersOf, type StepAnswers } from './questions/answers.js';
import { QUESTIONS } from './questions/table.js';
import type { ProjectSpec } from './validate.js';

/** Quotes an argument for POSIX shells when it needs it. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** What the reproduce command needs besides the project: whether it installs and commits. */
export type ReproduceOptions = StepAnswers;

/** The one-line non-interactive command that writes the same project: every answer as its flag. */
export function reproduceCommand(spec: ProjectSpec, options: ReproduceOptions): string {
  const answers = answersOf(spec, options);
  const args: string[] = [shellQuote(spec.directory)];
  for (const question of QUESTIONS) {
    const value = answers[question.key];
    if (value === undefined || question.flag === undefined) continue;
    if (question.kind === 'boolean') {
      if (value === false) args.push(`--${question.flag}`);
    } else if (question.kind === 'list' && question.group !== 'trigger') {
      for (const item of value as readonly string[]) args.push(`--${question.flag}`, shellQuote(item));
    } else {
      args.push(`--${question.flag}`, shellQuote(Array.isArray(value) ? value.join(',') : String(value)));
    }
  }
  args.push('--yes');
  return ['npx create-fc-function', ...args].join(' ');
}
