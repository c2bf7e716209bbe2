import { basename } from 'node:path';
import type Generator from 'yeoman-generator';
import pc from 'picocolors';
import { UserError } from '../core/errors.js';
import { familyOf } from '../core/catalog/families/index.js';
import { FRAMEWORKS, migrationFramework } from '../core/catalog/frameworks.js';
import { describeFunctions, FUNCTION_TYPES } from '../core/catalog/function-types.js';
import { DEFAULT_FC_VERSION, FC_VERSION_IDS, GENERATIONS, type FcVersion } from '../core/catalog/generations.js';
import { LANGUAGE_LABELS, type Language } from '../core/catalog/languages.js';
import { DEFAULT_CUSTOM_RUNTIME, isContainerRuntime, RUNTIMES, runtimeById, type RuntimeId } from '../core/catalog/runtimes.js';
import { TRIGGERS, TRIGGER_SETTINGS, type TriggerSetting } from '../core/catalog/triggers/index.js';
import { USE_CASES, type UseCaseId } from '../core/catalog/use-cases.js';
import { DEFAULT_NAME, field } from '../core/fields.js';
import { defaultImageRepo } from '../core/container.js';
import { recommend, type Recommendation } from '../core/recommend.js';
import { listValues, parseSetting, parseTriggers, type RawAnswers } from '../core/validate.js';
import { nonEmpty } from '../core/validators.js';
import { targetProblem } from '../target-dir.js';
import { pickHint } from './pick-hint.js';

/**
 * Asks one question, given in Inquirer's question form (type, message, choices, default,
 * validate); `name` is the answer's key (a field or setting key), which tests answer by.
 */
export type Ask = <T>(name: string, question: Record<string, unknown>) => Promise<T>;

/** Asks through a Yeoman generator's prompt adapter, so Yeoman users and yeoman-test answer as usual. */
export function generatorAsk(generator: Generator): Ask {
  return async <T>(name: string, question: Record<string, unknown>) => {
    const answers = await generator.prompt([{ ...question, name }] as never);
    return (answers as Record<string, T>)[name] as T;
  };
}

/** A validate function for prompts from a check that returns a problem or undefined. */
function validator(check: ((value: string) => string | undefined) | undefined) {
  return (value: string) => check?.(value) ?? true;
}

/** One line per function, e.g. "HTTP function (http) + Event function (oss, timer)"; FC 3.0 names web functions. */
export function describeRecommendation(recommendation: Recommendation, fcVersion: FcVersion): string {
  return describeFunctions(recommendation.functions, fcVersion);
}

function showRecommendation(log: (text: string) => void, recommendation: Recommendation, fcVersion: FcVersion): void {
  log(`\n${pc.bold('Recommended:')} ${pc.cyan(describeRecommendation(recommendation, fcVersion))}`);
  for (const reason of recommendation.reasons) log(`  ${pc.green('•')} ${reason.message}`);
  for (const alternative of recommendation.alternatives) log(`  ${pc.blue('→')} ${alternative.reason.message} ${pickHint(alternative.flags)}`);
  for (const warning of recommendation.warnings) log(`  ${pc.yellow('!')} ${warning}`);
  log('');
}

/** Asks the function type until it agrees with the triggers; returns the final recommendation. */
async function askType(ask: Ask, log: (text: string) => void, answers: RawAnswers, fcVersion: FcVersion): Promise<Recommendation> {
  const input = { triggers: parseTriggers(listValues(answers.triggers)), useCases: listValues(answers.useCases) as UseCaseId[], fcVersion };
  const recommended = recommend({ ...input, type: 'auto' });
  showRecommendation(log, recommended, fcVersion);
  if (answers.type !== undefined) return recommend({ ...input, type: answers.type as 'auto' });
  for (;;) {
    const type = await ask<string>('type', {
      type: 'select',
      message: 'Function type',
      choices: [
        { name: `Use the recommendation: ${describeRecommendation(recommended, fcVersion)}`, value: 'auto' },
        { name: `${FUNCTION_TYPES.event.label} only`, value: 'event' },
        { name: fcVersion === '3' ? 'Web function only (a custom runtime running your own HTTP server)' : `${FUNCTION_TYPES.http.label} only`, value: 'http' },
      ],
    });
    try {
      const chosen = recommend({ ...input, type: type as 'auto' });
      answers.type = type;
      return chosen;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      log(pc.red(error.message));
    }
  }
}

/** Inquirer's checkbox validates the selected choice objects, input validates the text. */
type PromptValue = string | readonly (string | { value: string })[];

function plainValue(value: PromptValue): string | string[] {
  return typeof value === 'string' ? value : value.map((item) => (typeof item === 'string' ? item : item.value));
}

/** The wizard question for a trigger setting, checked by the same parser as its flag. */
export function settingQuestion(setting: TriggerSetting & { trigger: string }): Record<string, unknown> {
  const validate = (value: PromptValue) => {
    try {
      parseSetting(setting, plainValue(value));
      return true;
    } catch (error) {
      if (error instanceof UserError) return error.message;
      throw error;
    }
  };
  const message = `${setting.message} ${pc.dim(`(${setting.trigger})`)}`;
  if (setting.kind === 'list' && setting.choices) {
    return { type: 'checkbox', message, choices: setting.choices.map((choice) => ({ name: choice, value: choice, checked: setting.default.includes(choice) })), validate };
  }
  if (setting.kind === 'choice' && setting.choices) {
    return { type: 'select', message, choices: setting.choices.map((choice) => ({ name: choice, value: choice })), default: setting.default };
  }
  const shown = typeof setting.default === 'string' ? setting.default : setting.default.join(',');
  return { type: 'input', message: setting.kind === 'list' ? `${message} ${pc.dim('comma-separated')}` : message, default: shown, validate };
}

/** Asks every question the flags left open, in the wizard's order; returns the completed answers. */
export async function askQuestions(ask: Ask, log: (text: string) => void, given: RawAnswers, defaults: { install: boolean; git: boolean; force: boolean; base: string }): Promise<RawAnswers> {
  const answers: RawAnswers = { ...given, settings: { ...given.settings } };
  if (answers.fcVersion === undefined) {
    answers.fcVersion = await ask<string>('fcVersion', {
      type: 'select',
      message: 'FC generation',
      default: DEFAULT_FC_VERSION,
      choices: FC_VERSION_IDS.map((id) => ({ name: `${GENERATIONS[id].label} ${pc.dim(`(${GENERATIONS[id].summary})`)}`, short: GENERATIONS[id].label, value: id })),
    });
  }
  const fcVersion = answers.fcVersion as FcVersion;

  if (answers.directory === undefined && answers.name === undefined) {
    // A target that cannot be used is refused here, with the reason, so nothing is asked after it.
    const usable = (value: string) => nonEmpty(value) ?? targetProblem(value, defaults.force, defaults.base);
    answers.directory = await ask<string>('directory', { type: 'input', message: 'Project directory', default: DEFAULT_NAME, validate: validator(usable) });
  }
  if (answers.triggers === undefined) {
    answers.triggers = await ask<string[]>('triggers', {
      type: 'checkbox',
      message: field('triggers').message.replace(' (repeatable)', ''),
      choices: TRIGGERS.map((trigger) => ({ name: `${trigger.label} ${pc.dim(`(${trigger.id})`)}`, short: trigger.id, value: trigger.id, description: trigger.summary })),
    });
  }
  if (answers.useCases === undefined) {
    answers.useCases = await ask<string[]>('useCases', {
      type: 'checkbox',
      message: field('useCases').message.replace(' (repeatable)', ''),
      choices: USE_CASES.map((useCase) => ({ name: `${useCase.label} ${pc.dim(`(${useCase.id})`)}`, short: useCase.id, value: useCase.id })),
    });
  }
  const recommendation = await askType(ask, log, answers, fcVersion);

  if (answers.runtime === undefined) {
    answers.runtime = await ask<string>('runtime', {
      type: 'select',
      message: field('runtime').message,
      // An FC 3.0 web function runs only on a custom runtime.
      choices: RUNTIMES.filter((runtime) => (runtime.generations as readonly string[]).includes(fcVersion))
        .filter((runtime) => !(fcVersion === '3' && answers.type === 'http') || runtime.family === 'custom')
        .map((runtime) => ({ name: `${runtime.label} (${runtime.id})`, value: runtime.id })),
      // A web function, or a migrated app, starts on the runtime that runs it.
      default: recommendation.functions.some((fn) => fn.type === 'http') && (fcVersion === '3' || listValues(answers.useCases).includes('framework-migration')) ? DEFAULT_CUSTOM_RUNTIME : undefined,
    });
  }
  const runtime = runtimeById(answers.runtime as RuntimeId);
  if (answers.language === undefined) {
    answers.language =
      runtime.languages.length === 1
        ? runtime.languages[0]
        : await ask<string>('language', { type: 'select', message: 'Language', choices: runtime.languages.map((id) => ({ name: LANGUAGE_LABELS[id], value: id })) });
  }
  if (runtime.family === 'custom') {
    const final = recommend({ triggers: parseTriggers(listValues(answers.triggers)), useCases: listValues(answers.useCases) as UseCaseId[], fcVersion, type: answers.type as 'auto', customRuntime: true });
    const language = answers.language as Language;
    if (answers.framework === undefined && final.functions.some((fn) => fn.type === 'http')) {
      answers.framework = await ask<string>('framework', {
        type: 'select',
        message: 'Web framework',
        default: listValues(answers.useCases).includes('framework-migration') ? migrationFramework(language) : 'none',
        choices: FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes(language)).map((framework) => ({ name: framework.label, short: framework.id, value: framework.id })),
      });
    }
    if (answers.port === undefined) {
      answers.port = await ask<string>('port', { type: 'input', message: field('port').message, default: String(field('port').default), validate: validator(field('port').check) });
    }
  }
  if (answers.name === undefined) {
    answers.name = await ask<string>('name', {
      type: 'input',
      message: 'Function name',
      default: basename(answers.directory ?? DEFAULT_NAME),
      validate: validator(field('name').check),
    });
  }
  if (isContainerRuntime(runtime) && answers.imageRepo === undefined) {
    const regional = defaultImageRepo(answers.region ?? String(field('region').default), answers.name);
    const repo = await ask<string>('imageRepo', { type: 'input', message: 'Registry repository for the images', default: regional, validate: validator(field('imageRepo').check) });
    // The default stays the region's registry, which follows vars.region in s.yaml.
    if (repo !== regional) answers.imageRepo = repo;
  }

  const triggers = recommendation.functions.flatMap((fn) => fn.triggers);
  const settings: Record<string, string | readonly string[] | undefined> = { ...answers.settings };
  for (const setting of TRIGGER_SETTINGS.filter((candidate) => triggers.includes(candidate.trigger) && !candidate.flagOnly && settings[candidate.key] === undefined)) {
    settings[setting.key] = await ask<string | string[]>(setting.key, settingQuestion(setting));
  }
  answers.settings = settings;

  const family = familyOf(runtime, answers.language as Language);
  if (answers.install === undefined && family.install) {
    answers.install = await ask<boolean>('install', { type: 'confirm', message: `Run ${family.install} now?`, default: defaults.install });
  }
  if (answers.git === undefined) {
    answers.git = await ask<boolean>('git', { type: 'confirm', message: 'Initialise a git repository?', default: defaults.git });
  }
  return answers;
}
