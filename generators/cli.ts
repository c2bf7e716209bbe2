import { readFileSync } from 'node:fs';
import pc from './app/colors.js';
import { describeFunctions } from './core/catalog/function-types.js';
import { UserError } from './core/errors.js';
import { flatAnswers, resolveProject } from './core/validate.js';
import { labelled, loadLocale, LOCALES, localeFromEnvironment, matchLocale, setLocale, t } from './core/i18n/index.js';
import { QUESTIONS } from './core/questions/table.js';
import { commandHint } from './app/pick-hint.js';
import { alternativeFlags } from './core/alternatives.js';
import { terminalWidth, wrapText } from './app/wrap.js';
import { readAnswersFile } from './cli/answers-file.js';
import { parseCli, withFolderName, type ParsedCli } from './cli/parse.js';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * `recommend`: the answers are resolved as `create` resolves them (runtime, language and framework
 * included), so it prints the functions `create` would write, and each alternative as a command that works.
 */
function runRecommend(cli: ParsedCli): void {
  const spec = resolveProject(cli.answers);
  const { fcVersion } = spec;
  const given = flatAnswers(cli.answers);
  const alternatives = spec.recommendation.alternatives.flatMap((alternative) => {
    const flags = alternativeFlags(given, spec.language, alternative);
    return flags ? [{ ...alternative, flags }] : [];
  });
  const recommendation = { ...spec.recommendation, alternatives };
  if (cli.flags.json) {
    console.log(JSON.stringify(recommendation, null, 2));
    return;
  }
  const item = (bullet: string, text: string) => wrapText(text, { indent: 4, first: `  ${bullet} ` });
  const lines = [
    labelled(t('wizard.recommended'), describeFunctions(recommendation.functions, fcVersion), pc.bold),
    '',
    pc.bold(t('recommend.why')),
    ...recommendation.reasons.map((reason) => item(pc.green('•'), `${reason.message} ${pc.dim(`[${reason.rule}]`)}`)),
    ...(recommendation.alternatives.length > 0
      ? ['', pc.bold(t('recommend.alternative')), ...recommendation.alternatives.map((alternative) => item(pc.blue('→'), labelled(t('recommend.alternativeOf', { functions: describeFunctions(alternative.functions, fcVersion) }), `${alternative.reason.message} ${pc.dim(`[${alternative.reason.rule}]`)} ${commandHint(alternative.flags)}`)))]
      : []),
    ...(recommendation.warnings.length > 0 ? ['', pc.bold(t('recommend.check')), ...recommendation.warnings.map((warning) => item(pc.yellow('!'), warning))] : []),
  ];
  console.log(lines.join('\n'));
}

async function runList(cli: ParsedCli): Promise<void> {
  const { listRows, listText } = await import('./cli/list.js');
  const rows = listRows(cli.positionals[0]);
  console.log(cli.flags.json ? JSON.stringify(rows, null, 2) : listText(rows));
}

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

function reportUnexpected(error: unknown): void {
  console.error(labelled(t('cli.error'), error instanceof Error ? error.message : String(error), pc.red));
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  else console.error(pc.dim(t('cli.debugHint')));
}

/** The `--lang` value in argv, read before parsing so that even a parse error is in that language. */
function langArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return undefined;
  const arg = argv[index] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/** Chooses the language of the run: `--lang`, else the POSIX locale, else English. */
async function chooseLocale(argv: readonly string[]): Promise<void> {
  const fromEnvironment = localeFromEnvironment(process.env);
  await loadLocale(fromEnvironment);
  setLocale(fromEnvironment);
  const lang = langArgument(argv);
  if (lang === undefined) return;
  const locale = matchLocale(lang);
  if (!locale) throw new UserError(t('lang.invalid', { value: JSON.stringify(lang), choices: LOCALES.join(', ') }));
  await loadLocale(locale);
  setLocale(locale);
}

/** Reports an error: one line on stderr, and with `--json` one JSON object on stdout for the script that reads it. */
function reportError(error: unknown, json: boolean, kind: 'input' | 'cancelled' | 'unexpected'): void {
  if (json) {
    // A bad value also comes apart: where it was given, the value, and what is accepted.
    const bad = error instanceof UserError && error.where !== undefined ? { where: error.where, value: error.value, expected: error.expected } : {};
    console.log(JSON.stringify({ error: { kind, message: error instanceof Error ? error.message : String(error), ...bad } }, null, 2));
  }
  if (kind === 'cancelled') console.error(pc.yellow(t('cancel.nothingWritten')));
  else if (kind === 'input') console.error(labelled(t('cli.error'), error instanceof Error ? error.message : String(error), pc.red));
  else reportUnexpected(error);
}

/** An error about an answer the file gave (not a flag) says so, naming its key as well as its flag. */
function inAnswersFile(error: unknown, fromFile: Readonly<Record<string, unknown>>, cli: ParsedCli): unknown {
  if (!(error instanceof UserError) || error.where === undefined || cli.flags.answersFile === undefined) return error;
  const question = QUESTIONS.find((candidate) => candidate.flag !== undefined && `--${candidate.flag}` === error.where);
  if (!question || !(question.key in fromFile) || (cli.answers as Record<string, unknown>)[question.key] !== fromFile[question.key]) return error;
  return new UserError(`${error.message} ${t('answers.givenIn', { key: question.key, file: cli.flags.answersFile })}`, error);
}

async function run(cli: ParsedCli): Promise<number> {
  // Each command loads what only it uses.
  if (cli.flags.help) console.log((await import('./cli/help.js')).helpText(packageVersion(), terminalWidth()));
  else if (cli.flags.version) console.log(packageVersion());
  else if (cli.command === 'recommend') runRecommend(cli);
  else if (cli.command === 'list') await runList(cli);
  else if (cli.command === 'schema') console.log(JSON.stringify((await import('./core/questions/schema.js')).answersSchema(), null, 2));
  else if (cli.command === 'doctor') {
    // doctor reads a project; a question's or another command's flag would be silently ignored.
    const given = Object.keys(cli.answers)[0];
    if (given !== undefined) throw new UserError(t('doctor.flagNotTaken', { flag: QUESTIONS.find((question) => question.key === given)?.flag ?? given }));
    const { flags } = cli;
    const other = flags.function !== undefined ? 'function' : flags.answersFile !== undefined ? 'answers' : flags.force ? 'force' : flags.dryRun ? 'dry-run' : flags.yes ? 'yes' : undefined;
    if (other) throw new UserError(t('doctor.flagNotTaken', { flag: other }));
    return (await import('./cli/doctor.js')).runDoctor(cli);
  } else if (cli.command === 'add') {
    const fromFile = cli.flags.answersFile === undefined ? {} : await readAnswersFile(cli.flags.answersFile);
    cli.answers = { ...fromFile, ...cli.answers };
    return (await import('./cli/add.js')).runAdd(cli);
  } else {
    const fromFile = cli.flags.answersFile === undefined ? {} : await readAnswersFile(cli.flags.answersFile);
    // Flags override the file; the wizard asks what both leave open.
    cli.answers = withFolderName({ ...fromFile, ...cli.answers });
    try {
      if (cli.flags.dryRun) (await import('./cli/make-project.js')).printDryRun(cli);
      // The create command's code (and Inquirer's) loads only when a project is made.
      else return await (await import('./cli/create.js')).runCreate(cli);
    } catch (error) {
      throw inAnswersFile(error, fromFile, cli);
    }
  }
  return 0;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  // A failure inside a prompt's own callbacks escapes the await chain; still report it in one line.
  process.once('uncaughtException', (error) => {
    reportError(error, json, 'unexpected');
    process.exit(1);
  });
  try {
    await chooseLocale(argv);
    return await run(parseCli(argv));
  } catch (error) {
    if (isPromptExit(error)) {
      reportError(new Error(t('cancel.nothingWritten')), json, 'cancelled');
      return 130;
    }
    reportError(error, json, error instanceof UserError ? 'input' : 'unexpected');
    return 1;
  }
}
