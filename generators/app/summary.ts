import { relative } from 'node:path';
import pc from './colors.js';
import { familyOf } from '../core/catalog/families/index.js';
import { installHint } from '../core/readme-data.js';
import { localRunSection } from '../core/local-run.js';
import { functionTypeLabel } from '../core/catalog/function-types.js';
import { GENERATIONS } from '../core/catalog/generations.js';
import { labelled, t } from '../core/i18n/index.js';
import { runtimeById } from '../core/catalog/runtimes.js';
import { shellQuote } from '../core/reproduce.js';
import { doctorCommand, projectDeployCommand } from '../core/deploy-commands.js';
import type { GenerationResult } from './options.js';
import { commandHint } from './pick-hint.js';
import { alternativeFlags, givenOf } from '../core/alternatives.js';

/** What was made and what to do next. */
export function summaryText(result: GenerationResult, options: { interactive: boolean }): string {
  const { spec } = result;
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const generation = GENERATIONS[spec.fcVersion];
  const where = relative(process.cwd(), result.directory) || '.';
  const lines = [
    '',
    `${pc.green('✔')} ${t('summary.created', { name: pc.bold(spec.name), where: pc.cyan(where), details: pc.dim(t('summary.details', { generation: generation.label, runtime: spec.runtime, language: spec.language, count: result.files.length })) })}`,
    ...spec.functions.map((fn) => `  ${t('summary.function', { type: functionTypeLabel(fn.type, spec.fcVersion), name: pc.bold(fn.name), triggers: fn.triggers.join(', ') })}`),
  ];
  if (result.replaced.length > 0) {
    const replaced = t(result.replaced.length === 1 ? 'summary.replaced.one' : 'summary.replaced.many', { count: result.replaced.length, files: result.replaced.join(', ') });
    lines.push('', `${pc.yellow('!')} ${replaced}`);
  }
  if (!options.interactive && spec.defaulted.length > 0) {
    lines.push('', labelled(t('summary.defaulted'), spec.defaulted.join(' '), pc.dim));
  }
  // The wizard showed the alternatives beside its recommendation; without it this is where they are seen.
  if (!options.interactive) {
    const given = givenOf(result.answers, spec.defaulted);
    for (const alternative of spec.recommendation.alternatives) {
      const flags = alternativeFlags(given, spec.language, alternative);
      if (flags) lines.push(labelled(t('summary.alternative'), `${alternative.reason.message} ${commandHint(flags)}`, pc.blue));
    }
  }
  for (const warning of [...spec.recommendation.warnings, ...result.warnings]) lines.push(`${pc.yellow('!')} ${warning}`);
  lines.push('', pc.bold(t('summary.nextSteps')));
  if (where !== '.') lines.push(`  cd ${shellQuote(where)}`);
  if (!result.installed) lines.push(`  ${installHint(spec)}`);
  // Then try it on this machine: an HTTP function on localhost, else one invocation with a sample event.
  const local = localRunSection(spec);
  const tryLocally = local && (local.http.length > 0 && local.dev ? local.dev : local.invoke[0]);
  // Deploy after doctor's offline checks: npm run deploy runs both; elsewhere they are two lines.
  const deploy = projectDeployCommand(spec) === 'npm run deploy' ? ['npm run deploy'] : [doctorCommand(), `npx ${generation.devsPackage} deploy`];
  lines.push(`  ${family.test}`, ...(tryLocally ? [`  ${tryLocally}`] : []), ...deploy.map((line) => `  ${line}`));
  if (options.interactive) lines.push('', pc.dim(t('summary.reproduce')), `  ${result.reproduce}`);
  return lines.join('\n');
}
