import { basename } from 'node:path/posix';
import { catalogText, t } from '../i18n/index.js';
import { invalidValue, UserError } from '../errors.js';
import { codeFamilyOf, familyOf } from '../catalog/families/index.js';
import { CI_IDS, ciProviderById } from '../ci/index.js';
import { hostingOf } from '../hosting/index.js';
import { DEFAULT_PORT, FRAMEWORK_IDS, FRAMEWORKS } from '../catalog/frameworks.js';
import { describeFunctions, TYPE_CHOICES } from '../catalog/function-types.js';
import { DEFAULT_FC_VERSION, FC_VERSION_IDS, type FcVersion } from '../catalog/generations.js';
import { LANGUAGE_IDS, LANGUAGE_LABELS, type Language } from '../catalog/languages.js';
import { ALL_REGION_IDS, DEFAULT_REGION } from '../catalog/regions.js';
import { DEFAULT_RUNTIME, RUNTIME_IDS, RUNTIMES, regionProblem, regionsOffering, runtimeById, type RuntimeId } from '../catalog/runtimes.js';
import { triggerGenerationProblem, triggerLanguageProblem, TRIGGERS, TRIGGER_IDS, TRIGGER_SETTINGS, type TriggerId } from '../catalog/triggers/index.js';
import { useCaseById, USE_CASES, USE_CASE_IDS } from '../catalog/use-cases.js';
import { defaultImageRepo } from '../container.js';
import { AUTO_DOMAIN, NO_DOMAIN } from '../domain.js';
import { customDomain, functionName, imageRepository, nonEmpty, port } from '../validators.js';
import { parseSetting } from '../settings.js';
import { PRODUCTION_QUESTIONS } from '../catalog/function-settings/index.js';
import { hasHttpFunction, IN_CONTAINER, ON_CUSTOM_RUNTIME, withTrigger } from './conditions.js';
import { DEFAULT_NAME, functionNameFrom } from './names.js';
import type { AnswerValue, Question, Resolved } from './types.js';
import { listValues, textOf } from './values.js';

import { checked, oneOf, parseTriggers } from './parsing.js';
import { acceptFramework, dropsWebFunction, runtimeLanguages, webRuntimeFor, webRuntimeReason, languageProblem, serverEventsProblem, namesServerFramework, defaultLanguage, defaultRuntime, fittingFrameworks, frameworkDefault, recommendationFor, runtimeProblem } from './runtime-rules.js';

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
    check: nonEmpty,
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
    // Only the triggers the generation's component can create.
    fitting: (resolved) => TRIGGER_IDS.filter((id) => triggerGenerationProblem(id, resolved.fcVersion) === undefined),
    aliases: TRIGGERS.flatMap((trigger) => trigger.aliases),
    choiceLabel: (id) => TRIGGERS.find((trigger) => trigger.id === id)?.label ?? id,
    // A web framework named with no trigger or use case is served over HTTP: `--framework flask` alone is a Flask app.
    default: (resolved) => (namesServerFramework(resolved) && resolved.given.useCases === undefined ? ['http'] : []),
    accept: (value, resolved) => {
      resolved.triggers = parseTriggers(listValues(value ?? []));
      for (const id of resolved.triggers) {
        const problem = triggerGenerationProblem(id, resolved.fcVersion);
        if (problem) throw invalidValue('--trigger', id, problem);
      }
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
    // Only use cases whose trigger the generation's component can create.
    fitting: (resolved) => USE_CASE_IDS.filter((id) => triggerGenerationProblem(useCaseById(id).trigger, resolved.fcVersion) === undefined),
    staticDefault: [],
    accept: (value, resolved) => {
      resolved.useCases = listValues(value).map((item) => oneOf('use-case', item, USE_CASE_IDS));
      for (const id of resolved.useCases) {
        const problem = triggerGenerationProblem(useCaseById(id).trigger, resolved.fcVersion);
        if (problem) throw invalidValue('--use-case', id, problem);
      }
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
    help: () => t('question.runtime.help', { runtime: DEFAULT_RUNTIME }),
    choices: RUNTIME_IDS,
    fitting: (resolved) => RUNTIMES.filter((runtime) => runtimeProblem(runtime, resolved) === undefined).map((runtime) => runtime.id),
    // A built-in runtime where a web function is recommended gives an event function instead: the wizard says so.
    choiceLabel: (id, resolved) => {
      const runtime = runtimeById(id as RuntimeId);
      const host = webRuntimeFor(runtime, resolved);
      if (host) return t('question.runtime.webFunctionOn', { label: runtime.label, runtime: host.id });
      return dropsWebFunction(runtime, resolved) ? t('question.runtime.noWebFunction', { label: runtime.label }) : runtime.label;
    },
    staticDefault: DEFAULT_RUNTIME,
    default: defaultRuntime,
    accept: (value, resolved) => {
      const id = oneOf('runtime', value ?? DEFAULT_RUNTIME, RUNTIME_IDS);
      const runtime = runtimeById(id);
      const problem = runtimeProblem(runtime, resolved);
      if (problem) throw invalidValue('--runtime', id, problem);
      // A built-in runtime named for FC 3.0's web function names its language; the server runs on a custom runtime.
      const host = webRuntimeFor(runtime, resolved);
      resolved.runtime = host ?? runtime;
      resolved.namedRuntime = host ? runtime : undefined;
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
    fitting: (resolved) => runtimeLanguages(resolved).filter((language) => !languageProblem(resolved.runtime, language) && !serverEventsProblem(resolved, language) && !triggerLanguageProblem(chosenTriggers(resolved), language)),
    choiceLabel: (id) => LANGUAGE_LABELS[id as Language],
    asked: (resolved) => runtimeLanguages(resolved).length > 1,
    default: defaultLanguage,
    accept: (value, resolved) => {
      const language = oneOf('language', value ?? defaultLanguage(resolved), LANGUAGE_IDS);
      const named = resolved.namedRuntime;
      const problem = (named ? languageProblem(named, language) : undefined) ?? languageProblem(resolved.runtime, language) ?? serverEventsProblem(resolved, language) ?? triggerLanguageProblem(chosenTriggers(resolved), language);
      if (problem) throw invalidValue('--language', language, problem);
      resolved.language = language;
      const recommendation = recommendationFor(resolved, resolved.runtime.family === 'custom');
      const why = webRuntimeReason(resolved);
      resolved.recommendation = why ? { ...recommendation, reasons: [why, ...recommendation.reasons] } : recommendation;
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
    fitting: (resolved) => regionsOffering(resolved.runtime, resolved.fcVersion),
    choiceLabel: (id) => catalogText(`region.${id}`),
    staticDefault: DEFAULT_REGION,
    accept: (value, resolved) => {
      const { fcVersion, runtime } = resolved;
      const region = oneOf('region', value ?? DEFAULT_REGION, ALL_REGION_IDS);
      const problem = regionProblem(runtime, fcVersion, region);
      if (problem) throw invalidValue('--region', region, problem);
      resolved.region = region;
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
    // No default: left unset, the images go to the region's registry, which follows vars.region in s.yaml.
    suggestion: (resolved) => defaultImageRepo(resolved.region, resolved.name),
    appliesTo: IN_CONTAINER,
    accept: (value, resolved) => {
      if (value !== undefined) resolved.imageRepo = checked('image-repo', textOf(value), imageRepository);
    },
  },
  {
    key: 'domain',
    flag: 'domain',
    kind: 'text',
    group: 'function',
    prompt: () => t('question.domain.prompt'),
    help: () => t('question.domain.help'),
    check: customDomain,
    staticDefault: AUTO_DOMAIN,
    appliesTo: withTrigger('http'),
    flagOnly: true,
    accept: (value, resolved) => {
      const domain = checked('domain', textOf(value ?? AUTO_DOMAIN), customDomain);
      if (domain !== NO_DOMAIN) resolved.domain = domain.toLowerCase();
    },
  },
  {
    key: 'ci',
    flag: 'ci',
    kind: 'choice',
    group: 'project',
    prompt: () => t('question.ci.prompt'),
    help: () => t('question.ci.help'),
    choices: CI_IDS,
    fitting: (resolved) => CI_IDS.filter((id) => ciProblem(id, resolved) === undefined),
    choiceLabel: (id) => (id === 'none' ? t('question.ci.none') : `${ciProviderById(id)?.label ?? id} (${ciProviderById(id)?.path ?? ''})`),
    staticDefault: 'none',
    accept: (value, resolved) => {
      const id = oneOf('ci', value ?? 'none', CI_IDS);
      const problem = ciProblem(id, resolved);
      if (problem) throw invalidValue('--ci', id, problem);
      resolved.ci = id;
    },
  },
];

/** Why a project cannot use a CI provider, from the provider's own rule; undefined: it can (and `none` always can). */
function ciProblem(id: string, resolved: Resolved): string | undefined {
  const provider = ciProviderById(id);
  if (!provider) return undefined;
  const runtime = resolved.runtime;
  return provider.unsupported({ codeFamily: codeFamilyOf(runtime, resolved.language), hosting: hostingOf(runtime) });
}

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
    accept: (value, resolved) => {
      resolved.git = value !== false;
    },
  },
];

export { parseTriggers } from './parsing.js';

/** Every question, in the order the wizard asks and the answers are checked. */
export const QUESTIONS: readonly Question[] = [...PROJECT_QUESTIONS, ...SETTING_QUESTIONS, ...PRODUCTION_QUESTIONS, ...STEP_QUESTIONS];

/** The question of an answers key. */
export function questionByKey(key: string): Question | undefined {
  return QUESTIONS.find((question) => question.key === key);
}

/** The triggers the answers name, by flag or through a use case: every one must have code in the language. */
function chosenTriggers(resolved: Resolved): TriggerId[] {
  return [...new Set([...resolved.triggers, ...resolved.useCases.map((id) => useCaseById(id).trigger)])];
}
