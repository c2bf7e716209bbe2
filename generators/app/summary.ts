import { relative } from 'node:path';
import pc from 'picocolors';
import { familyOf } from '../core/catalog/families/index.js';
import { installHint } from '../core/readme-data.js';
import { functionTypeLabel } from '../core/catalog/function-types.js';
import { GENERATIONS } from '../core/catalog/generations.js';
import { runtimeById } from '../core/catalog/runtimes.js';
import { shellQuote } from '../core/reproduce.js';
import type { GenerationResult } from './options.js';
import { pickHint } from './pick-hint.js';

/** What was made and what to do next. */
export function summaryText(result: GenerationResult, options: { interactive: boolean }): string {
  const { spec } = result;
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const generation = GENERATIONS[spec.fcVersion];
  const where = relative(process.cwd(), result.directory) || '.';
  const lines = [
    '',
    `${pc.green('✔')} Created ${pc.bold(spec.name)} in ${pc.cyan(where)} ${pc.dim(`(${generation.label}, ${spec.runtime}, ${spec.language}, ${result.files.length} files)`)}`,
    ...spec.functions.map((fn) => `  ${functionTypeLabel(fn.type, spec.fcVersion)} ${pc.bold(fn.name)}: ${fn.triggers.join(', ')}`),
  ];
  if (result.replaced.length > 0) {
    lines.push('', `${pc.yellow('!')} Replaced ${result.replaced.length} file${result.replaced.length === 1 ? '' : 's'} that had other contents: ${result.replaced.join(', ')}`);
  }
  if (!options.interactive && spec.defaulted.length > 0) {
    lines.push('', `${pc.dim('Defaults used for:')} ${spec.defaulted.join(' ')}`);
  }
  // The wizard showed the alternatives beside its recommendation; without it this is where they are seen.
  if (!options.interactive) {
    for (const alternative of spec.recommendation.alternatives) lines.push(`${pc.blue('Alternative:')} ${alternative.reason.message} ${pickHint(alternative.flags)}`);
  }
  for (const warning of [...spec.recommendation.warnings, ...result.warnings]) lines.push(`${pc.yellow('!')} ${warning}`);
  lines.push('', pc.bold('Next steps:'));
  if (where !== '.') lines.push(`  cd ${shellQuote(where)}`);
  if (!result.installed) lines.push(`  ${installHint(spec)}`);
  lines.push(`  ${family.test}`, `  npx ${generation.devsPackage} deploy`);
  if (options.interactive) lines.push('', pc.dim('The same project, without questions:'), `  ${result.reproduce}`);
  return lines.join('\n');
}
