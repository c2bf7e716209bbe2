import { TRIGGERS, TRIGGER_SETTINGS } from '../core/catalog/triggers/index.js';
import { FIELDS, type FieldKey } from '../core/fields.js';

/** A command-line option, derived from the fields and trigger settings or one of the control flags. */
export interface CliOption {
  flag: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple: boolean;
  description: string;
  group: 'Project' | 'Trigger settings' | 'Behaviour';
  /** Field it answers, for project options. */
  field?: FieldKey;
  /** Setting key it answers, for trigger settings. */
  setting?: string;
}

const ALIASES = TRIGGERS.flatMap((trigger) => trigger.aliases.map((alias) => `${alias}=${trigger.id}`)).join(', ');

function shownDefault(value: string | readonly string[] | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : value.join(',');
  return text === '' ? ' [default: empty]' : ` [default: ${text}]`;
}

const CONTROL_OPTIONS: readonly CliOption[] = [
  { flag: 'yes', short: 'y', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Ask nothing: unanswered questions take their defaults' },
  { flag: 'skip-install', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Do not install dependencies' },
  { flag: 'no-git', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Do not create a git repository' },
  { flag: 'force', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Write into a non-empty directory, overwriting files with the same names' },
  { flag: 'dry-run', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Show the files that would be written; write nothing' },
  { flag: 'json', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Print one JSON result on stdout (implies no questions)' },
  { flag: 'help', short: 'h', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Show this help' },
  { flag: 'version', short: 'v', type: 'boolean', multiple: false, group: 'Behaviour', description: 'Show the version' },
];

/** Every option the CLI accepts. */
export const CLI_OPTIONS: readonly CliOption[] = [
  ...FIELDS.map((field) => ({
    flag: field.flag,
    type: 'string' as const,
    multiple: field.kind === 'list',
    group: 'Project' as const,
    field: field.key,
    description: `${field.message}${field.choices ? `: ${field.choices.join(', ')}` : ''}${field.key === 'triggers' ? ` (aliases: ${ALIASES})` : ''}${shownDefault(field.kind === 'list' ? undefined : field.default)}`,
  })),
  ...TRIGGER_SETTINGS.map((setting) => ({
    flag: setting.flag,
    type: 'string' as const,
    multiple: setting.kind === 'list',
    group: 'Trigger settings' as const,
    setting: setting.key,
    description: `${setting.message} (${setting.trigger}${setting.kind === 'list' ? ', comma-separated or repeated' : ''})${setting.choices && setting.choices.length <= 8 ? `: ${setting.choices.join(', ')}` : ''}${shownDefault(setting.default)}`,
  })),
  ...CONTROL_OPTIONS,
];
