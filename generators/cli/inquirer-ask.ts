import pc from '../app/colors.js';
import type { Ask } from '../app/prompts.js';
import { wrapAfter } from '../app/wrap.js';
import { isMessageKey, t } from '../core/i18n/index.js';

/** Inquirer's key hints ("↑↓ navigate • ⏎ select") in the run's language. */
const THEME = {
  style: {
    keysHelpTip: (keys: [string, string][]) =>
      keys
        .map(([key, action]) => {
          const label = `keys.${action}`;
          return `${pc.bold(key)} ${pc.dim(isMessageKey(label) ? t(label) : action)}`;
        })
        .join(pc.dim(' • ')),
  },
};

/** Columns each prompt prints before a text: "? " before the question, "❯ " or "❯◯ " before a choice, "> " before an error. */
const MESSAGE_PREFIX = 2;
const ERROR_PREFIX = 2;
const CHOICE_PREFIX: Readonly<Record<string, number>> = { select: 2, checkbox: 3 };

type Choice = { name?: string; description?: string };
type Validate = (value: unknown) => unknown;

/** A question's texts wrapped at words to the terminal's width, where each prompt prints them. */
function wrapped(type: string, config: Record<string, unknown>): Record<string, unknown> {
  const result = { ...config };
  if (typeof config.message === 'string') result.message = wrapAfter(config.message, MESSAGE_PREFIX);
  if (Array.isArray(config.choices)) {
    result.choices = (config.choices as Choice[]).map((choice) => ({
      ...choice,
      ...(choice.name === undefined ? {} : { name: wrapAfter(choice.name, CHOICE_PREFIX[type] ?? 2) }),
      ...(choice.description === undefined ? {} : { description: wrapAfter(choice.description, 0) }),
    }));
  }
  if (typeof config.validate === 'function') {
    const validate = config.validate as Validate;
    result.validate = async (value: unknown) => {
      const verdict = await validate(value);
      return typeof verdict === 'string' ? wrapAfter(verdict, ERROR_PREFIX) : verdict;
    };
  }
  return result;
}

/**
 * The CLI's wizard asks with Inquirer's own prompts, loaded only when a question is asked (and only
 * the four it uses); `onFirstQuestion` runs once the first question is on screen.
 */
export async function inquirerAsk(onFirstQuestion?: () => void): Promise<Ask> {
  // One module for the four, so the bundle loads them as one chunk.
  const prompts: Record<string, (config: never) => Promise<unknown>> = { ...(await import('./inquirer-prompts.js')) };
  return async <T>(name: string, question: Record<string, unknown>) => {
    const { type, ...config } = question;
    const prompt = prompts[String(type)];
    if (!prompt) throw new Error(`No prompt of type ${String(type)} for the question ${name}`);
    const answer = prompt({ theme: THEME, ...wrapped(String(type), config) } as never);
    onFirstQuestion?.();
    onFirstQuestion = undefined;
    return (await answer) as T;
  };
}
