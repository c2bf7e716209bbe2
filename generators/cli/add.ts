import { relative, resolve } from 'node:path';
import pc from '../app/colors.js';
import { GENERATIONS } from '../core/catalog/generations.js';
import { TRIGGER_IDS, TRIGGER_SETTINGS, triggerGenerationProblem, type TriggerId } from '../core/catalog/triggers/index.js';
import { unifiedDiff } from '../core/add/line-merge.js';
import { planAddFunction, planAddTrigger, type AddPlan } from '../core/add/plan-add.js';
import { planAddCi } from '../core/add/plan-ci.js';
import { CI_PROVIDERS } from '../core/ci/index.js';
import { readProject, type ExistingProject } from '../core/add/s-yaml-model.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { parseTriggers, QUESTIONS } from '../core/questions/table.js';
import { functionNameFrom } from '../core/questions/names.js';
import { listValues } from '../core/questions/values.js';
import { checkGivenAnswers, type RawAnswers } from '../core/validate.js';
import { checkInsideProject, commitFiles } from '../write/commit.js';
import { recoverInterruptedRun } from '../write/project-lock.js';
import { projectContext } from './add-files.js';
import { projectFile } from './project-file.js';
import { signalExitCode, stoppable } from './cancellation.js';
import type { ParsedCli } from './parse.js';

export type AddSubject = 'trigger' | 'function' | 'ci';
const SUBJECTS: readonly AddSubject[] = ['trigger', 'function', 'ci'];

/** The answers each subject takes: a trigger its settings; a function everything but the project's own (generation, folder, region) and the steps after create. */
const PROJECT_OWN = new Set(['fcVersion', 'directory', 'region', 'ci', 'install', 'git']);
export function takesAnswer(subject: AddSubject, key: string): boolean {
  if (subject === 'ci') return key === 'ci';
  if (subject === 'trigger') return key === 'triggers' || TRIGGER_SETTINGS.some((setting) => setting.key === key);
  return !PROJECT_OWN.has(key);
}

function checkSubject(cli: ParsedCli): AddSubject {
  const given = cli.positionals[0];
  if (!SUBJECTS.includes(given as AddSubject)) throw new UserError(t('add.subject', { given: given ?? '-' }), { where: 'add', value: JSON.stringify(given ?? null), expected: SUBJECTS.join(', ') });
  return given as AddSubject;
}

/** Flags that mean nothing to `add` (or to this subject) are refused, not ignored. */
function checkFlags(cli: ParsedCli, subject: AddSubject): void {
  for (const key of Object.keys(cli.answers)) {
    if (takesAnswer(subject, key)) continue;
    const question = QUESTIONS.find((candidate) => candidate.key === key);
    throw new UserError(t('add.notForSubject', { flag: question?.flag ? `--${question.flag}` : key, subject }));
  }
  const misplaced = cli.flags.force ? '--force' : subject !== 'trigger' && cli.flags.function !== undefined ? '--function' : undefined;
  if (misplaced) throw new UserError(t('add.notForSubject', { flag: misplaced, subject }));
}


/** A name for a new function that the project does not have: from the project's name and what triggers it. */
function freeFunctionName(project: ExistingProject, answers: RawAnswers): string {
  const taken = new Set([...project.functions.flatMap((fn) => [fn.name, fn.key]), ...project.others.map((other) => other.key)]);
  const projectName = String(project.document.get('name') ?? project.functions[0]?.name ?? 'function');
  const first = parseTriggers(listValues(answers.triggers)).find((id) => id !== 'none') ?? (answers.type === 'http' ? 'http' : 'function');
  const wanted = functionNameFrom(`${projectName}-${first}`);
  let name = wanted;
  for (let count = 2; taken.has(name); count += 1) name = `${wanted}-${count}`;
  return name;
}

async function wizardAnswers(cli: ParsedCli, subject: Exclude<AddSubject, 'ci'>, project: ExistingProject): Promise<{ answers: RawAnswers; function?: string }> {
  const { askAdd } = await import('./add-wizard.js');
  return askAdd(subject, project, cli.answers, cli.flags.function, freeFunctionName(project, cli.answers));
}

function plan(subject: AddSubject, project: ExistingProject, answers: RawAnswers, functionName: string | undefined, context: ReturnType<typeof projectContext>) {
  if (subject === 'ci') return planAddCi(project, typeof answers.ci === 'string' ? answers.ci : undefined, context);
  if (subject === 'trigger') {
    const triggers = parseTriggers(listValues(answers.triggers)) as TriggerId[];
    if (triggers.length === 0) {
      // The triggers this project's generation can create (`none` is no trigger to add).
      const choices = TRIGGER_IDS.filter((id) => id !== 'none' && triggerGenerationProblem(id, project.fcVersion) === undefined);
      throw new UserError(t('add.triggerNeeded', { choices: choices.join(', ') }), { where: '--trigger', expected: choices.join(', ') });
    }
    const { triggers: _given, ...settings } = answers;
    return planAddTrigger(project, { ...(functionName === undefined ? {} : { function: functionName }), triggers, answers: settings }, context);
  }
  const named = answers.name === undefined ? { ...answers, name: freeFunctionName(project, answers) } : answers;
  return planAddFunction(project, named, context);
}

function colouredDiff(diff: string): string {
  return diff
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? pc.green(line) : line.startsWith('-') && !line.startsWith('---') ? pc.red(line) : line.startsWith('@@') ? pc.cyan(line) : line))
    .join('\n');
}

function changeDiff(change: AddPlan['changes'][number], binary: ReadonlySet<string>): string {
  if (binary.has(change.path)) return `${change.before === undefined ? '--- /dev/null' : `--- a/${change.path}`}\n+++ b/${change.path}\n${t('add.binary')}\n`;
  return unifiedDiff(change.path, change.before, change.after);
}

function doneLines(result: AddPlan): string[] {
  const workflows = CI_PROVIDERS.filter((provider) => result.changes.some((change) => change.path === provider.path && change.before === undefined));
  return [
    ...workflows.map((provider) => `${pc.green('✔')} ${t('add.added.ci', { label: provider.label, path: pc.bold(provider.path) })}`),
    ...result.triggers.map((added) => `${pc.green('✔')} ${t('add.added.trigger', { trigger: added.trigger, name: pc.bold(added.name), function: pc.bold(added.function) })}`),
    ...result.functions.map((name) => `${pc.green('✔')} ${t('add.added.function', { name: pc.bold(name) })}`),
  ];
}

function manualLines(result: AddPlan): string[] {
  const lines: string[] = [];
  for (const note of result.notes) lines.push(`${pc.yellow('!')} ${note}`);
  for (const manual of result.manual) lines.push('', pc.bold(t('add.manual', { path: manual.path })), colouredDiff(manual.diff.replace(/\n$/, '')));
  return lines;
}

function cancelled(signal: NodeJS.Signals): number {
  console.error(pc.yellow(t('cancel.undone')));
  return signalExitCode(signal);
}

/** `add trigger|function`: reads s.yaml, plans every change, then shows it (`--dry-run`) or writes it all at once. */
export async function runAdd(cli: ParsedCli): Promise<number> {
  const subject = checkSubject(cli);
  checkFlags(cli, subject);
  checkGivenAnswers(cli.answers);
  const root = resolve(cli.flags.project ?? '.');
  const recovered = recoverInterruptedRun(root);
  const file = projectFile(root);
  // s.yaml as the other files: LF text, whatever its line endings and encoding, written back in them.
  const context = projectContext(root);
  const project = readProject(context.read(file.name) ?? '', file.name);
  const interactive = cli.flags.interactive ?? (Boolean(process.stdin.isTTY && process.stdout.isTTY) && !cli.flags.yes && !cli.flags.json);
  // add ci takes its one answer on the command line: it has no questions to ask.
  const given = interactive && subject !== 'ci' ? await wizardAnswers(cli, subject, project) : { answers: cli.answers, ...(cli.flags.function === undefined ? {} : { function: cli.flags.function }) };
  const result = plan(subject, project, given.answers, given.function, context);
  const { binary } = context;
  checkInsideProject(root, result.changes.map((change) => change.path));
  const writes = context.writesOf(result.changes);
  if (recovered !== undefined) result.notes.unshift(t('disk.recovered', { pid: recovered }));
  const where = relative(process.cwd(), root) || '.';
  if (cli.flags.json) {
    const changes = result.changes.map((change) => ({ path: change.path, status: change.before === undefined ? 'added' : 'modified', diff: changeDiff(change, binary) }));
    const stopped = cli.flags.dryRun ? undefined : await stoppable((signal) => commitFiles(root, writes, { signal }));
    if (stopped) return cancelled(stopped);
    console.log(JSON.stringify({ dryRun: cli.flags.dryRun, project: root, fcVersion: project.fcVersion, functions: result.functions, triggers: result.triggers, changes, manual: result.manual, notes: result.notes }, null, 2));
    return 0;
  }
  if (cli.flags.dryRun) {
    console.log([t('add.dryRun', { count: result.changes.length, where }), '', ...result.changes.map((change) => colouredDiff(changeDiff(change, binary))), ...manualLines(result)].join('\n'));
    return 0;
  }
  const stopped = await stoppable((signal) => commitFiles(root, writes, { signal }));
  if (stopped) return cancelled(stopped);
  const deploy = `npx ${GENERATIONS[project.fcVersion].devsPackage} deploy`;
  console.log(['', ...doneLines(result), pc.dim(t('add.wrote', { count: result.changes.length, where })), ...result.changes.map((change) => `  ${change.before === undefined ? pc.green('+') : pc.yellow('~')} ${change.path}`), ...manualLines(result), '', t('add.next', { deploy })].join('\n'));
  return 0;
}
