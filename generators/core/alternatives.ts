import { RUNTIMES } from './catalog/runtimes.js';
import type { Alternative } from './recommend.js';
import { QUESTIONS } from './questions/table.js';
import type { AnswerValue, GivenAnswers } from './questions/types.js';
import { resolveAnswers } from './questions/walk.js';
import { UserError } from './errors.js';
import { answerFlags } from './reproduce.js';

/** An alternative's flags (`--runtime custom.debian10`, `--type event`) as answers by question key. */
function flagAnswers(flags: readonly string[]): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (let index = 0; index < flags.length; index += 2) {
    const question = QUESTIONS.find((candidate) => `--${candidate.flag}` === flags[index]);
    if (!question || flags[index + 1] === undefined) throw new Error(`An alternative names ${flags[index]}, which no question has`);
    answers[question.key] = flags[index + 1] as string;
  }
  return answers;
}

/**
 * The flags of a complete command that builds an alternative from the answers given: those answers
 * with the alternative's flags over them, in the project's language (a Python project's alternative
 * is a Python one), on the first runtime that runs it where the alternative needs another runtime;
 * an event function's alternative leaves a web framework out. Undefined when no such command resolves.
 */
export function alternativeFlags(given: GivenAnswers, language: string, alternative: Alternative): string[] | undefined {
  const chosen = flagAnswers(alternative.flags);
  const merged: Record<string, AnswerValue | undefined> = { ...given, ...chosen };
  const { directory: _directory, ...answers } = merged;
  const { framework: _framework, port: _port, instanceConcurrency: _concurrency, ...frameworkless } = answers;
  const runtimes = given.runtime !== undefined || 'runtime' in chosen ? [] : RUNTIMES.filter((runtime) => (runtime.languages as readonly string[]).includes(language)).map((runtime) => runtime.id);
  // The language is named only where the command would otherwise pick another.
  const candidates = [answers, frameworkless].flatMap((base) => [base, ...runtimes.map((runtime) => ({ ...base, runtime }))]).flatMap((base) => [base, { ...base, language }]);
  const working = candidates.find((candidate) => resolvedLanguage(candidate) === language);
  return working ? answerFlags(working) : undefined;
}

/** The language the answers resolve to; undefined when they do not resolve. */
function resolvedLanguage(answers: GivenAnswers): string | undefined {
  try {
    return resolveAnswers(answers).language;
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** The project's answers that were given, of its full answers: those whose flag did not take its default (what happens after writing aside). */
export function givenOf(answers: Readonly<Record<string, AnswerValue>>, defaulted: readonly string[]): GivenAnswers {
  return Object.fromEntries(
    Object.entries(answers).filter(([key]) => {
      const question = QUESTIONS.find((candidate) => candidate.key === key);
      return question !== undefined && question.group !== 'steps' && !defaulted.includes(`--${question.flag}`);
    }),
  );
}
