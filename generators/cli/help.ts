import { t } from '../core/i18n/index.js';
import { visibleLength, wrapText } from '../app/wrap.js';
import { LIST_SUBJECTS } from './list.js';
import { CLI_OPTIONS, type CliOption, type OptionGroup } from './options.js';
import { CI_PROVIDERS } from '../core/ci/index.js';

const GROUPS: readonly OptionGroup[] = ['project', 'function', 'trigger', 'settings', 'add', 'behaviour'];

/** What a string option takes, as its label shows it. */
function placeholder(option: CliOption): string {
  if (option.value) return option.value;
  if (option.question?.valueName) return option.question.valueName;
  switch (option.question?.kind) {
    case 'integer':
      return 'number';
    case 'choice':
      return 'id';
    case 'list':
      // A list of free text (variables, layers, policies) takes text; one of choices, ids.
      return option.question?.choices ? 'id' : 'text';
    default:
      return 'text';
  }
}

function optionLabel(option: CliOption): string {
  const name = `${option.short ? `-${option.short}, ` : '    '}--${option.flag}`;
  return option.type === 'string' ? `${name} <${placeholder(option)}>` : name;
}

/** One option: its label, then its description wrapped in a column of its own (below the label when the label is long). */
function optionLines(option: CliOption, column: number, width: number): string {
  const label = `  ${optionLabel(option)}`;
  const description = option.description();
  if (visibleLength(label) + 2 <= column) return wrapText(description, { width, indent: column, first: label.padEnd(column) });
  return `${label}\n${wrapText(description, { width, indent: column, first: ' '.repeat(column) })}`;
}

/** `--help` text, derived from the option table and fitted to the terminal's width. */
export function helpText(version: string, width = 80): string {
  // The description column starts after the usual labels; longer ones put their text below.
  const column = Math.min(Math.max(...CLI_OPTIONS.map((option) => optionLabel(option).length)) + 4, Math.floor(width / 2.5));
  const sections = GROUPS.map((group) => [t(`help.group.${group}`), ...CLI_OPTIONS.filter((option) => option.group === group).map((option) => optionLines(option, column, width))].join('\n'));
  const wrap = (text: string, indent = 0) => wrapText(text, { width, indent });
  const usage = (command: string, text: string) => `  ${command}\n${wrapText(text, { width, indent: 6, first: '      ' })}`;
  return [
    wrap(t('help.intro', { version })),
    '',
    t('help.usage'),
    usage('create-fc-function [directory] [options]', t('help.usage.create')),
    usage('create-fc-function recommend [options]', t('help.usage.recommend')),
    usage(`create-fc-function list ${LIST_SUBJECTS.join('|')} [--json]`, t('help.usage.list')),
    usage('create-fc-function add trigger <id>... [--function <name>] [options]', t('help.usage.addTrigger')),
    usage('create-fc-function add function [options]', t('help.usage.addFunction')),
    usage(`create-fc-function add ci ${CI_PROVIDERS.map((provider) => provider.id).join('|')}`, t('help.usage.addCi')),
    usage('create-fc-function doctor [--project <dir>] [--json]', t('help.usage.doctor')),
    usage('create-fc-function schema', t('help.usage.schema')),
    '',
    wrap(t('help.generations')),
    '',
    ...sections.flatMap((section) => [section, '']),
    t('help.examples'),
    '  npx create-fc-function my-api --use-case rest-api --yes',
    '  npx create-fc-function thumbnails --trigger oss --oss-bucket photos \\',
    '    --oss-suffix .jpg --runtime python3.10 --yes',
    '  npx create-fc-function shop --fc-version 3 --type http --framework express \\',
    '    --yes',
    `  npx create-fc-function api --answers answers.yaml --dry-run --json`,
    '  npx create-fc-function recommend --trigger http --trigger timer --json',
    '  npx create-fc-function add trigger --trigger oss --oss-bucket photos --dry-run',
    '  npx create-fc-function add function --name resize --runtime python3.10 \\',
    '    --trigger oss --yes',
    '',
    wrap(t('help.noTerminal')),
  ].join('\n');
}
