import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { DEFAULT_FC_VERSION, FC_VERSION_IDS, type FcVersion } from './core/catalog/generations.js';
import { describeFunctions, TYPE_CHOICES, type TypeChoice } from './core/catalog/function-types.js';
import { USE_CASE_IDS, type UseCaseId } from './core/catalog/use-cases.js';
import { DEFAULT_RUNTIME, RUNTIME_IDS, runtimeById } from './core/catalog/runtimes.js';
import { choicesText, invalidValue, UserError } from './core/errors.js';
import { recommend } from './core/recommend.js';
import { listValues, parseTriggers } from './core/validate.js';
import { pickHint } from './app/pick-hint.js';
import { helpText } from './cli/help.js';
import { listRows, listText } from './cli/list.js';
import { parseCli, type ParsedCli } from './cli/parse.js';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function oneOf<T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw invalidValue(flag, value, choicesText(choices));
}

function runRecommend(cli: ParsedCli): void {
  const { answers } = cli;
  const fcVersion = oneOf<FcVersion>('--fc-version', answers.fcVersion, FC_VERSION_IDS, DEFAULT_FC_VERSION);
  const recommendation = recommend({
    triggers: parseTriggers(listValues(answers.triggers)),
    useCases: listValues(answers.useCases).map((value) => oneOf('--use-case', value, USE_CASE_IDS, 'rest-api') as UseCaseId),
    fcVersion,
    type: oneOf<TypeChoice>('--type', answers.type, TYPE_CHOICES, 'auto'),
    customRuntime: answers.runtime === undefined ? undefined : runtimeById(oneOf('--runtime', answers.runtime, RUNTIME_IDS, DEFAULT_RUNTIME)).family === 'custom',
  });
  if (cli.flags.json) {
    console.log(JSON.stringify(recommendation, null, 2));
    return;
  }
  const lines = [
    `${pc.bold('Recommended:')} ${describeFunctions(recommendation.functions, fcVersion)}`,
    '',
    pc.bold('Why:'),
    ...recommendation.reasons.map((reason) => `  ${pc.green('•')} ${reason.message} ${pc.dim(`[${reason.rule}]`)}`),
    ...(recommendation.alternatives.length > 0
      ? ['', pc.bold('Alternative:'), ...recommendation.alternatives.map((alternative) => `  ${pc.blue('→')} ${describeFunctions(alternative.functions, fcVersion)}: ${alternative.reason.message} ${pc.dim(`[${alternative.reason.rule}]`)} ${pickHint(alternative.flags)}`)]
      : []),
    ...(recommendation.warnings.length > 0 ? ['', pc.bold('Check:'), ...recommendation.warnings.map((warning) => `  ${pc.yellow('!')} ${warning}`)] : []),
  ];
  console.log(lines.join('\n'));
}

function runList(cli: ParsedCli): void {
  const rows = listRows(cli.positionals[0]);
  console.log(cli.flags.json ? JSON.stringify(rows, null, 2) : listText(rows));
}

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

function reportUnexpected(error: unknown): void {
  console.error(`${pc.red('error')} ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  else console.error(pc.dim('Set DEBUG=1 for the stack trace.'));
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  // A failure inside a prompt's own callbacks escapes the await chain; still report it in one line.
  process.once('uncaughtException', (error) => {
    reportUnexpected(error);
    process.exit(1);
  });
  try {
    const cli = parseCli(argv);
    if (cli.flags.help) console.log(helpText(packageVersion()));
    else if (cli.flags.version) console.log(packageVersion());
    else if (cli.command === 'recommend') runRecommend(cli);
    else if (cli.command === 'list') runList(cli);
    else if (cli.flags.dryRun) (await import('./cli/make-project.js')).printDryRun(cli);
    else {
      // The create command's code (and Inquirer's) loads only when a project is made.
      const { runCreate } = await import('./cli/create.js');
      return await runCreate(cli);
    }
    return 0;
  } catch (error) {
    if (isPromptExit(error)) {
      console.error(pc.yellow('Cancelled. Nothing was written.'));
      return 130;
    }
    if (error instanceof UserError) {
      console.error(`${pc.red('error')} ${error.message}`);
      return 1;
    }
    reportUnexpected(error);
    return 1;
  }
}
