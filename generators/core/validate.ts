import { basename } from 'node:path/posix';
import { choicesText, invalidValue, UserError } from './errors.js';
import { FC_VERSION_IDS, type FcVersion } from './catalog/generations.js';
import { TYPE_CHOICES, type FunctionType, type TypeChoice } from './catalog/function-types.js';
import { LANGUAGE_IDS, type Language } from './catalog/languages.js';
import { DEFAULT_PORT, FRAMEWORK_IDS, FRAMEWORKS, frameworkById, migrationFramework, type FrameworkId } from './catalog/frameworks.js';
import { DEFAULT_CUSTOM_RUNTIME, DEFAULT_RUNTIME, isContainerRuntime, RUNTIME_IDS, RUNTIMES, runtimeById, type Runtime, type RuntimeId } from './catalog/runtimes.js';
import { TRIGGERS, TRIGGER_SETTINGS, triggerIdFor, type TriggerId } from './catalog/triggers/index.js';
import type { SettingValues, TriggerSetting } from './catalog/triggers/types.js';
import { USE_CASE_IDS, useCaseById, type UseCaseId } from './catalog/use-cases.js';
import { DEFAULT_NAME, field, type FieldKey } from './fields.js';
import { recommend, type Recommendation } from './recommend.js';
import { literalText } from './validators.js';

/** Answers as flags and prompts give them: unchecked text. */
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
  /** Per-trigger settings by setting key (`ossBucket`, `cron`, ...). */
  settings?: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Custom runtimes: the web function's framework and the server's port. */
  framework?: string;
  port?: string;
  /** Custom containers: the registry repository their images are pushed to. */
  imageRepo?: string;
  /** Wizard answers about the steps after writing. */
  install?: boolean;
  git?: boolean;
}

export interface FunctionSpec {
  name: string;
  type: FunctionType;
  triggers: TriggerId[];
}

/** A checked, complete description of the project to write. */
export interface ProjectSpec {
  directory: string;
  /** The name given; also the FC 2.0 service name. */
  name: string;
  fcVersion: FcVersion;
  region: string;
  runtime: RuntimeId;
  language: Language;
  type: TypeChoice;
  /** The triggers the user named (aliases resolved); the functions' triggers may add or drop `none`. */
  triggers: TriggerId[];
  useCases: UseCaseId[];
  recommendation: Recommendation;
  functions: FunctionSpec[];
  /** Settings of the project's triggers, defaults filled in. */
  settings: SettingValues;
  /** Custom runtimes only: the web function's framework, and the port the servers listen on. */
  framework?: FrameworkId;
  port?: number;
  /** Custom containers only: the registry repository of the functions' images, when one was named (else the region's). */
  imageRepo?: string;
  /** Flags whose value was not given and took the default. */
  defaulted: string[];
}

function oneOf<T extends string>(key: FieldKey, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw invalidValue(`--${field(key).flag}`, value, choicesText(choices));
}

function checked(flag: string, value: string, check: ((value: string) => string | undefined) | undefined): string {
  const problem = check?.(value);
  if (problem) throw invalidValue(flag, value, problem);
  return value;
}

/** Splits repeated and comma-separated list values. */
export function listValues(values: string | readonly string[] | undefined): string[] {
  const items = typeof values === 'string' ? [values] : [...(values ?? [])];
  return items.flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => item !== '');
}

/** Resolves trigger names and aliases to ids. */
export function parseTriggers(values: readonly string[]): TriggerId[] {
  return values.map((value) => {
    const id = triggerIdFor(value);
    if (id) return id;
    const accepted = TRIGGERS.flatMap((trigger) => [trigger.id, ...trigger.aliases]);
    throw invalidValue('--trigger', value, choicesText(accepted));
  });
}

/** Checks a per-trigger setting, returning its normalised value; every value goes into s.yaml, so none may hold a deploy-time expression. */
export function parseSetting(setting: TriggerSetting, value: string | readonly string[]): string | string[] {
  const flag = `--${setting.flag}`;
  if (setting.kind === 'list') {
    const items = listValues(value);
    if (items.length === 0) throw invalidValue(flag, value, `Give at least one value.${setting.choices ? ` ${choicesText(setting.choices)}` : ''}`);
    for (const item of items) {
      checked(flag, item, literalText);
      if (setting.choices && !setting.choices.includes(item)) throw invalidValue(flag, item, choicesText(setting.choices));
      checked(flag, item, setting.check);
    }
    return items;
  }
  const single = typeof value === 'string' ? value : value.join(',');
  checked(flag, single, literalText);
  if (setting.kind === 'choice' && setting.choices && !setting.choices.includes(single)) {
    throw invalidValue(flag, single, choicesText(setting.choices));
  }
  return checked(flag, single, setting.check);
}

/** Checks a function name. */
export function parseName(value: string, flag = '--name'): string {
  return checked(flag, value, field('name').check);
}

function resolveNames(raw: RawAnswers): { name: string; directory: string } {
  if (raw.name !== undefined) return { name: parseName(raw.name), directory: raw.directory ?? raw.name };
  if (raw.directory === undefined) return { name: DEFAULT_NAME, directory: DEFAULT_NAME };
  const fromDirectory = basename(raw.directory.replaceAll('\\', '/').replace(/\/+$/, ''));
  if (field('name').check?.(fromDirectory)) {
    throw invalidValue('function name taken from the directory', fromDirectory, `${field('name').check?.(fromDirectory)} Pass --name.`);
  }
  return { name: fromDirectory, directory: raw.directory };
}

function functionNames(name: string, count: number, type: FunctionType): string {
  if (count === 1) return name;
  const suffixed = `${name}-${type}`;
  return checked(`--name (with the "-${type}" suffix of a two-function project)`, suffixed, field('name').check);
}

/** Fills in the settings of the project's triggers and rejects settings for triggers it lacks. */
function resolveSettings(raw: RawAnswers, triggers: readonly TriggerId[], defaulted: string[]): SettingValues {
  const settings: Record<string, string | string[]> = {};
  for (const setting of TRIGGER_SETTINGS) {
    const given = raw.settings?.[setting.key];
    if (!triggers.includes(setting.trigger)) {
      if (given !== undefined) {
        throw new UserError(
          `--${setting.flag} applies to the ${setting.trigger} trigger, which this project does not have (${triggers.join(', ')}). Add --trigger ${setting.trigger} or drop --${setting.flag}.`,
        );
      }
      continue;
    }
    if (given === undefined) defaulted.push(`--${setting.flag}`);
    settings[setting.key] = parseSetting(setting, given ?? setting.default);
  }
  return settings;
}

/** Checks every answer and completes it with defaults: the one gate before anything is written. */
export function resolveProject(raw: RawAnswers): ProjectSpec {
  const defaulted: string[] = [];
  const given = <T extends string | readonly string[]>(key: FieldKey, value: T | undefined, fallback: T): T => {
    if (value !== undefined) return value;
    defaulted.push(`--${field(key).flag}`);
    return fallback;
  };

  const fcVersion = oneOf('fcVersion', given('fcVersion', raw.fcVersion, '2'), FC_VERSION_IDS);
  const triggers = parseTriggers(listValues(raw.triggers));
  const useCases = listValues(raw.useCases).map((value) => oneOf('useCases', value, USE_CASE_IDS));
  const type = oneOf('type', given('type', raw.type, 'auto'), TYPE_CHOICES);
  const framework = raw.framework === undefined ? undefined : oneOf('framework', raw.framework, FRAMEWORK_IDS);
  const namedRuntime = raw.runtime === undefined ? undefined : runtimeById(oneOf('runtime', raw.runtime, RUNTIME_IDS));
  // On FC 3.0 a framework's server is a web function, so it plans as a custom runtime would.
  const serverFramework = framework !== undefined && framework !== 'none';
  const customRuntime = namedRuntime ? namedRuntime.family === 'custom' : fcVersion === '3' && serverFramework ? true : undefined;
  const planned = recommend({ triggers, useCases, fcVersion, type, customRuntime });
  const runtimeId = oneOf('runtime', given('runtime', raw.runtime, defaultRuntime(fcVersion, planned, framework, serverFramework, useCases)), RUNTIME_IDS);
  const runtime = runtimeById(runtimeId);
  if (!runtime.generations.includes(fcVersion)) {
    throw invalidValue('--runtime', runtimeId, `FC ${fcVersion} offers: ${RUNTIME_IDS.filter((id) => runtimeById(id).generations.includes(fcVersion)).join(', ')}.`);
  }
  // A framework's language comes first among the runtime's, so `--framework flask` alone makes a Python project.
  const frameworkLanguages: readonly string[] = framework ? frameworkById(framework).languages : [];
  const defaultLanguage = runtime.languages.find((id) => frameworkLanguages.includes(id)) ?? runtime.languages[0];
  const language = oneOf('language', given('language', raw.language, defaultLanguage as string), LANGUAGE_IDS);
  if (!(runtime.languages as readonly string[]).includes(language)) {
    throw invalidValue('--language', language, `${runtimeId} runs ${runtime.languages.join(' or ')}.`);
  }
  const region = checked('--region', given('region', raw.region, field('region').default as string), field('region').check);
  const { name, directory } = resolveNames(raw);
  if (raw.name === undefined) defaulted.push('--name');

  const custom = runtime.family === 'custom';
  const recommendation = recommend({ triggers, useCases, fcVersion, type, customRuntime: custom });
  const functions = recommendation.functions.map((fn) => ({
    name: functionNames(name, recommendation.functions.length, fn.type),
    type: fn.type,
    triggers: fn.triggers,
  }));
  const hasWebFunction = functions.some((fn) => fn.type === 'http');
  if (fcVersion === '3' && hasWebFunction && !custom) {
    throw invalidValue('--runtime', runtimeId, `On FC 3.0 an HTTP function is a web function, which runs on a custom runtime: ${customRuntimes(fcVersion).join(', ')}. Or use --type auto for an event function with the HTTP trigger.`);
  }
  const server = custom
    ? resolveServer(raw, { runtimeId, language, hasWebFunction, useCases, defaulted })
    : resolveBuiltInFramework(raw, { fcVersion, runtimeId, hasHttpFunction: hasWebFunction, useCases });
  const settings = resolveSettings(raw, functions.flatMap((fn) => fn.triggers), defaulted);
  const imageRepo = resolveImageRepo(raw, { runtime, defaulted });

  return { directory, name, fcVersion, region, runtime: runtimeId, language, type, triggers, useCases, recommendation, functions, settings, ...server, ...imageRepo, defaulted };
}

/** A custom container's image repository, when one is named; without one, the images go to the region's registry. */
function resolveImageRepo(raw: RawAnswers, project: { runtime: Runtime; defaulted: string[] }): { imageRepo?: string } {
  if (raw.imageRepo !== undefined) checked('--image-repo', raw.imageRepo, field('imageRepo').check);
  if (!isContainerRuntime(project.runtime)) {
    if (raw.imageRepo !== undefined) {
      throw new UserError(`--image-repo applies to the custom-container runtime; ${project.runtime.id} deploys code, not an image. Use --runtime custom-container or drop --image-repo.`);
    }
    return {};
  }
  if (raw.imageRepo === undefined) {
    project.defaulted.push('--image-repo');
    return {};
  }
  return { imageRepo: checked('--image-repo', raw.imageRepo, field('imageRepo').check) };
}

function customRuntimes(fcVersion: FcVersion): string[] {
  return RUNTIMES.filter((runtime) => runtime.family === 'custom' && (runtime.generations as readonly string[]).includes(fcVersion)).map((runtime) => runtime.id);
}

/**
 * The runtime when none is named: one that runs what was asked for. A named framework's app runs in
 * FC 2.0's WSGI HTTP function where the framework allows (Flask), else on a custom runtime, and so does
 * every migrated app; FC 3.0 serves a web function only from a custom runtime.
 */
function defaultRuntime(fcVersion: FcVersion, planned: Recommendation, framework: FrameworkId | undefined, serverFramework: boolean, useCases: readonly UseCaseId[]): RuntimeId {
  if (!planned.functions.some((fn) => fn.type === 'http')) return DEFAULT_RUNTIME;
  if (fcVersion === '3') return DEFAULT_CUSTOM_RUNTIME;
  const builtIn = framework ? frameworkById(framework).builtIn?.runtimes[0] : undefined;
  if (builtIn) return builtIn;
  const migrating = useCases.some((id) => useCaseById(id).migratesFramework);
  return serverFramework || migrating ? DEFAULT_CUSTOM_RUNTIME : DEFAULT_RUNTIME;
}

/** Flags that only a custom runtime's server takes. */
function customOnly(flag: string, runtimeId: string): UserError {
  return new UserError(
    `--${flag} applies to custom runtimes (web servers); ${runtimeId} is a built-in runtime. Use --runtime ${RUNTIMES.filter((runtime) => runtime.family === 'custom').map((runtime) => runtime.id).join('|')} or drop --${flag}.`,
  );
}

/** A built-in runtime's framework: none, or one whose app an FC 2.0 HTTP function runs itself (Flask behind the WSGI handler). */
function resolveBuiltInFramework(
  raw: RawAnswers,
  project: { fcVersion: FcVersion; runtimeId: RuntimeId; hasHttpFunction: boolean; useCases: readonly UseCaseId[] },
): { framework?: FrameworkId } {
  if (raw.port !== undefined) {
    checked('--port', raw.port, field('port').check);
    throw customOnly('port', project.runtimeId);
  }
  const runsOn = (id: FrameworkId) => project.fcVersion === '2' && project.hasHttpFunction && (frameworkById(id).builtIn?.runtimes ?? []).includes(project.runtimeId);
  if (raw.framework === undefined) {
    // A migration onto a runtime that can run its framework's app gets that framework.
    const migrated = project.useCases.some((id) => useCaseById(id).migratesFramework) ? FRAMEWORK_IDS.find((id) => id !== 'none' && runsOn(id)) : undefined;
    return migrated ? { framework: migrated } : {};
  }
  const framework = oneOf('framework', raw.framework, FRAMEWORK_IDS);
  if (framework === 'none') return {};
  if (runsOn(framework)) return { framework };
  const builtIn = frameworkById(framework).builtIn;
  const where = builtIn ? ` or in FC 2.0 HTTP functions on ${builtIn.runtimes.join(' or ')}` : '';
  const without = project.hasHttpFunction ? '' : ', and this project has no HTTP function';
  throw new UserError(
    `--framework ${framework} does not run on ${project.runtimeId} (FC ${project.fcVersion === '2' ? '2.0' : '3.0'})${without}: its apps run on custom runtimes as their own server${where}. Use --runtime ${DEFAULT_CUSTOM_RUNTIME}, or drop --framework.`,
  );
}

/** The web server settings of a custom runtime: the framework (web functions only) and the port. */
function resolveServer(
  raw: RawAnswers,
  project: { runtimeId: string; language: Language; hasWebFunction: boolean; useCases: readonly UseCaseId[]; defaulted: string[] },
): { framework?: FrameworkId; port?: number } {
  // A bad value is named first, whether or not the flag fits.
  if (raw.framework !== undefined) oneOf('framework', raw.framework, FRAMEWORK_IDS);
  if (raw.port !== undefined) checked('--port', raw.port, field('port').check);
  const port = Number(checked('--port', raw.port ?? String(DEFAULT_PORT), field('port').check));
  if (raw.port === undefined) project.defaulted.push('--port');
  if (!project.hasWebFunction) {
    if (raw.framework !== undefined && raw.framework !== 'none') {
      throw new UserError(`--framework applies to the web (HTTP) function, and this project has none: its custom runtime answers events on POST /invoke. Add --trigger http or drop --framework.`);
    }
    return { port };
  }
  const fitting = FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes(project.language)).map((framework) => framework.id);
  const fallback = project.useCases.some((id) => useCaseById(id).migratesFramework) ? migrationFramework(project.language) : 'none';
  if (raw.framework === undefined) project.defaulted.push('--framework');
  const framework = oneOf('framework', raw.framework ?? fallback, FRAMEWORK_IDS);
  if (!(fitting as readonly string[]).includes(framework)) throw invalidValue('--framework', framework, `${project.language} servers use ${fitting.join(', ')}.`);
  return { framework, port };
}

/** Checks each answer that was given, alone: the wizard asks the rest, so combinations are checked later. */
export function checkGivenAnswers(raw: RawAnswers): void {
  if (raw.fcVersion !== undefined) oneOf('fcVersion', raw.fcVersion, FC_VERSION_IDS);
  if (raw.runtime !== undefined) oneOf('runtime', raw.runtime, RUNTIME_IDS);
  if (raw.language !== undefined) oneOf('language', raw.language, LANGUAGE_IDS);
  if (raw.type !== undefined) oneOf('type', raw.type, TYPE_CHOICES);
  if (raw.name !== undefined) parseName(raw.name);
  if (raw.region !== undefined) checked('--region', raw.region, field('region').check);
  if (raw.framework !== undefined) oneOf('framework', raw.framework, FRAMEWORK_IDS);
  if (raw.port !== undefined) checked('--port', raw.port, field('port').check);
  if (raw.imageRepo !== undefined) checked('--image-repo', raw.imageRepo, field('imageRepo').check);
  parseTriggers(listValues(raw.triggers));
  for (const value of listValues(raw.useCases)) oneOf('useCases', value, USE_CASE_IDS);
  for (const setting of TRIGGER_SETTINGS) {
    const value = raw.settings?.[setting.key];
    if (value !== undefined) parseSetting(setting, value);
  }
}
