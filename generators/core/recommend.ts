import { choicesText, UserError } from './errors.js';
import { GENERATIONS, type FcVersion } from './catalog/generations.js';
import type { FunctionType, TypeChoice } from './catalog/function-types.js';
import { RULES, type RuleId } from './catalog/rules.js';
import { sortTriggers, triggerById, type TriggerId } from './catalog/triggers/index.js';
import { useCaseById, type UseCaseId } from './catalog/use-cases.js';

export interface RecommendationInput {
  /** Triggers the user named (ids, aliases already resolved). */
  triggers: readonly TriggerId[];
  useCases: readonly UseCaseId[];
  fcVersion: FcVersion;
  /** `auto` (default) follows the recommendation; `event`/`http` must agree with the named triggers. */
  type?: TypeChoice;
  /** The runtime is a custom one, which gets HTTP requests unchanged in every generation. */
  customRuntime?: boolean;
}

export interface FunctionPlan {
  type: FunctionType;
  triggers: TriggerId[];
}

export interface Reason {
  rule: RuleId;
  message: string;
}

/** Another way to build the project: its functions, why, and the flags that choose it. */
export interface Alternative {
  functions: FunctionPlan[];
  reason: Reason;
  /** Command-line flags that make this the project, e.g. `--type http`. */
  flags: string[];
}

export interface Recommendation {
  /** `split` when HTTP and other triggers need two functions. */
  type: FunctionType | 'split';
  functions: FunctionPlan[];
  reasons: Reason[];
  warnings: string[];
  /** Other ways to build it, each with why and the flags that pick it instead. */
  alternatives: Alternative[];
}

function reason(rule: RuleId, detail?: string): Reason {
  return { rule, message: detail ? `${detail} ${RULES[rule]}` : RULES[rule] };
}

function labels(ids: readonly TriggerId[]): string {
  return ids.join(', ');
}

/** "The oss and timer triggers make", "API/SDK invocation makes". */
function subject(ids: readonly TriggerId[]): string {
  const named = ids.filter((id) => id !== 'none');
  if (named.length === 0) return 'API/SDK invocation makes';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `The ${list} trigger${named.length === 1 ? ' makes' : 's make'}`;
}

/** A reason per use case whose usual trigger is among the triggers. */
function useCaseReasons(useCases: readonly UseCaseId[], triggers: readonly TriggerId[]): Reason[] {
  return useCases
    .map((id) => useCaseById(id))
    .filter((useCase) => triggers.includes(useCase.trigger))
    .map((useCase) => ({ rule: 'use-case' as const, message: `${useCase.id}: ${useCase.why}, so the ${useCase.trigger} trigger.` }));
}

/** Warnings for use cases whose usual trigger is missing from the functions that will be built. */
function useCaseWarnings(useCases: readonly UseCaseId[], functions: readonly FunctionPlan[]): string[] {
  const triggers = functions.flatMap((fn) => fn.triggers);
  const hasEventFunction = functions.some((fn) => fn.type === 'event');
  return useCases.flatMap((id) => {
    const wanted = useCaseById(id).trigger;
    if (triggers.includes(wanted) || (wanted === 'none' && hasEventFunction)) return [];
    return [`Use case ${id} usually needs the ${wanted} trigger, which this project does not have (${labels(triggers)}).`];
  });
}

/** Forces the function type the user asked for, or says why it cannot be. */
function forceType(
  type: FunctionType,
  named: readonly TriggerId[],
  implied: readonly TriggerId[],
  exclusive: boolean,
): { triggers: TriggerId[]; reasons: Reason[] } {
  // Where event functions take the HTTP trigger too, only --type http can conflict.
  const conflicting = named.filter((id) => (type === 'http') !== (triggerById(id).functionType === 'http') && (exclusive || type === 'http'));
  if (conflicting.length > 0) {
    const rule = type === 'http' ? RULES['http-trigger-only'] : RULES['event-triggers'];
    throw new UserError(
      `--type ${type} conflicts with --trigger ${labels(conflicting)}: ${rule} Use --type auto to get the recommended function(s), or change the triggers. ${choicesText(['auto', 'event', 'http'])}`,
    );
  }
  const fitting = (named.length > 0 ? named : implied).filter((id) => (type === 'http') === (id === 'http') || (!exclusive && type === 'event'));
  const triggers: TriggerId[] = type === 'http' ? ['http'] : fitting.length > 0 ? [...fitting] : ['none'];
  return { triggers, reasons: [reason('type-override', `--type ${type}.`)] };
}

/**
 * Recommends the function(s) for the triggers and use cases: an event function for the event
 * triggers, and for HTTP an HTTP function of its own (FC 2.0, custom runtimes, FC 3.0's
 * `--type http` web function) or the same event function (FC 3.0's HTTP event).
 */
export function recommend(input: RecommendationInput): Recommendation {
  const generation = GENERATIONS[input.fcVersion];
  // FC 2.0 keeps the HTTP trigger alone; so does a custom runtime, whose server gets HTTP requests unchanged.
  const exclusive = generation.httpTriggerExclusive || input.customRuntime === true;
  const named = sortTriggers(input.triggers);
  const useCases = [...new Set(input.useCases)];
  const reasons: Reason[] = [];
  let triggers = named;

  if (named.length === 0) triggers = sortTriggers(useCases.map((id) => useCaseById(id).trigger));
  if (input.type && input.type !== 'auto') {
    const forced = forceType(input.type, named, triggers, exclusive);
    triggers = forced.triggers;
    reasons.push(...forced.reasons);
  }
  if (triggers.length === 0) {
    triggers = ['none'];
    reasons.push(reason('no-signal'));
  }

  // On FC 3.0 --type http asks for a web function: the HTTP trigger on a function of its own.
  const httpFunction = triggers.includes('http') && (exclusive || input.type === 'http');
  let eventTriggers = triggers.filter((id) => !httpFunction || id !== 'http');
  if (eventTriggers.includes('none') && eventTriggers.length > 1) {
    eventTriggers = eventTriggers.filter((id) => id !== 'none');
    reasons.push(reason('api-always-available'));
  }
  reasons.push(...useCaseReasons(useCases, triggers));
  const functions: FunctionPlan[] = [];
  if (httpFunction) {
    functions.push({ type: 'http', triggers: ['http'] });
    reasons.push(reason('http-trigger-only', `${subject(['http'])} an HTTP function.`));
  }
  if (eventTriggers.length > 0) {
    functions.push({ type: 'event', triggers: eventTriggers });
    reasons.push(reason('event-triggers', `${subject(eventTriggers)} an event function.`));
  }
  if (functions.length > 1) reasons.push(reason(generation.httpTriggerExclusive ? 'fc2-http-exclusive' : 'custom-runtime-passthrough'));
  if (httpFunction && !generation.httpTriggerExclusive) reasons.push(reason('web-function'));
  if (eventTriggers.includes('http')) reasons.push(reason('fc3-http-event'));

  const wantsWeb = useCases.filter((id) => useCaseById(id).wantsRequestResponse);
  const alternatives =
    !httpFunction && !generation.httpTriggerExclusive && wantsWeb.length > 0
      ? [{ functions: [{ type: 'http' as const, triggers: ['http' as TriggerId] }], reason: reason('web-function-alternative', `${wantsWeb.join(', ')}:`), flags: ['--type', 'http'] }]
      : [];
  const [only] = functions;
  return {
    type: functions.length > 1 || !only ? 'split' : only.type,
    functions,
    reasons,
    warnings: useCaseWarnings(useCases, functions),
    alternatives,
  };
}
