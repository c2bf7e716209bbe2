import { resolve } from 'node:path';
import { CancelledError } from '../app/options.js';
import { askQuestions } from '../app/prompts.js';
import { t } from '../core/i18n/index.js';
import { checkGivenAnswers, type RawAnswers } from '../core/validate.js';
import { checkTargetDirectory, givenDirectory } from '../target-dir.js';
import { recoverInterruptedRun } from '../write/project-lock.js';
import { Cancellation } from './cancellation.js';
import { inquirerAsk } from './inquirer-ask.js';
import type { ParsedCli } from './parse.js';

type Maker = typeof import('./make-project.js');

/**
 * Asks what the flags left open. The writer (ejs, yaml, execa) loads once the first question is
 * on screen, while the user reads it, so neither the question nor the end of the wizard waits for it.
 */
async function answered(cli: ParsedCli, loadMaker: () => Promise<Maker>): Promise<RawAnswers> {
  checkGivenAnswers(cli.answers);
  // A target the flags name is refused before the first question.
  const directory = givenDirectory(cli.answers);
  if (directory !== undefined) {
    const recovered = recoverInterruptedRun(resolve(directory));
    if (recovered !== undefined) console.log(t('disk.recovered', { pid: recovered }));
    checkTargetDirectory(directory, cli.flags.force);
  }
  const ask = await inquirerAsk(() => void loadMaker().catch(() => undefined));
  return askQuestions(ask, (text) => console.log(text), cli.answers, { force: cli.flags.force, base: process.cwd() });
}

/** The create command: answers → checked plan → files → install → git → summary. */
export async function runCreate(cli: ParsedCli): Promise<number> {
  // --interactive asks even through a pipe (scripts, tests); --no-interactive, --yes and --json never ask.
  const interactive = cli.flags.interactive ?? (Boolean(process.stdin.isTTY && process.stdout.isTTY) && !cli.flags.yes && !cli.flags.json);
  let maker: Promise<Maker> | undefined;
  const loadMaker = () => (maker ??= import('./make-project.js'));
  const cancellation = new Cancellation();
  cancellation.listen();
  try {
    const answers = interactive ? await answered(cli, loadMaker) : cli.answers;
    const { makeProject, summaryText } = await loadMaker();
    const result = await makeProject(cli, answers, cancellation);
    if (cli.flags.json) {
      const { spec, ...rest } = result;
      console.log(JSON.stringify({ ...rest, name: spec.name, fcVersion: spec.fcVersion, runtime: spec.runtime, language: spec.language, functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted, answers: result.answers }, null, 2));
    } else {
      console.log(summaryText(result, { interactive }));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    cancellation.report();
    return 130;
  } finally {
    cancellation.unlisten();
  }
}
