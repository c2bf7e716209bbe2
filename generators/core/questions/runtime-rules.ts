import { invalidValue, UserError } from '../errors.js';
import { orList, t } from '../i18n/index.js';
import { FRAMEWORK_IDS, FRAMEWORKS, frameworkById, migrationFramework, type FrameworkId } from '../catalog/frameworks.js';
import type { TypeChoice } from '../catalog/function-types.js';
import { GENERATIONS } from '../catalog/generations.js';
import { LANGUAGE_LABELS, type Language } from '../catalog/languages.js';
import { DEFAULT_CUSTOM_RUNTIME, DEFAULT_RUNTIME, RUNTIME_IDS, RUNTIMES, runtimeById, serverInterpreter, type Runtime, type RuntimeId } from '../catalog/runtimes.js';
import { customServer } from '../catalog/custom-servers.js';
import { INTERPRETER_NAMES } from '../catalog/images.js';
import { connectionHolding, useCaseById, type UseCaseId } from '../catalog/use-cases.js';
import { recommend, type Reason } from '../recommend.js';
import { RULES } from '../catalog/rules.js';
import { hasHttpFunction } from './conditions.js';
import { oneOf } from './parsing.js';
import type { AnswerValue, Resolved } from './types.js';
import { textOf } from './values.js';

// The rules the runtime, language and framework questions share: which of them run what the answers ask for.
/** The recommendation for the answers so far, on a custom runtime or not (undefined: not known yet). */
export function recommendationFor(resolved: Resolved, customRuntime: boolean | undefined, type: TypeChoice = resolved.type) {
  return recommend({ triggers: resolved.triggers, useCases: resolved.useCases, fcVersion: resolved.fcVersion, type, customRuntime });
}

/** The framework an answer names, when it is one (checked alone before this is read). */
function givenFramework(resolved: Resolved): FrameworkId | undefined {
  const value = resolved.given.framework;
  return value !== undefined && (FRAMEWORK_IDS as readonly string[]).includes(textOf(value)) ? (textOf(value) as FrameworkId) : undefined;
}

/** Whether the answers name a web framework that runs its own server (not `none`). */
export function namesServerFramework(resolved: Pick<Resolved, 'given'>): boolean {
  const framework = givenFramework(resolved as Resolved);
  return framework !== undefined && framework !== 'none';
}

const migrates = (useCases: readonly UseCaseId[]) => useCases.some((id) => useCaseById(id).migratesFramework);

/**
 * Why a runtime cannot run this project, or undefined: the one rule behind the wizard's runtime
 * choices and the `--runtime` error. FC 3.0 serves an HTTP function only as a web function, whose
 * own server runs on a custom runtime.
 */
export function runtimeProblem(runtime: Runtime, resolved: Pick<Resolved, 'fcVersion' | 'type'>): string | undefined {
  if (!runtime.generations.includes(resolved.fcVersion)) {
    const offered = t('runtime.notInGeneration', { fcVersion: resolved.fcVersion, runtimes: RUNTIME_IDS.filter((id) => runtimeById(id).generations.includes(resolved.fcVersion)).join(', ') });
    // The generation that has it, as the flag that picks it.
    const other = runtime.generations.find((version) => version !== resolved.fcVersion);
    return other ? `${offered}${t('runtime.inOtherGeneration', { runtime: runtime.id, fcVersion: other })}` : offered;
  }
  if (resolved.fcVersion === '3' && resolved.type === 'http' && runtime.family !== 'custom') {
    const language = runtime.languages[0];
    // The same language on the default custom runtime, where its image or a layer runs it.
    const inLanguage = language !== undefined && languageProblem(runtimeById(DEFAULT_CUSTOM_RUNTIME), language) === undefined ? t('runtime.webFunctionInLanguage', { language: LANGUAGE_LABELS[language], runtime: DEFAULT_CUSTOM_RUNTIME, id: language }) : '';
    return t('runtime.webFunctionNeedsCustom', { runtimes: RUNTIMES.filter((candidate) => candidate.family === 'custom' && (candidate.generations as readonly string[]).includes('3')).map((candidate) => candidate.id).join(', '), inLanguage });
  }
  return undefined;
}

/** Whether the answers make FC 3.0 recommend a web function, which a built-in runtime cannot host. */
function wantsWebFunction(runtime: Runtime, resolved: Resolved): boolean {
  return resolved.fcVersion === '3' && runtime.family !== 'custom' && recommendationFor(resolved, undefined).functions.some((fn) => fn.type === 'http');
}

/**
 * The custom runtime that hosts the web function FC 3.0 recommends when the user named a built-in
 * runtime: on FC 3.0 a web function's own server runs only on a custom runtime, so `--runtime java11`
 * names the language (Java) and the web function runs on a custom runtime whose image or official layer
 * runs it. Undefined where no web function is recommended, the type was named, or no custom
 * runtime can run the language with the project's other functions.
 */
export function webRuntimeFor(runtime: Runtime, resolved: Resolved): Runtime | undefined {
  if (resolved.type !== 'auto' || !wantsWebFunction(runtime, resolved)) return undefined;
  const [language] = runtime.languages;
  if (language === undefined) return undefined;
  const customs = RUNTIMES.filter((candidate) => candidate.family === 'custom' && !('container' in candidate) && (candidate.generations as readonly string[]).includes(resolved.fcVersion));
  // The named runtime's own interpreter version first (python3.12 → an image with Python 3.12), then the default custom runtime.
  const version = runtimeVersion(runtime);
  const sameVersion = (candidate: Runtime) => {
    const choice = serverInterpreter(candidate, language);
    return version !== undefined && choice !== undefined && 'interpreter' in choice && `${choice.interpreter.version}.`.startsWith(`${version}.`);
  };
  const rank = (candidate: Runtime) => (sameVersion(candidate) ? 0 : candidate.id === DEFAULT_CUSTOM_RUNTIME ? 1 : 2);
  const preferred = [...customs].sort((a, b) => rank(a) - rank(b));
  return preferred.find((candidate) => languageProblem(candidate, language) === undefined && serverEventsProblem({ ...resolved, runtime: candidate }, language) === undefined);
}

/** The interpreter version a built-in runtime names (`18`, `3.12`), where it names one. */
function runtimeVersion(runtime: Runtime): string | undefined {
  if (runtime.family === 'nodejs') return String(runtime.nodeMajor);
  if (runtime.family === 'python') return runtime.pythonVersion.join('.');
  if (runtime.family === 'java') return String(runtime.javaRelease);
  return undefined;
}

/** Whether picking this runtime turns the web function FC 3.0 recommends for the answers into an event function with the HTTP event. */
export function dropsWebFunction(runtime: Runtime, resolved: Resolved): boolean {
  return wantsWebFunction(runtime, resolved) && webRuntimeFor(runtime, resolved) === undefined;
}

/** The languages the answers allow: a built-in runtime named for a web function still names its language. */
export function runtimeLanguages(resolved: Pick<Resolved, 'runtime' | 'namedRuntime'>): readonly Language[] {
  return (resolved.namedRuntime ?? resolved.runtime).languages;
}

/** Why a web function runs on a custom runtime although a built-in one was named, with the interpreter it gets. */
export function webRuntimeReason(resolved: Resolved): Reason | undefined {
  const named = resolved.namedRuntime;
  if (!named) return undefined;
  const choice = serverInterpreter(resolved.runtime, resolved.language);
  const interpreter = choice && 'interpreter' in choice ? t(choice.layer ? 'recommend.webRuntime.layer' : 'recommend.webRuntime.image', { interpreter: INTERPRETER_NAMES[choice.interpreter.kind], version: choice.interpreter.version, layer: choice.layer?.name ?? '' }) : t('recommend.webRuntime.compiled');
  const detail = t('recommend.webRuntime', { named: named.id, language: LANGUAGE_LABELS[resolved.language], runtime: resolved.runtime.id, interpreter });
  return { rule: 'web-function-runtime', message: t('recommend.reason', { detail, rule: RULES['web-function-runtime'] as string }) };
}

/**
 * The runtime when none is named: one that runs what was asked for. A named framework's app runs in
 * FC 2.0's WSGI HTTP function where the framework allows (Flask), else on a custom runtime, and so does
 * every migrated app; FC 3.0 serves a web function only from a custom runtime.
 */
export function defaultRuntime(resolved: Resolved): RuntimeId {
  const framework = givenFramework(resolved);
  const serverFramework = framework !== undefined && framework !== 'none';
  // On FC 3.0 a framework's server is a web function, so it plans as a custom runtime would.
  const planned = recommendationFor(resolved, resolved.fcVersion === '3' && serverFramework ? true : undefined);
  if (!planned.functions.some((fn) => fn.type === 'http')) return DEFAULT_RUNTIME;
  if (resolved.fcVersion === '3') return DEFAULT_CUSTOM_RUNTIME;
  const builtIn = framework ? frameworkById(framework).builtIn?.runtimes[0] : undefined;
  if (builtIn) return builtIn;
  // A connection held open (SSE, WebSocket, gRPC) needs the function's own server, as a framework's app does.
  const ownServer = serverFramework || migrates(resolved.useCases) || connectionHolding(resolved.useCases).length > 0;
  return ownServer ? DEFAULT_CUSTOM_RUNTIME : DEFAULT_RUNTIME;
}

/** Frameworks whose app an FC 2.0 HTTP function on this built-in runtime runs itself (Flask behind the WSGI handler). */
function runsBuiltIn(resolved: Resolved, id: FrameworkId): boolean {
  return resolved.fcVersion === '2' && hasHttpFunction(resolved) && (frameworkById(id).builtIn?.runtimes ?? [] as readonly string[]).includes(resolved.runtime.id as RuntimeId);
}

/** The frameworks a language's servers are written with. */
export function fittingFrameworks(language: Language): FrameworkId[] {
  return FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes(language)).map((framework) => framework.id);
}

/** The framework when none is named: a web function's server on a custom runtime, or a migrated app's. */
export function frameworkDefault(resolved: Resolved): FrameworkId | undefined {
  if (resolved.runtime.family === 'custom') {
    if (!hasHttpFunction(resolved)) return undefined;
    return migrates(resolved.useCases) ? migrationFramework(resolved.language) : 'none';
  }
  // A migration onto a runtime that can run its framework's app gets that framework.
  return migrates(resolved.useCases) ? FRAMEWORK_IDS.find((id) => id !== 'none' && runsBuiltIn(resolved, id)) : undefined;
}

/** Checks a framework against the runtime and the functions, and stores it. */
export function acceptFramework(value: AnswerValue | undefined, resolved: Resolved): void {
  if (value === undefined) return;
  const framework = oneOf('framework', value, FRAMEWORK_IDS);
  if (resolved.runtime.family === 'custom') {
    if (!hasHttpFunction(resolved)) {
      if (framework !== 'none') throw new UserError(t('framework.noWebFunction'));
      return;
    }
    const fitting = fittingFrameworks(resolved.language);
    if (!fitting.includes(framework)) throw invalidValue('--framework', framework, t('framework.languageServers', { language: resolved.language, frameworks: fitting.join(', ') }));
    resolved.framework = framework;
    return;
  }
  if (framework === 'none') return;
  if (runsBuiltIn(resolved, framework)) {
    resolved.framework = framework;
    return;
  }
  const builtIn = frameworkById(framework).builtIn;
  throw new UserError(
    t('framework.notOnBuiltIn', {
      framework,
      runtime: resolved.runtime.id,
      generation: GENERATIONS[resolved.fcVersion].label,
      without: hasHttpFunction(resolved) ? '' : t('framework.withoutHttpFunction'),
      where: builtIn ? t('framework.builtInWhere', { runtimes: orList(builtIn.runtimes) }) : '',
      // A framework's server is a web function, which needs the HTTP trigger too.
      fallback: hasHttpFunction(resolved) ? DEFAULT_CUSTOM_RUNTIME : `${DEFAULT_CUSTOM_RUNTIME} --trigger http`,
    }),
  );
}


/**
 * Why a runtime cannot run code in a language, or undefined: a custom runtime runs a language's server
 * only where its image, or an official layer FC accepts on it, holds a new enough interpreter.
 */
export function languageProblem(runtime: Runtime, language: Language): string | undefined {
  if ((runtime.languages as readonly string[]).includes(language)) return undefined;
  const choice = serverInterpreter(runtime, language);
  const kind = customServer(language)?.interpreter;
  if (choice && 'problem' in choice && kind) {
    const runtimes = RUNTIMES.filter((candidate) => candidate.family === 'custom' && !('container' in candidate) && (candidate.languages as readonly string[]).includes(language)).map((candidate) => candidate.id);
    return t('language.imageLacks', { runtime: runtime.id, interpreter: INTERPRETER_NAMES[kind], have: choice.problem.have, need: choice.problem.need, runtimes: orList(runtimes) });
  }
  return t('language.notOnRuntime', { runtime: runtime.id, languages: orList(runtime.languages) });
}

/**
 * Why a custom runtime's server in this language cannot make the project's functions, or undefined: a
 * server that takes no events (Go) makes web functions only, and its event functions belong on the
 * language's built-in runtime.
 */
export function serverEventsProblem(resolved: Resolved, language: Language): string | undefined {
  if (resolved.runtime.family !== 'custom' || customServer(language)?.servesEvents !== false) return undefined;
  const events = recommendationFor(resolved, true).functions.filter((fn) => fn.type === 'event').flatMap((fn) => fn.triggers);
  if (events.length === 0) return undefined;
  const builtIn = RUNTIMES.find((candidate) => candidate.family !== 'custom' && (candidate.languages as readonly string[]).includes(language) && (candidate.generations as readonly string[]).includes(resolved.fcVersion));
  return t('language.webFunctionsOnly', { runtime: resolved.runtime.id, language: LANGUAGE_LABELS[language], triggers: events.join(', '), builtIn: builtIn?.id ?? '-' });
}

/** The runtime's language list, for choices and the default (a framework's language first). */
export function defaultLanguage(resolved: Resolved): Language {
  const framework = givenFramework(resolved);
  const frameworkLanguages: readonly string[] = framework ? frameworkById(framework).languages : [];
  const languages = runtimeLanguages(resolved);
  return languages.find((id) => frameworkLanguages.includes(id)) ?? (languages[0] as Language);
}

