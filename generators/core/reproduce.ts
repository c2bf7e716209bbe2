import { answersOf, type StepAnswers } from './questions/answers.js';
import { QUESTIONS } from './questions/table.js';
import type { AnswerValue } from './questions/types.js';
import type { ProjectSpec } from './validate.js';

/** Quotes an argument for POSIX shells when it needs it. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** What the reproduce command needs besides the project: whether it installs and commits. */
export type ReproduceOptions = StepAnswers;

/** Answers as command-line flags, in the question table's order (the directory, positional, is not among them). */
export function answerFlags(answers: Readonly<Record<string, AnswerValue | undefined>>): string[] {
  const args: string[] = [];
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
  return args;
}

/** The one-line non-interactive command that writes the same project: every answer as its flag. */
export function reproduceCommand(spec: ProjectSpec, options: ReproduceOptions): string {
  return ['npx create-fc-function', shellQuote(spec.directory), ...answerFlags(answersOf(spec, options)), '--yes'].join(' ');
}
