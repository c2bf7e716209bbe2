import { basename } from 'node:path/posix';
import { catalogText, t } from '../i18n/index.js';
import { choicesText, invalidValue, UserError } from '../errors.js';
import { familyOf } from '../catalog/families/index.js';
import { DEFAULT_PORT, FRAMEWORK_IDS, FRAMEWORKS, frameworkById, migrationFramework, type FrameworkId } from '../catalog/frameworks.js';
import { describeFunctions, TYPE_CHOICES, type TypeChoice } from '../catalog/function-types.js';
import { DEFAULT_FC_VERSION, FC_VERSION_IDS, GENERATIONS, type FcVersion } from '../catalog/generations.js';
import { LANGUAGE_IDS, LANGUAGE_LABELS, type Language } from '../catalog/languages.js';
import { ALL_REGION_IDS, DEFAULT_REGION, REGION_IDS } from '../catalog/regions.js';
import { DEFAULT_CUSTOM_RUNTIME, DEFAULT_RUNTIME, isContainerRuntime, RUNTIME_IDS, RUNTIMES, runtimeById, type Runtime, type RuntimeId } from '../catalog/runtimes.js';
import { TRIGGERS, TRIGGER_IDS, TRIGGER_SETTINGS, triggerIdFor, type TriggerId } from '../catalog/triggers/index.js';
import { USE_CASES, USE_CASE_IDS, useCaseById, type UseCaseId } from '../catalog/use-cases.js';
import { defaultImageRepo } from '../container.js';
import { recommend } from '../recommend.js';
import { functionName, imageRepository, port } from '../validators.js';
import { parseSetting } from '../settings.js';
import { hasHttpFunction, IN_CONTAINER, ON_CUSTOM_RUNTIME, withTrigger } from './conditions.js';
import { DEFAULT_NAME, functionNameFrom } from './names.js';
import { MEMORY_LIMITS, memoryProblem, TIMEOUT_LIMITS } from './limits.js';
import type { AnswerValue, Question, Resolved } from './types.js';
import { listValues, textOf } from './values.js';

function oneOf<T extends string>(flag: string, value: AnswerValue, choices: readonly T[], expected = choicesText(choices)): T {
  const text = textOf(value);
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw invalidValue(`--${flag}`, text, expected);
}

function checked(flag: string, value: string, check: ((value: string) => string | undefined) | undefined): string {
  const problem = check?.(value);
  if (problem) throw invalidValue(`--${flag}`, value, problem);
  return value;
}

/** Resolves trigger names and aliases to ids. */
export function parseTriggers(values: readonly string[]): TriggerId[] {
  return values.map((item) => {
    const id = triggerIdFor(item);
    if (id) return id;
    throw invalidValue('--trigger', item, choicesText(TRIGGERS.flatMap((trigger) => [trigger.id, ...trigger.aliases])));
  });
}

/** The recommendation for the answers so far, on a custom runtime or not (undefined: not known yet). */
function recommendationFor(resolved: Resolved, customRuntime: boolean | undefined, type: TypeChoice = resolved.type) {
  return recommend({ triggers: resolved.triggers, useCases: resolved.useCases, fcVersion: resolved.fcVersion, type, customRuntime });
}

/** The framework an answer names, when it is one (checked alone before this is read). */
function givenFramework(resolved: Resolved): FrameworkId | undefined {
  const value = resolved.given.framework;
  return value !== undefined && (FRAMEWORK_IDS as readonly string[]).includes(textOf(value)) ? (textOf(value) as FrameworkId) : undefined;
}

const migrates = (useCases: readonly UseCaseId[]) => useCases.some((id) => useCaseById(id).migratesFramework);

/**
 * Why a runtime cannot run this project, or undefined: the one rule behind the wizard's runtime
 * choices and the `--runtime` error. FC 3.0 serves an HTTP function only as a web function, whose
 * own server runs on a custom runtime.
 */
export function runtimeProblem(runtime: Runtime, resolved: Pick<Resolved, 'fcVersion' | 'type'>): string | undefined {
  if (!runtime.generations.includes(resolved.fcVersion)) {
    return t('runtime.notInGeneration', { fcVersion: resolved.fcVersion, runtimes: RUNTIME_IDS.filter((id) => runtimeById(id).generations.includes(resolved.fcVersion)).join(', ') });
  }
  if (resolved.fcVersion === '3' && resolved.type === 'http' && runtime.family !== 'custom') {
    return t('runtime.webFunctionNeedsCustom', { runtimes: RUNTIMES.filter((candidate) => candidate.family === 'custom' && (candidate.generations as readonly string[]).includes('3')).map((candidate) => candidate.id).join(', ') });
  }
  return undefined;
}

/**
 * The runtime when none is named: one that runs what was asked for. A named framework's app runs in
 * FC 2.0's WSGI HTTP function where the framework allows (Flask), else on a custom runtime, and so does
 * every migrated app; FC 3.0 serves a web function only from a custom runtime.
 */
function defaultRuntime(resolved: Resolved): RuntimeId {
  const framework = givenFramework(resolved);
  const serverFramework = framework !== undefined && framework !== 'none';
  // On FC 3.0 a framework's server is a web function, so it plans as a custom runtime would.
  const planned = recommendationFor(resolved, resolved.fcVersion === '3' && serverFramework ? true : undefined);
  if (!planned.functions.some((fn) => fn.type === 'http')) return DEFAULT_RUNTIME;
  if (resolved.fcVersion === '3') return DEFAULT_CUSTOM_RUNTIME;
  const builtIn = framework ? frameworkById(framework).builtIn?.runtimes[0] : undefined;
  if (builtIn) return builtIn;
  return serverFramework || migrates(resolved.useCases) ? DEFAULT_CUSTOM_RUNTIME : DEFAULT_RUNTIME;
}

/** Frameworks whose app an FC 2.0 HTTP function on this built-in runtime runs itself (Flask behind the WSGI handler). */
function runsBuiltIn(resolved: Resolved, id: FrameworkId): boolean {
  return resolved.fcVersion === '2' && hasHttpFunction(resolved) && (frameworkById(id).builtIn?.runtimes ?? [] as readonly string[]).includes(resolved.runtime.id as RuntimeId);
}

function fittingFrameworks(language: Language): FrameworkId[] {
  return FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes(language)).map((framework) => framework.id);
}

function frameworkDefault(resolved: Resolved): FrameworkId | undefined {
  if (resolved.runtime.family === 'custom') {
    if (!hasHttpFunction(resolved)) return undefined;
    return migrates(resolved.useCases) ? migrationFramework(resolved.language) : 'none';
  }
  // A migration onto a runtime that can run its framework's app gets that framework.
  return migrates(resolved.useCases) ? FRAMEWORK_IDS.find((id) => id !== 'none' && runsBuiltIn(resolved, id)) : undefined;
}

function acceptFramework(value: AnswerValue | undefined, resolved: Resolved): void {
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
      where: builtIn ? t('framework.builtInWhere', { runtimes: builtIn.runtimes.join(' or ') }) : '',
      fallback: DEFAULT_CUSTOM_RUNTIME,
    }),
  );
}

function integer(flag: string, value: AnswerValue): number {
  const text = textOf(value).trim();
  if (!/^\d+$/.test(text)) throw invalidValue(`--${flag}`, textOf(value), t('integer.expected'));
  return Number(text);
}

/** The runtime's language list, for choices and the default (a framework's language first). */
function defaultLanguage(resolved: Resolved): Language {
  const framework = givenFramework(resolved);
  const frameworkLanguages: readonly string[] = framework ? frameworkById(framework).languages : [];
  return resolved.runtime.languages.find((id) => frameworkLanguages.includes(id)) ?? (resolved.runtime.languages[0] as Language);
}

/**
 * Every top-level question, in the wizard's order; each reads only the answers above it.
 * The flags, `--help`, the answers file and its schema, validation and the reproduce command are derived from this.
 */
export const PROJECT_QUESTIONS: readonly Question[] = [
  {
    key: 'fcVersion',
    flag: 'fc-version',
    kind: 'choice',
    group: 'project',
    prompt: () => t('question.fcVersion.prompt'),
    help: () => t('question.fcVersion.help'),
    choices: FC_VERSION_IDS,
    choiceLabel: (id) => t(id === '2' ? 'question.fcVersion.choice2' : 'question.fcVersion.choice3'),
    staticDefault: DEFAULT_FC_VERSION,
    default: () => DEFAULT_FC_VERSION,
    accept: (value, resolved) => {
      resolved.fcVersion = oneOf<FcVersion>('fc-version', value ?? DEFAULT_FC_VERSION, FC_VERSION_IDS);
    },
  },
  {
    key: 'directory',
    positional: true,
    kind: 'text',
    group: 'project',
    prompt: () => t('question.directory.prompt'),
    help: () => t('question.directory.help'),
    // Named by --name alone, the project's folder is that name.
    default: (resolved) => (resolved.given.name === undefined ? DEFAULT_NAME : textOf(resolved.given.name)),
    check: (value) => (value.trim() === '' ? t('check.nonEmpty') : undefined),
    accept: (value, resolved) => {
      resolved.directory = textOf(value ?? DEFAULT_NAME);
    },
  },
  {
    key: 'triggers',
    flag: 'trigger',
    kind: 'list',
    group: 'project',
    prompt: () => t('question.triggers.prompt'),
    help: () => t('question.triggers.help', { aliases: TRIGGERS.flatMap((trigger) => trigger.aliases.map((alias) => `${alias}=${trigger.id}`)).join(', ') }),
    choices: TRIGGER_IDS,
    aliases: TRIGGERS.flatMap((trigger) => trigger.aliases),
    choiceLabel: (id) => TRIGGERS.find((trigger) => trigger.id === id)?.label ?? id,
    staticDefault: [],
    default: () => [],
    accept: (value, resolved) => {
      resolved.triggers = parseTriggers(listValues(value));
    },
  },
  {
    key: 'useCases',
    flag: 'use-case',
    kind: 'list',
    group: 'project',
    prompt: () => t('question.useCases.prompt'),
    help: () => t('question.useCases.help'),
    choices: USE_CASE_IDS,
    choiceLabel: (id) => USE_CASES.find((useCase) => useCase.id === id)?.label ?? id,
    staticDefault: [],
    default: () => [],
    accept: (value, resolved) => {
      resolved.useCases = listValues(value).map((item) => oneOf('use-case', item, USE_CASE_IDS));
    },
  },
  {
    key: 'type',
    flag: 'type',
    kind: 'choice',
    group: 'project',
    prompt: () => t('question.type.prompt'),
    help: () => t('question.type.help'),
    choices: TYPE_CHOICES,
    // Only types that agree with the triggers are offered; `auto` always does.
    fitting: (resolved) =>
      TYPE_CHOICES.filter((type) => {
        try {
          recommendationFor(resolved, undefined, type);
          return true;
        } catch (error) {
          if (error instanceof UserError) return false;
          throw error;
        }
      }),
    choiceLabel: (id, resolved) => {
      if (id === 'auto') return t('question.type.choiceAuto', { recommendation: describeFunctions(recommendationFor(resolved, undefined, 'auto').functions, resolved.fcVersion) });
      if (id === 'event') return t('question.type.choiceEvent');
      return t(resolved.fcVersion === '3' ? 'question.type.choiceWeb' : 'question.type.choiceHttp');
    },
    staticDefault: 'auto',
    default: () => 'auto',
    accept: (value, resolved) => {
      resolved.type = oneOf('type', value ?? 'auto', TYPE_CHOICES);
      recommendationFor(resolved, undefined); // names a type that conflicts with the triggers
    },
  },
  {
    key: 'runtime',
    flag: 'runtime',
    kind: 'choice',
    group: 'project',
    prompt: () => t('question.runtime.prompt'),
    help: () => t('question.runtime.help'),
    choices: RUNTIME_IDS,
    fitting: (resolved) => RUNTIMES.filter((runtime) => runtimeProblem(runtime, resolved) === undefined).map((runtime) => runtime.id),
    choiceLabel: (id) => `${runtimeById(id as RuntimeId).label} (${id})`,
    staticDefault: DEFAULT_RUNTIME,
    default: defaultRuntime,
    accept: (value, resolved) => {
      const id = oneOf('runtime', value ?? DEFAULT_RUNTIME, RUNTIME_IDS);
      const runtime = runtimeById(id);
      const problem = runtimeProblem(runtime, resolved);
      if (problem) throw invalidValue('--runtime', id, problem);
      resolved.runtime = runtime;
    },
  },
  {
    key: 'language',
    flag: 'language',
    kind: 'choice',
    group: 'project',
    prompt: () => t('question.language.prompt'),
    help: () => t('question.language.help'),
    choices: LANGUAGE_IDS,
    fitting: (resolved) => resolved.runtime.languages,
    choiceLabel: (id) => LANGUAGE_LABELS[id as Language],
    asked: (resolved) => resolved.runtime.languages.length > 1,
    default: defaultLanguage,
    accept: (value, resolved) => {
      const language = oneOf('language', value ?? defaultLanguage(resolved), LANGUAGE_IDS);
      if (!(resolved.runtime.languages as readonly string[]).includes(language)) {
        throw invalidValue('--language', language, t('language.notOnRuntime', { runtime: resolved.runtime.id, languages: resolved.runtime.languages.join(' or ') }));
      }
      resolved.language = language;
      resolved.recommendation = recommendationFor(resolved, resolved.runtime.family === 'custom');
    },
  },
  {
    key: 'framework',
    flag: 'framework',
    kind: 'choice',
    group: 'function',
    prompt: () => t('question.framework.prompt'),
    help: () => t('question.framework.help'),
    choices: FRAMEWORK_IDS,
    fitting: (resolved) => fittingFrameworks(resolved.language),
    choiceLabel: (id) => FRAMEWORKS.find((framework) => framework.id === id)?.label ?? id,
    // The wizard asks only a web function's server; a Flask app in an FC 2.0 HTTP function is a flag.
    asked: (resolved) => resolved.runtime.family === 'custom' && hasHttpFunction(resolved),
    default: frameworkDefault,
    accept: acceptFramework,
  },
  {
    key: 'port',
    flag: 'port',
    kind: 'integer',
    group: 'function',
    prompt: () => t('question.port.prompt'),
    help: () => t('question.port.help'),
    range: { min: 1, max: 65535 },
    check: port,
    staticDefault: DEFAULT_PORT,
    default: () => DEFAULT_PORT,
    appliesTo: ON_CUSTOM_RUNTIME,
    accept: (value, resolved) => {
      if (value !== undefined) resolved.port = Number(checked('port', textOf(value), port));
    },
  },
  {
    key: 'name',
    flag: 'name',
    kind: 'text',
    group: 'project',
    prompt: () => t('question.name.prompt'),
    help: () => t('question.name.help'),
    check: functionName,
    default: (resolved) => functionNameFrom(basename(resolved.directory.replaceAll('\\', '/').replace(/\/+$/, '')) || DEFAULT_NAME),
    accept: (value, resolved) => {
      resolved.name = checked('name', textOf(value ?? DEFAULT_NAME), functionName);
    },
  },
  {
    key: 'region',
    flag: 'region',
    kind: 'choice',
    group: 'project',
    prompt: () => t('question.region.prompt'),
    help: () => t('question.region.help'),
    choices: ALL_REGION_IDS,
    fitting: (resolved) => REGION_IDS[resolved.fcVersion],
    choiceLabel: (id) => catalogText(`region.${id}`),
    staticDefault: DEFAULT_REGION,
    default: () => DEFAULT_REGION,
    accept: (value, resolved) => {
      const fitting = REGION_IDS[resolved.fcVersion];
      resolved.region = oneOf('region', value ?? DEFAULT_REGION, fitting, t('region.notInGeneration', { generation: GENERATIONS[resolved.fcVersion].label, regions: fitting.join(', ') }));
    },
  },
  {
    key: 'imageRepo',
    flag: 'image-repo',
    kind: 'text',
    group: 'function',
    prompt: () => t('question.imageRepo.prompt'),
    help: () => t('question.imageRepo.help'),
    check: imageRepository,
    // Left unset, the images go to the region's registry, which follows vars.region in s.yaml.
    default: () => undefined,
    suggestion: (resolved) => defaultImageRepo(resolved.region, resolved.name),
    appliesTo: IN_CONTAINER,
    accept: (value, resolved) => {
      if (value !== undefined) resolved.imageRepo = checked('image-repo', textOf(value), imageRepository);
    },
  },
  {
    key: 'memorySize',
    flag: 'memory-size',
    kind: 'integer',
    group: 'function',
    prompt: () => t('question.memorySize.prompt'),
    help: () => t('question.memorySize.help'),
    range: { min: MEMORY_LIMITS['3'].min, max: MEMORY_LIMITS['3'].max },
    // An image needs more memory than a code package.
    default: (resolved) => (isContainerRuntime(resolved.runtime) ? 512 : 128),
    flagOnly: true,
    accept: (value, resolved) => {
      const memory = integer('memory-size', value ?? 128);
      const problem = memoryProblem(memory, resolved.fcVersion);
      if (problem) throw invalidValue('--memory-size', textOf(value ?? memory), problem);
      resolved.memorySize = memory;
    },
  },
  {
    key: 'timeout',
    flag: 'timeout',
    kind: 'integer',
    group: 'function',
    prompt: () => t('question.timeout.prompt'),
    help: () => t('question.timeout.help'),
    range: TIMEOUT_LIMITS,
    staticDefault: 60,
    default: () => 60,
    flagOnly: true,
    accept: (value, resolved) => {
      const timeout = integer('timeout', value ?? 60);
      if (timeout < TIMEOUT_LIMITS.min || timeout > TIMEOUT_LIMITS.max) throw invalidValue('--timeout', textOf(value ?? timeout), t('timeout.range', { min: TIMEOUT_LIMITS.min, max: TIMEOUT_LIMITS.max }));
      resolved.timeout = timeout;
    },
  },
];

const settingValue = (value: AnswerValue): string | readonly string[] => (Array.isArray(value) ? value : textOf(value));

/** Each trigger setting as a question, asked when the project has its trigger. */
export const SETTING_QUESTIONS: readonly Question[] = TRIGGER_SETTINGS.map((setting) => ({
  key: setting.key,
  flag: setting.flag,
  kind: setting.kind,
  group: 'trigger' as const,
  prompt: () => setting.message,
  help: () => setting.message,
  ...(setting.choices ? { choices: setting.choices } : {}),
  staticDefault: setting.default,
  default: () => setting.default,
  appliesTo: withTrigger(setting.trigger),
  appliesToTrigger: setting.trigger,
  validate: (value: AnswerValue) => void parseSetting(setting, settingValue(value)),
  ...(setting.flagOnly ? { flagOnly: true as const } : {}),
  accept: (value: AnswerValue | undefined, resolved: Resolved) => {
    resolved.settings[setting.key] = parseSetting(setting, value === undefined ? setting.default : settingValue(value));
  },
}));

/** What happens after writing: asked last, answered by `--skip-install` and `--no-git` too. */
export const STEP_QUESTIONS: readonly Question[] = [
  {
    key: 'install',
    flag: 'skip-install',
    kind: 'boolean',
    group: 'steps',
    prompt: (resolved) => t('question.install.prompt', { command: familyOf(resolved.runtime, resolved.language).install ?? '' }),
    help: () => t('question.install.help'),
    describe: () => t('question.install.describe'),
    negatedFlag: true,
    staticDefault: true,
    default: () => true,
    asked: (resolved) => familyOf(resolved.runtime, resolved.language).install !== undefined,
    accept: (value, resolved) => {
      resolved.install = value !== false;
    },
  },
  {
    key: 'git',
    flag: 'no-git',
    kind: 'boolean',
    group: 'steps',
    prompt: () => t('question.git.prompt'),
    help: () => t('question.git.help'),
    describe: () => t('question.git.describe'),
    negatedFlag: true,
    staticDefault: true,
    default: () => true,
    accept: (value, resolved) => {
      resolved.git = value !== false;
    },
  },
];

/** Every question, in the order the wizard asks and the answers are checked. */
export const QUESTIONS: readonly Question[] = [...PROJECT_QUESTIONS, ...SETTING_QUESTIONS, ...STEP_QUESTIONS];

/** The question of an answers key. */
export function questionByKey(key: string): Question | undefined {
  return QUESTIONS.find((question) => question.key === key);
}
