import { resolve } from 'node:path';
import type { GenerationResult } from '../app/options.js';
import { initGitRepository, installDependencies } from '../app/post-steps.js';
import { familyOf } from '../core/catalog/families/index.js';
import { runtimeById } from '../core/catalog/runtimes.js';
import { planProject } from '../core/plan.js';
import { reproduceCommand } from '../core/reproduce.js';
import { resolveProject, type ProjectSpec, type RawAnswers } from '../core/validate.js';
import { checkTargetDirectory } from '../target-dir.js';
import { renderPlan, type RenderedFile } from '../write/render.js';
import { checkWrites, replacedFiles, writeFiles } from '../write/write-files.js';
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
  const files = checkedProject(spec, cli.flags.force).map((file) => file.path).sort();
  if (cli.flags.json) {
    console.log(JSON.stringify({ dryRun: true, directory: resolve(spec.directory), functions: spec.functions, recommendation: spec.recommendation, defaulted: spec.defaulted, files }, null, 2));
    return;
  }
  console.log([`Would write ${files.length} files to ${spec.directory}:`, ...files.map((file) => `  ${file}`)].join('\n'));
}

/** Writes the project, then installs and commits as asked: the Yeoman generator's steps, without Yeoman. */
export async function makeProject(cli: ParsedCli, answers: RawAnswers, cancellation: Cancellation): Promise<GenerationResult> {
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
