import { invalidValue } from './errors.js';
import { t } from './i18n/index.js';
import type { RuntimeId } from './catalog/runtimes.js';
import { checkGivenAnswers as checkGiven, resolveAnswers } from './questions/walk.js';
import type { AnswerValue, GivenAnswers, Resolved } from './questions/types.js';
import { functionName } from './validators.js';
import { projectFunctionName } from './questions/names.js';

export { listValues } from './questions/values.js';
export { parseSetting } from './settings.js';

/**
 * Answers as flags, prompts and answers files give them: unchecked. Trigger settings may be flat
 * (as in an answers file) or under `settings` (by setting key).
 */
export interface RawAnswers {
  directory?: string;
  name?: string;
  runtime?: string;
  language?: string;
  triggers?: readonly string[];
  useCases?: readonly string[];
  type?: string;
  fcVersion?: string;
  region?: string;
  settings?: Readonly<Record<string, string | readonly string[] | undefined>>;
  framework?: string;
  port?: string | number;
  imageRepo?: string;
  domain?: string;
  instanceConcurrency?: string | number;
  memorySize?: string | number;
  timeout?: string | number;
  install?: boolean;
  git?: boolean;
  [key: string]: AnswerValue | undefined | Readonly<Record<string, string | readonly string[] | undefined>>;
}

export type { FunctionSpec, ProjectSpec } from './project-spec.js';
import type { FunctionType } from './catalog/function-types.js';
import type { ProjectSpec } from './project-spec.js';

/** One flat answers object: trigger settings beside the other answers. */
export function flatAnswers(raw: RawAnswers): GivenAnswers {
  const { settings, ...rest } = raw;
  return { ...(rest as GivenAnswers), ...(settings as GivenAnswers | undefined) };
}

function functionNames(name: string, count: number, type: FunctionType): string {
  if (count === 1) return name;
  const suffixed = projectFunctionName(name, count, type);
  const problem = functionName(suffixed);
  if (problem) throw invalidValue(t('name.withSuffix', { type }), suffixed, problem);
  return suffixed;
}

/** The project a walk of the answers resolved to. */
export function projectOf(resolved: Resolved): ProjectSpec {
  const { recommendation } = resolved;
  const functions = recommendation.functions.map((fn) => ({ name: functionNames(resolved.name, recommendation.functions.length, fn.type), type: fn.type, triggers: fn.triggers }));
  return {
    directory: resolved.directory,
    name: resolved.name,
    fcVersion: resolved.fcVersion,
    region: resolved.region,
    runtime: resolved.runtime.id as RuntimeId,
    language: resolved.language,
    type: resolved.type,
    triggers: resolved.triggers,
    useCases: resolved.useCases,
    recommendation,
    functions,
    settings: resolved.settings,
    ...(resolved.framework === undefined ? {} : { framework: resolved.framework }),
    ...(resolved.port === undefined ? {} : { port: resolved.port }),
    ...(resolved.imageRepo === undefined ? {} : { imageRepo: resolved.imageRepo }),
    ...(resolved.domain === undefined ? {} : { domain: resolved.domain }),
    ...(resolved.instanceConcurrency === undefined ? {} : { instanceConcurrency: resolved.instanceConcurrency }),
    memorySize: resolved.memorySize,
    timeout: resolved.timeout,
    ci: resolved.ci,
    production: resolved.production,
    defaulted: resolved.defaulted,
  };
}

/** Checks every answer and completes it with defaults: the one gate before anything is written. */
export function resolveProject(raw: RawAnswers): ProjectSpec {
  return projectOf(resolveAnswers(flatAnswers(raw)));
}

/** Checks each answer that was given, alone: the wizard asks the rest, so combinations are checked later. */
export function checkGivenAnswers(raw: RawAnswers): void {
  checkGiven(flatAnswers(raw));
}
