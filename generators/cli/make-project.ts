import { resolve } from 'node:path';
import type { GenerationResult } from '../app/options.js';
import { familyOf } from '../core/catalog/families/index.js';
import { runtimeById } from '../core/catalog/runtimes.js';
import { t } from '../core/i18n/index.js';
import { planProject } from '../core/plan.js';
import { answersOf } from '../core/questions/answers.js';
import { reproduceCommand } from '../core/reproduce.js';
import { resolveProject, type ProjectSpec, type RawAnswers } from '../core/validate.js';
import { checkTargetDirectory } from '../target-dir.js';
import { expandPlan, renderPlan, type RenderedFile } from '../write/render.js';
import { commitFiles } from '../write/commit.js';
import { recoverInterruptedRun } from '../write/project-lock.js';
import { checkWrites, replacedFiles } from '../write/write-files.js';
import type { Cancellation } from './cancellation.js';
import type { ParsedCli } from './parse.js';

export { summaryText } from '../app/summary.js';

/** Renders the project and checks every path it writes, before anything is written. */
function checkedProject(spec: ProjectSpec, force: boolean): RenderedFile[] {
  // The target is refused before rendering: its reason is the one the user needs.
  checkTargetDirectory(spec.directory, force);
  const files = renderPlan(planProject(spec));
  checkWrites(spec.directory, files.map((file) => file.path), force);
  return files;
}

/** `--dry-run`: what would be written where, after every check a real run makes. */
export function printDryRun(cli: ParsedCli): void {
  const spec = resolveProject(cli.answers);
  checkTargetDirectory(spec.directory, cli.flags.force);
  // The same plan and checks as a real run; only the rendering of contents nobody sees is skipped.
  const files = expandPlan(planProject(spec)).map((write) => write.target).sort();
  checkWrites(spec.directory, files, cli.flags.force);
  if (cli.flags.json) {
    const steps = { install: cli.answers.install ?? true, git: cli.answers.git ?? true };
    console.log(JSON.stringify({ dryRun: true, directory: resolve(spec.directory), functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted, files, answers: answersOf(spec, steps) }, null, 2));
    return;
  }
  console.log([t('dryRun.files', { count: files.length, directory: spec.directory }), ...files.map((file) => `  ${file}`)].join('\n'));
}

/** The steps after writing: the family's install command, then the first commit; records each in `result`. */
async function installAndCommit(steps: typeof import('../app/post-steps.js'), result: GenerationResult, wanted: { install?: string; git: boolean; quiet: boolean }, cancellation: Cancellation): Promise<void> {
  if (wanted.install) {
    const running = steps.installDependencies(wanted.install, result.directory, { quiet: wanted.quiet, signal: cancellation.signal });
    cancellation.advance({ step: 'installing', command: wanted.install }, running);
    await running;
    result.installed = true;
    cancellation.advance({ step: 'installed', command: wanted.install });
  }
  if (wanted.git) {
    const running = steps.initGitRepository(result.directory, { signal: cancellation.signal });
    cancellation.advance({ step: 'committing' }, running);
    const outcome = await running;
    result.git = outcome.committed;
    if (outcome.note) result.warnings.push(outcome.note);
  }
}

/** Writes the project, then installs and commits as asked: the Yeoman generator's steps, without Yeoman. */
export async function makeProject(cli: ParsedCli, answers: RawAnswers, cancellation: Cancellation): Promise<GenerationResult> {
  const spec = resolveProject(answers);
  const directory = resolve(spec.directory);
  const recovered = recoverInterruptedRun(directory);
  const files = checkedProject(spec, cli.flags.force);
  const wanted = { install: answers.install ?? !cli.flags.skipInstall, git: answers.git ?? !cli.flags.noGit };
  const result: GenerationResult = {
    spec,
    directory,
    files: files.map((file) => file.path).sort(),
    replaced: replacedFiles(directory, files),
    installed: false,
    git: false,
    reproduce: reproduceCommand(spec, wanted),
    answers: answersOf(spec, wanted),
    warnings: recovered === undefined ? [] : [t('disk.recovered', { pid: recovered })],
  };
  // Checked again under the folder's lock: another run may have written there since.
  const recheck = () => checkWrites(spec.directory, result.files, cli.flags.force);
  const writing = commitFiles(directory, files, { recheck, signal: cancellation.signal });
  cancellation.advance({ step: 'writing', directory }, writing);
  await writing;
  cancellation.advance({ step: 'written' });

  const command = familyOf(runtimeById(spec.runtime), spec.language).install;
  const install = wanted.install ? command : undefined;
  // execa and the spinner load only for a run that installs or commits.
  if (install || wanted.git) await installAndCommit(await import('../app/post-steps.js'), result, { install, git: wanted.git, quiet: cli.flags.json }, cancellation);
  cancellation.advance({ step: 'done', git: result.git });
  return result;
}
