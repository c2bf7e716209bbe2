import type { Ask } from '../app/prompts.js';

/** The CLI's wizard asks with Inquirer's own prompts, loaded only when a question is asked (and only the four it uses). */
export async function inquirerAsk(): Promise<Ask> {
  const [checkbox, confirm, input, select] = await Promise.all([import('@inquirer/checkbox'), import('@inquirer/confirm'), import('@inquirer/input'), import('@inquirer/select')]);
  const prompts: Record<string, (config: never) => Promise<unknown>> = { checkbox: checkbox.default, confirm: confirm.default, input: input.default, select: select.default };
  return async <T>(name: string, question: Record<string, unknown>) => {
    const { type, ...config } = question;
    const prompt = prompts[String(type)];
    if (!prompt) throw new Error(`No prompt of type ${String(type)} for the question ${name}`);
    return (await prompt(config as never)) as T;
  };
}
