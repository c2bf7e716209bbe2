import { t } from '../i18n/index.js';
import { QUESTIONS } from './table.js';
import type { Question } from './types.js';

/** The JSON Schema of one answer. */
function answerSchema(question: Question): Record<string, unknown> {
  const description = (question.describe ?? question.help)();
  const enumOf = question.choices ? { enum: [...question.choices, ...(question.aliases ?? [])] } : {};
  const fallback = question.staticDefault === undefined ? {} : { default: question.staticDefault };
  switch (question.kind) {
    case 'boolean':
      return { type: 'boolean', description, ...fallback };
    case 'integer':
      return { type: 'integer', description, ...(question.range ? { minimum: question.range.min, maximum: question.range.max } : {}), ...fallback };
    case 'list':
      // One string is taken as a comma-separated list, as the flag takes it.
      return { description, anyOf: [{ type: 'array', items: { type: 'string', ...enumOf } }, { type: 'string' }], ...fallback };
    default: {
      // Ids that are numbers (the generations) may be written as numbers, as YAML reads `3`.
      const numeric = question.choices?.every((choice) => /^\d+$/.test(choice)) ?? false;
      if (numeric && question.choices) return { description, anyOf: [{ type: 'string', enum: [...question.choices] }, { type: 'integer', enum: question.choices.map(Number) }], ...fallback };
      return { type: 'string', description, ...enumOf, ...fallback };
    }
  }
}

/** The JSON Schema (draft 2020-12) of an answers file, derived from the question table. */
export function answersSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: t('schema.title'),
    description: t('schema.description'),
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      ...Object.fromEntries(QUESTIONS.map((question) => [question.key, answerSchema(question)])),
    },
  };
}
