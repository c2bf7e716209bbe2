import { forGeneration, type FcVersion } from '../catalog/generations.js';
import { RULES } from '../catalog/rules.js';
import { triggerGenerationProblem, type TriggerId } from '../catalog/triggers/index.js';
import { t } from '../i18n/index.js';
import type { ExistingFunction } from './s-yaml-model.js';

/** Why a function cannot take a trigger, and what to run instead; undefined when it can. */
export interface Refusal {
  message: string;
  /** The command that does what the user wants, when there is one. */
  instead?: string;
}

/** The qualifier our triggers serve: FC's default, the function's latest code. */
export const DEFAULT_QUALIFIER = 'LATEST';

/**
 * The recommendation's rules, for a trigger added to a function that exists:
 * - FC allows one HTTP trigger per version or alias, in both generations;
 * - FC 2.0: a function with an HTTP trigger is an HTTP function, whose handler takes the request and
 *   response and which can have no other trigger; so an HTTP trigger on an event function, or an
 *   event trigger on an HTTP function, needs a function of its own;
 * - FC 3.0: every function takes the HTTP trigger, as an HTTP event beside its other triggers.
 */
export function triggerRefusal(fcVersion: FcVersion, fn: ExistingFunction, trigger: TriggerId): Refusal | undefined {
  const generation = triggerGenerationProblem(trigger, fcVersion);
  if (generation) return { message: generation };
  const http = fn.triggers.filter((existing) => existing.type === 'http');
  const instead = `create-fc-function add function --trigger ${trigger}`;
  if (trigger === 'http' && http.some((existing) => existing.qualifier === DEFAULT_QUALIFIER)) {
    return { message: t('add.secondHttp', { function: fn.name, trigger: http[0]?.name ?? 'http', rule: forGeneration(RULES['http-trigger-only'], fcVersion) }), instead };
  }
  if (fcVersion === '2' && trigger === 'http' && http.length === 0) {
    return { message: t('add.httpOnEvent', { function: fn.name, rule: RULES['fc2-http-exclusive'] as string }), instead };
  }
  if (fcVersion === '2' && trigger !== 'http' && http.length > 0) {
    return { message: t('add.eventOnHttp', { function: fn.name, trigger, rule: forGeneration(RULES['http-trigger-only'], fcVersion) }), instead };
  }
  return undefined;
}
