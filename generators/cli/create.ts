import { resolve } from 'node:path';
import { CancelledError, type GenerationResult } from '../app/options.js';
import { initGitRepository, installDependencies } from '../app/post-steps.js';
import { askQuestions } from '../app/prompts.js';
import { summaryText } from '../app/summary.js';
import { familyOf } from '../core/catalog/families/index.js';
import { runtimeById } from '../core/catalog/runtimes.js';
import { planProject } from '../core/plan.js';
import { reproduceCommand } from '../core/reproduce.js';
import { checkGivenAnswers, resolveProject, type ProjectSpec, type RawAnswers } from '../core/validate.js';
import { checkTargetDirectory, givenDirectory } from '../target-dir.js';
import { renderPlan, type RenderedFile } from '../write/render.js';
import { checkWrites, replacedFiles, writeFiles } from '../write/write-files.js';
import { Cancellation } from './cancellation.js';
import { inquirerAsk } from './inquirer-ask.js';
import type { ParsedCli } from './parse.js';

/** Renders the project and checks every path it writes, before anything is written. */
function checkedProject(spec: ProjectSpec, force: boolean): RenderedFile[] {
  // The target is refused before rendering: its reason is the one the user needs.
  checkTargetDirectory(spec.directory, force);
  const files = renderPlan(planProject(spec));
  checkWrites(spec.directory, files.map((file) => file.path), force);
  return files;
}

function printDryRun(cli: ParsedCli): void {
  const spec = resolveProject(cli.answers);
  const files = checkedProject(spec, cli.flags.force).map((file) => file.path).sort();
  if (cli.flags.json) {
    console.log(JSON.stringify({ dryRun: true, directory: resolve(spec.directory), functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted, files }, null, 2));
    return;
  }
  console.log([`Would write ${files.length} files to ${spec.directory}:`, ...files.map((file) => `  ${file}`)].join('\n'));
}

/** Asks what the flags left open (with a terminal), then checks the answers into a project. */
async function answeredProject(cli: ParsedCli, interactive: boolean): Promise<RawAnswers> {
  if (!interactive) return cli.answers;
  checkGivenAnswers(cli.answers);
  // A target the flags name is refused before the first question.
  const directory = givenDirectory(cli.answers);
  if (directory !== undefined) checkTargetDirectory(directory, cli.flags.force);
  const ask = await inquirerAsk();
  return askQuestions(ask, (text) => console.log(text), cli.answers, { install: !cli.flags.skipInstall, git: !cli.flags.noGit, force: cli.flags.force, base: process.cwd() });
}

/** Writes the project, then installs and commits as asked: the same steps as the Yeoman generator, without loading Yeoman. */
async function createProject(cli: ParsedCli, answers: RawAnswers, cancellation: Cancellation): Promise<GenerationResult> {
  const spec = resolveProject(answers);
  const files = checkedProject(spec, cli.flags.force);
  const directory = resolve(spec.directory);
  const wanted = { install: answers.install ?? !cli.flags.skipInstall, git: answers.git ?? !cli.flags.noGit };
  const result: GenerationResult = {
    spec,
    directory,
    files: files.map((file) => file.path).sort(),
    replaced: replacedFiles(directory, files),
    installed: false,
    git: false,
    reproduce: reproduceCommand(spec, wanted),
    warnings: [],
  };
  cancellation.advance({ step: 'writing', directory });
  writeFiles(directory, files);
  cancellation.advance({ step: 'written' });

  const command = familyOf(runtimeById(spec.runtime), spec.language).install;
  if (command && wanted.install) {
    const running = installDependencies(command, directory, { quiet: cli.flags.json, signal: cancellation.signal });
    cancellation.advance({ step: 'installing', command }, running);
    await running;
    result.installed = true;
    cancellation.advance({ step: 'installed', command });
  }
  if (wanted.git) {
    const running = initGitRepository(directory, { signal: cancellation.signal });
    cancellation.advance({ step: 'committing' }, running);
    const outcome = await running;
    result.git = outcome.committed;
    if (outcome.note) result.warnings.push(outcome.note);
  }
  cancellation.advance({ step: 'done', git: result.git });
  return result;
}

/** The create command: dry run, or answers → checked plan → files → install → git → summary. */
export async function runCreate(cli: ParsedCli): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !cli.flags.yes && !cli.flags.json && !cli.flags.dryRun;
  if (cli.flags.dryRun) {
    printDryRun(cli);
    return 0;
  }
  const cancellation = new Cancellation();
  cancellation.listen();
  try {
    const answers = await answeredProject(cli, interactive);
    const result = await createProject(cli, answers, cancellation);
    if (cli.flags.json) {
      const { spec, ...rest } = result;
      console.log(JSON.stringify({ ...rest, name: spec.name, fcVersion: spec.fcVersion, runtime: spec.runtime, language: spec.language, functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted }, null, 2));
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
