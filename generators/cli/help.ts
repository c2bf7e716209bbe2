import { CLI_OPTIONS, type CliOption } from './options.js';

function optionLabel(option: CliOption): string {
  const name = `${option.short ? `-${option.short}, ` : '    '}--${option.flag}`;
  return option.type === 'string' ? `${name} <value>` : name;
}

/** `--help` text, derived from the option table. */
export function helpText(version: string): string {
  const groups = ['Project', 'Trigger settings', 'Behaviour'] as const;
  const width = Math.max(...CLI_OPTIONS.map((option) => optionLabel(option).length)) + 2;
  const sections = groups.map((group) =>
    [`${group}:`, ...CLI_OPTIONS.filter((option) => option.group === group).map((option) => `  ${optionLabel(option).padEnd(width)}${option.description}`)].join('\n'),
  );
  return [
    `create-fc-function ${version}: scaffold an Alibaba Cloud Function Compute function.`,
    'It asks what triggers the function and what it is for, recommends an event or HTTP function',
    'with its reasons, and writes the handler, s.yaml, sample events and passing tests.',
    '',
    'Usage:',
    '  create-fc-function [directory] [options]         create a project (wizard on a terminal)',
    '  create-fc-function recommend [options]            print the recommendation for --trigger/--use-case',
    '  create-fc-function list runtimes|triggers|use-cases [--json]',
    '',
    ...sections.flatMap((section) => [section, '']),
    'Examples:',
    '  npx create-fc-function my-api --use-case rest-api --yes',
    '  npx create-fc-function thumbnails --trigger oss --oss-bucket photos --oss-suffix .jpg --runtime python3.10 --yes',
    '  npx create-fc-function shop --fc-version 3 --type http --framework express --yes     # a web function',
    '  npx create-fc-function recommend --trigger http --trigger timer --json',
    '',
    'Without a terminal it never asks: unanswered questions take their defaults, and it says which.',
  ].join('\n');
}
