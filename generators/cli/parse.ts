import { basename, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import type { RawAnswers } from '../core/validate.js';
import { CLI_OPTIONS } from './options.js';

export interface ParsedCli {
  command: 'create' | 'recommend' | 'list';
  /** Positional arguments after the command. */
  positionals: string[];
  answers: RawAnswers;
  flags: {
    yes: boolean;
    skipInstall: boolean;
    noGit: boolean;
    force: boolean;
    dryRun: boolean;
    json: boolean;
    help: boolean;
    version: boolean;
  };
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parseError(error: unknown): UserError {
  const message = error instanceof Error ? error.message : String(error);
  const hint = ' Run create-fc-function --help for the options.';
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return new UserError(`Unknown option ${unknown[1]}.${hint}`);
  return new UserError(`${message.replace(/\.$/, '')}.${hint}`);
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
  const command = first === 'recommend' || first === 'list' ? first : 'create';
  const positionals = command === 'create' ? parsed.positionals : rest;
  if (command === 'create' && positionals.length > 1) {
    throw new UserError(`Expected one directory, got ${positionals.length}: ${positionals.join(' ')}. Quote a path with spaces.`);
  }

  const answers: RawAnswers & { settings: Record<string, string | string[]> } = { settings: {} };
  if (command === 'create' && positionals[0] !== undefined) answers.directory = positionals[0];
  for (const option of CLI_OPTIONS) {
    const value = values[option.flag];
    if (value === undefined || typeof value === 'boolean') continue;
    const text = Array.isArray(value) ? value.map(String) : value;
    if (option.field) (answers as unknown as Record<string, unknown>)[option.field] = text;
    if (option.setting) answers.settings[option.setting] = text;
  }
  // `.` or `..` names no folder by itself: the function takes the name of the folder it resolves to.
  if (answers.directory !== undefined && answers.name === undefined && ['.', '..', ''].includes(posix.basename(answers.directory.replaceAll('\\', '/')))) {
    answers.name = basename(resolve(answers.directory));
  }
  const flag = (name: string) => values[name] === true;
  if (flag('skip-install')) answers.install = false;
  if (flag('no-git')) answers.git = false;
  return {
    command,
    positionals,
    answers,
    flags: {
      yes: flag('yes'),
      skipInstall: flag('skip-install'),
      noGit: flag('no-git'),
      force: flag('force'),
      dryRun: flag('dry-run'),
      json: flag('json'),
      help: flag('help'),
      version: flag('version'),
    },
  };
}
