import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { QUESTIONS, questionByKey } from '../core/questions/table.js';
import type { AnswerValue, GivenAnswers, Question } from '../core/questions/types.js';
import { checkValue } from '../core/questions/walk.js';

function typeProblem(question: Question, value: unknown): string | undefined {
  const expected = (key: 'string' | 'list' | 'integer' | 'boolean') => t(`answers.type.${key}`);
  switch (question.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : expected('boolean');
    case 'integer':
      return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'string' ? undefined : expected('integer');
    case 'list':
      return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')) ? undefined : expected('list');
    case 'choice':
      // YAML reads `fcVersion: 3` as a number; a number that is one of the ids is that id.
      return typeof value === 'string' || typeof value === 'number' ? undefined : expected('string');
    default:
      return typeof value === 'string' ? undefined : expected('string');
  }
}

/** Checks a parsed answers file: every key a question's, every value of its type and valid alone. */
export function checkedAnswers(data: unknown, file: string): GivenAnswers {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UserError(t('answers.notObject', { file }));
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    const question = questionByKey(key);
    if (!question) throw new UserError(t('answers.unknownKey', { key, file, keys: QUESTIONS.map((candidate) => candidate.key).join(', ') }));
    const expected = typeProblem(question, value);
    if (expected) throw new UserError(t('answers.wrongType', { key, file, expected, value: shown(value) }));
    const answer = typeof value === 'number' ? String(value) : (value as AnswerValue);
    try {
      checkValue(question, answer);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(t('answers.badValue', { key, file, message: error.message }));
      throw error;
    }
    answers[key] = answer;
  }
  return answers;
}

/** Answers files are a few hundred bytes; this is far beyond any. */
const MAX_ANSWERS_BYTES = 1024 * 1024;

/** A value for a message: JSON, cut short, or a note where it is nested too deeply to print. */
function shown(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return t('answers.tooNested');
  }
}

/** Reads an answers file, JSON or YAML (by its extension; YAML, a superset of JSON, otherwise). */
export async function readAnswersFile(file: string): Promise<GivenAnswers> {
  let text: string;
  try {
    // A pipe or device would block the run or never end; no answers file is this large.
    const stats = statSync(file);
    if (stats.isFile() && stats.size > MAX_ANSWERS_BYTES) throw new UserError(t('answers.unreadable', { file, reason: t('answers.tooLarge', { size: stats.size, max: MAX_ANSWERS_BYTES }) }));
    if (!stats.isFile() && !stats.isDirectory()) throw new UserError(t('answers.unreadable', { file, reason: t('answers.notRegular') }));
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = ['ENOENT', 'EISDIR', 'EACCES'].includes(code) ? t(`answers.errno.${code}` as 'answers.errno.ENOENT') : String(error);
    throw new UserError(t('answers.unreadable', { file, reason }));
  }
  const json = extname(file).toLowerCase() === '.json';
  let data: unknown;
  try {
    // The YAML parser loads only for a YAML file.
    data = json ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (error) {
    throw new UserError(t('answers.notYaml', { file, format: json ? 'JSON' : 'YAML', reason: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' }));
  }
  return checkedAnswers(data, file);
}
