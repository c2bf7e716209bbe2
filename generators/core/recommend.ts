import { choicesText, UserError } from './errors.js';
import { t } from './i18n/index.js';
import { forGeneration, GENERATIONS, type FcVersion } from './catalog/generations.js';
import type { FunctionType, TypeChoice } from './catalog/function-types.js';
import { RULES, type RuleId } from './catalog/rules.js';
import { DEFAULT_CUSTOM_RUNTIME } from './catalog/runtimes.js';
import { sortTriggers, triggerById, type TriggerId } from './catalog/triggers/index.js';
import { connectionHolding, useCaseById, type UseCaseId } from './catalog/use-cases.js';

export interface RecommendationInput {
  /** Triggers the user named (ids, aliases already resolved). */
  triggers: readonly TriggerId[];
  useCases: readonly UseCaseId[];
  fcVersion: FcVersion;
  /** `auto` (default) follows the recommendation; `event`/`http` must agree with the named triggers. */
  type?: TypeChoice;
  /** The runtime is a custom one (true), which gets HTTP requests unchanged in every generation, or a built-in one the user named (false); undefined while no runtime is named. */
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

function reason(fcVersion: FcVersion, rule: RuleId, detail?: string): Reason {
  const text = forGeneration<string>(RULES[rule], fcVersion);
  return { rule, message: detail ? t('recommend.reason', { detail, rule: text }) : text };
}

function labels(ids: readonly TriggerId[]): string {
  return ids.join(', ');
}

/** What a function is called in "… makes an event function". */
type MadeFunction = 'event' | 'http' | 'web';

/** "The oss and timer triggers make an event function.", "API/SDK invocation makes an event function." */
function makesSentence(ids: readonly TriggerId[], made: MadeFunction): string {
  const named = ids.filter((id) => id !== 'none');
  const fn = t(`recommend.function.${made}`);
  const last = named.at(-1);
  if (last === undefined) return t('recommend.makes.api', { function: fn });
  if (named.length === 1) return t('recommend.makes.one', { trigger: last, function: fn });
  return t('recommend.makes.many', { triggers: named.slice(0, -1).join(t('recommend.listSeparator')), last, function: fn });
}

/** A reason per use case whose usual trigger is among the triggers, in the generation's own words. */
function useCaseReasons(fcVersion: FcVersion, useCases: readonly UseCaseId[], triggers: readonly TriggerId[]): Reason[] {
  return useCases
    .map((id) => useCaseById(id))
    .filter((useCase) => triggers.includes(useCase.trigger))
    .map((useCase) => ({ rule: 'use-case' as const, message: t('recommend.useCase', { useCase: useCase.id, why: forGeneration(useCase.why, fcVersion), trigger: useCase.trigger }) }));
}

/** Warnings for use cases whose usual trigger is missing from the functions that will be built. */
function useCaseWarnings(useCases: readonly UseCaseId[], functions: readonly FunctionPlan[]): string[] {
  const triggers = functions.flatMap((fn) => fn.triggers);
  const hasEventFunction = functions.some((fn) => fn.type === 'event');
  return useCases.flatMap((id) => {
    const wanted = useCaseById(id).trigger;
    if (triggers.includes(wanted) || (wanted === 'none' && hasEventFunction)) return [];
    return [t('recommend.useCaseMissingTrigger', { useCase: id, trigger: wanted, triggers: labels(triggers) })];
  });
}

/**
 * Warnings for use cases that hold the connection open (SSE, WebSocket, gRPC) where the HTTP trigger will
 * not reach the function's own server: an event function's HTTP event, or a built-in runtime's handler.
 */
function connectionWarnings(useCases: readonly UseCaseId[], functions: readonly FunctionPlan[], customRuntime: boolean | undefined): string[] {
  if (!functions.some((fn) => fn.triggers.includes('http'))) return [];
  const ownServer = functions.some((fn) => fn.type === 'http') && customRuntime !== false;
  if (ownServer) return [];
  const how = t(functions.some((fn) => fn.type === 'http') ? 'recommend.connectionNeedsServer.builtIn' : 'recommend.connectionNeedsServer.event');
  return connectionHolding(useCases).map((useCase) => t('recommend.connectionNeedsServer', { useCase, how, runtime: DEFAULT_CUSTOM_RUNTIME }));
}

/** Forces the function type the user asked for, or says why it cannot be. */
function forceType(
  fcVersion: FcVersion,
  type: FunctionType,
  named: readonly TriggerId[],
  implied: readonly TriggerId[],
  exclusive: boolean,
): { triggers: TriggerId[]; reasons: Reason[] } {
  // Where event functions take the HTTP trigger too, only --type http can conflict.
  const conflicting = named.filter((id) => (type === 'http') !== (triggerById(id).functionType === 'http') && (exclusive || type === 'http'));
  if (conflicting.length > 0) {
    const rule = forGeneration<string>(RULES[type === 'http' ? 'http-trigger-only' : 'event-triggers'], fcVersion);
    throw new UserError(t('recommend.typeConflict', { type, triggers: labels(conflicting), rule, choices: choicesText(['auto', 'event', 'http']) }));
  }
  const fitting = (named.length > 0 ? named : implied).filter((id) => (type === 'http') === (id === 'http') || (!exclusive && type === 'event'));
  const triggers: TriggerId[] = type === 'http' ? ['http'] : fitting.length > 0 ? [...fitting] : ['none'];
  return { triggers, reasons: [reason(fcVersion, 'type-override', t('recommend.typeFlag', { type }))] };
}

/**
 * On FC 3.0, the other way to serve HTTP: a web function (`--runtime <custom>`, which also replaces a
 * built-in runtime that was named) where an event function takes the HTTP trigger, or the event
 * function with the HTTP event (`--type event`) where a web function is recommended.
 */
function fc3Alternatives(input: RecommendationInput, functions: readonly FunctionPlan[], webByUseCase: boolean): Alternative[] {
  const eventWithHttp = functions.find((fn) => fn.type === 'event' && fn.triggers.includes('http'));
  if (eventWithHttp && input.customRuntime !== true) {
    const others = eventWithHttp.triggers.filter((id) => id !== 'http');
    return [
      {
        functions: [{ type: 'http', triggers: ['http'] }, ...(others.length > 0 ? [{ type: 'event' as const, triggers: others }] : [])],
        reason: reason('3', 'web-function-alternative'),
        // A custom runtime serves HTTP from its own server (a web function) and the other triggers on POST /invoke.
        flags: ['--runtime', DEFAULT_CUSTOM_RUNTIME],
      },
    ];
  }
  // An event function cannot stream or hold a connection: no way back to one for those use cases.
  if (webByUseCase && connectionHolding(input.useCases).length === 0) {
    return [{ functions: [{ type: 'event', triggers: functions.flatMap((fn) => fn.triggers) }], reason: reason('3', 'event-function-alternative'), flags: ['--type', 'event'] }];
  }
  return [];
}

/**
 * Recommends the function(s) for the triggers and use cases: an event function for the event
 * triggers, and for HTTP an HTTP function of its own (FC 2.0, custom runtimes, FC 3.0 web
 * functions for web apps and migrations) or the same event function (FC 3.0's HTTP event).
 */
export function recommend(input: RecommendationInput): Recommendation {
  const { fcVersion } = input;
  const generation = GENERATIONS[fcVersion];
  // FC 2.0 keeps the HTTP trigger alone; so does a custom runtime, whose server gets HTTP requests unchanged.
  const exclusive = generation.httpTriggerExclusive || input.customRuntime === true;
  const named = sortTriggers(input.triggers);
  const useCases = [...new Set(input.useCases)];
  const reasons: Reason[] = [];
  let triggers = named;

  if (named.length === 0) triggers = sortTriggers(useCases.map((id) => useCaseById(id).trigger));
  const forcing = input.type !== undefined && input.type !== 'auto';
  if (forcing) {
    const forced = forceType(fcVersion, input.type as FunctionType, named, triggers, exclusive);
    triggers = forced.triggers;
    reasons.push(...forced.reasons);
  }
  if (triggers.length === 0) {
    triggers = ['none'];
    reasons.push(reason(fcVersion, 'no-signal'));
  }

  // FC 3.0 documents web functions for web apps and migrations; a built-in runtime the user named keeps the HTTP event.
  const webUseCases = useCases.filter((id) => useCaseById(id).wantsRequestResponse);
  const webByUseCase = !generation.httpTriggerExclusive && !forcing && input.customRuntime !== false && webUseCases.length > 0 && triggers.includes('http');
  // On FC 3.0 --type http asks for a web function: the HTTP trigger on a function of its own.
  const httpFunction = triggers.includes('http') && (exclusive || input.type === 'http' || webByUseCase);
  let eventTriggers = triggers.filter((id) => !httpFunction || id !== 'http');
  if (eventTriggers.includes('none') && eventTriggers.length > 1) {
    eventTriggers = eventTriggers.filter((id) => id !== 'none');
    reasons.push(reason(fcVersion, 'api-always-available'));
  }
  reasons.push(...useCaseReasons(fcVersion, useCases, triggers));
  const functions: FunctionPlan[] = [];
  if (httpFunction) {
    functions.push({ type: 'http', triggers: ['http'] });
    reasons.push(reason(fcVersion, 'http-trigger-only', makesSentence(['http'], generation.httpTriggerExclusive ? 'http' : 'web')));
  }
  if (eventTriggers.length > 0) {
    functions.push({ type: 'event', triggers: eventTriggers });
    reasons.push(reason(fcVersion, 'event-triggers', makesSentence(eventTriggers, 'event')));
  }
  if (functions.length > 1) reasons.push(reason(fcVersion, generation.httpTriggerExclusive ? 'fc2-http-exclusive' : 'custom-runtime-passthrough'));
  if (webByUseCase) reasons.push(reason(fcVersion, 'web-function-use-case', t('recommend.useCases', { useCases: webUseCases.join(', ') })));
  else if (httpFunction && !generation.httpTriggerExclusive) reasons.push(reason(fcVersion, 'web-function'));
  if (eventTriggers.includes('http')) reasons.push(reason(fcVersion, 'fc3-http-event'));

  const alternatives = generation.httpTriggerExclusive || forcing ? [] : fc3Alternatives(input, functions, webByUseCase);
  const [only] = functions;
  return {
    type: functions.length > 1 || !only ? 'split' : only.type,
    functions,
    reasons,
    warnings: [...useCaseWarnings(useCases, functions), ...connectionWarnings(useCases, functions, input.customRuntime)],
    alternatives,
  };
}
