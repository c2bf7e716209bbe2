import { basename, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { functionNameFrom } from '../core/questions/names.js';
import type { RawAnswers } from '../core/validate.js';
import { CLI_OPTIONS } from './options.js';

/** A command line, parsed: the command, its answers and the flags that steer the run. */
export interface ParsedCli {
  command: 'create' | 'recommend' | 'list' | 'schema' | 'add' | 'doctor';
  /** Positional arguments after the command. */
  positionals: string[];
  answers: RawAnswers;
  flags: {
    yes: boolean;
    skipInstall: boolean;
    noGit: boolean;
    force: boolean;
    /** `--interactive` / `--no-interactive`; undefined: ask only on a terminal. */
    interactive?: boolean;
    /** `--answers FILE`. */
    answersFile?: string;
    /** add: `--function NAME` (the function a trigger is added to); add and doctor: `--project DIR` (default: here). */
    function?: string;
    project?: string;
    lang?: string;
    dryRun: boolean;
    json: boolean;
    help: boolean;
    version: boolean;
  };
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parseError(error: unknown): UserError {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return new UserError(t('cli.unknownOption', { option: unknown[1] ?? '' }));
  const missing = /Option '(-\S+)[^']*' argument missing/.exec(message);
  if (missing) return new UserError(t('cli.missingValue', { option: missing[1]?.split(',').at(-1)?.trim() ?? '' }));
  return new UserError(t('cli.parseError', { message: message.replace(/\.$/, '') }));
}

/**
 * The answers with a name for `.` or `..`, which names no folder by itself: the function takes the
 * name of the folder it resolves to. Run once the flags and the answers file are merged.
 */
export function withFolderName(answers: RawAnswers): RawAnswers {
  const directory = answers.directory;
  if (typeof directory !== 'string' || answers.name !== undefined || !['.', '..', ''].includes(posix.basename(directory.replaceAll('\\', '/')))) return answers;
  return { ...answers, name: functionNameFrom(basename(resolve(directory))) };
}

/** Parses argv (without node and the script) into a command, answers and behaviour flags. */
export function parseCli(argv: readonly string[]): ParsedCli {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        CLI_OPTIONS.map((option) => [option.flag, { type: option.type, multiple: option.multiple, ...(option.short ? { short: option.short } : {}) }]),
      ),
    }) as { values: Values; positionals: string[] };
  } catch (error) {
    throw parseError(error);
  }
  const { values } = parsed;
  const [first, ...rest] = parsed.positionals;
  const command = first === 'recommend' || first === 'list' || first === 'schema' || first === 'add' || first === 'doctor' ? first : 'create';
  // `add trigger timer oss`, as people type it, is `add trigger --trigger timer --trigger oss`; `add ci github` is `add ci --ci github`.
  const namedTriggers = command === 'add' && rest[0] === 'trigger' ? rest.slice(1) : [];
  const namedCi = command === 'add' && rest[0] === 'ci' && rest.length === 2 ? rest[1] : undefined;
  const positionals = command === 'create' ? parsed.positionals : namedTriggers.length > 0 || namedCi !== undefined ? rest.slice(0, 1) : rest;
  // `schema`, `recommend` and `doctor` take no arguments, `list` and `add` one subject.
  const allowed = command === 'create' || command === 'list' || command === 'add' ? 1 : 0;
  if (command !== 'create' && positionals.length > allowed) {
    throw new UserError(t('cli.extraArguments', { command, given: positionals.join(' ') }));
  }
  if (command === 'create' && positionals.length > 1) {
    throw new UserError(t('cli.oneDirectory', { count: positionals.length, given: positionals.join(' ') }));
  }

  const answers: Record<string, string | string[] | boolean> = {};
  if (command === 'create' && positionals[0] !== undefined) answers.directory = positionals[0];
  for (const option of CLI_OPTIONS) {
    const value = values[option.flag];
    if (value === undefined || !option.question) continue;
    // `--skip-install` and `--no-git` answer their questions "no".
    if (option.question.kind === 'boolean') answers[option.question.key] = value === true ? !option.question.negatedFlag && option.flag !== option.question.offFlag : false;
    else if (typeof value !== 'boolean') answers[option.question.key] = Array.isArray(value) ? value.map(String) : value;
  }
  if (namedTriggers.length > 0) answers.triggers = [...((answers.triggers as string[] | undefined) ?? []), ...namedTriggers];
  if (namedCi !== undefined) answers.ci = namedCi;
  const flag = (name: string) => values[name] === true;
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  for (const option of CLI_OPTIONS) {
    const clash = option.excludes?.find((other) => values[other] !== undefined);
    if (values[option.flag] !== undefined && clash) throw new UserError(t('cli.excludes', { flag: `--${option.flag}`, other: `--${clash}` }));
  }
  return {
    command,
    positionals,
    answers: answers as RawAnswers,
    flags: {
      yes: flag('yes'),
      skipInstall: flag('skip-install'),
      noGit: flag('no-git'),
      force: flag('force'),
      ...(flag('interactive') ? { interactive: true } : flag('no-interactive') ? { interactive: false } : {}),
      ...(text('answers') === undefined ? {} : { answersFile: text('answers') }),
      ...(text('lang') === undefined ? {} : { lang: text('lang') }),
      ...(text('function') === undefined ? {} : { function: text('function') }),
      ...(text('project') === undefined ? {} : { project: text('project') }),
      dryRun: flag('dry-run'),
      json: flag('json'),
      help: flag('help'),
      version: flag('version'),
    },
  };
}
