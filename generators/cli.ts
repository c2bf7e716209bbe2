import { readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import pc from 'picocolors';
import { DEFAULT_FC_VERSION, FC_VERSION_IDS, type FcVersion } from './core/catalog/generations.js';
import { describeFunctions, TYPE_CHOICES, type TypeChoice } from './core/catalog/function-types.js';
import { USE_CASE_IDS, type UseCaseId } from './core/catalog/use-cases.js';
import { DEFAULT_RUNTIME, RUNTIME_IDS, runtimeById } from './core/catalog/runtimes.js';
import { choicesText, invalidValue, UserError } from './core/errors.js';
import { planProject } from './core/plan.js';
import { recommend } from './core/recommend.js';
import { checkGivenAnswers, listValues, parseTriggers, resolveProject, type ProjectSpec } from './core/validate.js';
import { CancelledError, type AppOptions, type GenerationResult, type Stage } from './app/options.js';
import { pickHint, summaryText } from './app/summary.js';
import { helpText } from './cli/help.js';
import { listRows, listText } from './cli/list.js';
import { parseCli, type ParsedCli } from './cli/parse.js';
import { checkPlannedWrites, checkTargetDirectory, givenDirectory } from './target-dir.js';
import { expandPlan } from './templates-dir.js';

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

/** Checks the target and every file the plan writes there; returns the files' paths. */
function checkedFiles(spec: ProjectSpec, force: boolean): string[] {
  checkTargetDirectory(spec.directory, force);
  const files = expandPlan(planProject(spec)).map((write) => write.target).sort();
  checkPlannedWrites(spec.directory, files);
  return files;
}

function printDryRun(cli: ParsedCli): void {
  const spec = resolveProject(cli.answers);
  const files = checkedFiles(spec, cli.flags.force);
  if (cli.flags.json) {
    console.log(JSON.stringify({ dryRun: true, directory: resolve(spec.directory), functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted, files }, null, 2));
    return;
  }
  console.log([`Would write ${files.length} files to ${spec.directory}:`, ...files.map((file) => `  ${file}`)].join('\n'));
}

/** Signals that end a run; the install runs in its own process group, so these must stop it. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Follows a run's steps so that Ctrl-C stops it at once and says what it left on disk. */
class Cancellation {
  readonly #controller = new AbortController();
  #directory?: string;
  #files: 'none' | 'partial' | 'all' = 'none';
  #installing?: string;
  #installed = false;
  #git: 'none' | 'running' | 'done' = 'none';
  #running?: Promise<unknown>;
  #reported = false;
  readonly #onSignal = (signal: NodeJS.Signals) => void this.#stop(signal);

  /** Aborted on a stop signal; the generator's commands end with it. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  listen(): void {
    for (const signal of STOP_SIGNALS) process.on(signal, this.#onSignal);
  }

  unlisten(): void {
    for (const signal of STOP_SIGNALS) process.off(signal, this.#onSignal);
  }

  /** Records a step the generator started, and the promise of its command. */
  advance(stage: Stage, running?: Promise<unknown>): void {
    this.#running = running;
    if (stage.step === 'writing') [this.#directory, this.#files] = [stage.directory, 'partial'];
    else if (stage.step === 'written') this.#files = 'all';
    else if (stage.step === 'installing') this.#installing = stage.command;
    else if (stage.step === 'installed') [this.#installing, this.#installed] = [undefined, true];
    else if (stage.step === 'committing') this.#git = 'running';
    else this.#git = stage.git ? 'done' : 'none';
  }

  /** Prints, once, where the run stopped and what it left on disk. */
  report(): void {
    if (!this.#reported) console.error(pc.yellow(this.#text()));
    this.#reported = true;
  }

  async #stop(signal: NodeJS.Signals): Promise<void> {
    // Before the first write there is nothing to wait for; a second Ctrl-C does not wait either.
    if (!this.#controller.signal.aborted && this.#files !== 'none') {
      this.#controller.abort(new CancelledError('Cancelled'));
      const grace = new Promise((done) => setTimeout(done, 3000).unref());
      if (this.#running) await Promise.race([this.#running.catch(() => undefined), grace]);
    }
    this.report();
    process.exit(128 + osConstants.signals[signal]);
  }

  #text(): string {
    if (this.#files === 'none' || this.#directory === undefined) return 'Cancelled. Nothing was written.';
    const path = relative(process.cwd(), this.#directory);
    const where = path === '' ? '.' : isAbsolute(path) || path.startsWith('..') ? path : `./${path}`;
    const during = this.#installing ? ` during ${this.#installing}` : this.#git === 'running' ? ' during git init' : this.#files === 'partial' ? ' while writing the files' : '';
    const files = `${this.#files === 'partial' ? 'some of the project files are' : 'the project files are'} in ${where}`;
    const dependencies = this.#installed ? 'dependencies are installed' : 'dependencies are not installed';
    const git = this.#git === 'done' ? 'a git repository was made' : this.#git === 'running' ? `the git repository may be half made (remove ${where}/.git to start again)` : 'no git repository was made';
    return `Cancelled${during}: ${files}, ${dependencies}, ${git}.`;
  }
}

/** Loads Yeoman and runs the generator; returns what it made. */
async function generate(cli: ParsedCli, interactive: boolean, cancellation: Cancellation): Promise<GenerationResult> {
  const [{ createEnv }, { default: AppGenerator }, { QueuedAdapter }] = await Promise.all([
    import('yeoman-environment'),
    import('./app/index.js'),
    import('@yeoman/adapter'),
  ]);
  // In JSON mode Yeoman's file log goes to stderr so stdout stays one JSON document.
  const adapter = new QueuedAdapter(cli.flags.json ? { stdout: process.stderr } : {});
  // With force Yeoman's conflict handling overwrites without asking; the generator lists what it replaced.
  const env = createEnv({ adapter, skipInstall: true, force: cli.flags.force });
  env.register(AppGenerator as never, { namespace: 'fc-function:app' });
  let result: GenerationResult | undefined;
  const options: AppOptions = {
    answers: cli.answers,
    interactive,
    install: !cli.flags.skipInstall,
    git: !cli.flags.noGit,
    force: cli.flags.force,
    json: cli.flags.json,
    signal: cancellation.signal,
    onStage: (stage, running) => cancellation.advance(stage, running),
    onResult: (value) => {
      result = value;
    },
  };
  await env.run(['fc-function:app'], options as never);
  if (!result) throw new Error('The generator finished without a result');
  return result;
}

async function runCreate(cli: ParsedCli): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !cli.flags.yes && !cli.flags.json && !cli.flags.dryRun;
  if (cli.flags.dryRun) {
    printDryRun(cli);
    return 0;
  }
  const cancellation = new Cancellation();
  cancellation.listen();
  try {
    if (interactive) {
      checkGivenAnswers(cli.answers);
      // A target the flags name is refused before the first question.
      const directory = givenDirectory(cli.answers);
      if (directory !== undefined) checkTargetDirectory(directory, cli.flags.force);
    } else {
      // Everything is known up front: check it all, and every path to be written, before Yeoman is even loaded.
      checkedFiles(resolveProject(cli.answers), cli.flags.force);
    }
    const result = await generate(cli, interactive, cancellation);
    if (cli.flags.json) {
      const { spec, ...rest } = result;
      console.log(JSON.stringify({ ...rest, name: spec.name, fcVersion: spec.fcVersion, runtime: spec.runtime, language: spec.language, functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted }, null, 2));
    } else {
      // Printed once Yeoman's own file log has been flushed, so it comes last.
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
    else return await runCreate(cli);
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
