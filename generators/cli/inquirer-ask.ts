import pc from '../app/colors.js';
import type { Ask } from '../app/prompts.js';
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
    const answer = prompt({ theme: THEME, ...config } as never);
    onFirstQuestion?.();
    onFirstQuestion = undefined;
    return (await answer) as T;
  };
}
