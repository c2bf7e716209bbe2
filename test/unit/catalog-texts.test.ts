import { afterEach, describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../generators/core/catalog/frameworks.js';
import { describeFunctions, FUNCTION_TYPE_IDS, FUNCTION_TYPES, functionTypeLabel } from '../../generators/core/catalog/function-types.js';
import { FC_VERSION_IDS, forGeneration, GENERATIONS } from '../../generators/core/catalog/generations.js';
import { RULES } from '../../generators/core/catalog/rules.js';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { TRIGGER_IDS, TRIGGER_SETTINGS, TRIGGERS, triggerById, triggerGenerationProblem, triggerMakes, type TriggerId, type TriggerSetting } from '../../generators/core/catalog/triggers/index.js';
import { USE_CASES } from '../../generators/core/catalog/use-cases.js';
import { verificationOf } from '../../generators/core/catalog/verification.js';
import { UserError } from '../../generators/core/errors.js';
import { andList, setLocale } from '../../generators/core/i18n/index.js';
import { recommend, type RecommendationInput } from '../../generators/core/recommend.js';

const CJK = /[\u4e00-\u9fff]/;

/** Every catalog text a person reads, named by where it comes from, read now (in the current language). */
function catalogTexts(): [string, string][] {
  return [
    ...TRIGGERS.flatMap((trigger): [string, string][] => [
      [`trigger ${trigger.id} label`, trigger.label],
      [`trigger ${trigger.id} summary`, trigger.summary],
      ...(trigger.settings as readonly TriggerSetting[]).map((setting): [string, string] => [`setting ${setting.key}`, setting.message]),
      ...FC_VERSION_IDS.map((id): [string, string] => [`trigger ${trigger.id} makes on fc${id}`, triggerMakes(trigger, id)]),
    ]),
    ...TRIGGER_SETTINGS.map((setting): [string, string] => [`TRIGGER_SETTINGS ${setting.key}`, setting.message]),
    ...USE_CASES.flatMap((useCase): [string, string][] => [
      [`use case ${useCase.id} label`, useCase.label],
      ...FC_VERSION_IDS.map((id): [string, string] => [`use case ${useCase.id} why on fc${id}`, forGeneration<string>(useCase.why, id)]),
    ]),
    ...FC_VERSION_IDS.flatMap((id): [string, string][] => [
      [`generation ${id} summary`, GENERATIONS[id].summary],
      [`generation ${id} httpTriggerMakes`, GENERATIONS[id].httpTriggerMakes],
    ]),
    ...FUNCTION_TYPE_IDS.flatMap((type): [string, string][] => [
      [`function type ${type} label`, FUNCTION_TYPES[type].label],
      [`function type ${type} bestFor`, FUNCTION_TYPES[type].bestFor],
      ...FC_VERSION_IDS.map((id): [string, string] => [`function type ${type} on fc${id}`, functionTypeLabel(type, id)]),
    ]),
    ...Object.entries(RULES).flatMap(([rule, text]) => FC_VERSION_IDS.map((id): [string, string] => [`rule ${rule} on fc${id}`, forGeneration<string>(text, id)])),
    ...RUNTIMES.map((runtime): [string, string] => [`runtime ${runtime.id} verification`, verificationOf(runtime).detail]),
    ...RUNTIMES.filter((runtime) => runtime.family === 'custom').map((runtime): [string, string] => [`runtime ${runtime.id} label`, runtime.label]),
    ...FRAMEWORKS.filter((framework) => framework.id === 'none').map((framework): [string, string] => ['framework none label', framework.label]),
  ];
}

const INPUTS: RecommendationInput[] = [
  { triggers: ['http', 'oss'], useCases: [], fcVersion: '2' },
  { triggers: ['http', 'oss'], useCases: [], fcVersion: '3' },
  { triggers: ['oss', 'timer', 'log'], useCases: ['scheduled-job', 'rest-api'], fcVersion: '3' },
  { triggers: [], useCases: ['web-app', 'file-processing'], fcVersion: '3' },
  { triggers: [], useCases: [], fcVersion: '2' },
  { triggers: ['none', 'oss'], useCases: ['messaging'], fcVersion: '2', type: 'event' },
  { triggers: ['http', 'timer'], useCases: [], fcVersion: '3', customRuntime: true },
];

/** Every sentence of a recommendation: its reasons, warnings and alternatives' reasons. */
function recommendationTexts(input: RecommendationInput): string[] {
  const result = recommend(input);
  return [...result.reasons.map((reason) => reason.message), ...result.warnings, ...result.alternatives.map((alternative) => alternative.reason.message)];
}

afterEach(() => setLocale('en'));

/** The triggers as a reason lists them, from the catalog. */
const inList = (ids: readonly string[]) => andList(ids.map((id) => triggerById(id as TriggerId).inList));

describe('catalog texts in Chinese', () => {
  it('every catalog text is Chinese, with every placeholder filled', () => {
    setLocale('zh-CN');
    for (const [where, text] of catalogTexts()) {
      expect(text, where).toMatch(CJK);
      expect(text, where).not.toMatch(/[{}]/);
    }
  });

  it.each(INPUTS.map((input) => [JSON.stringify(input), input] as const))('every sentence of the recommendation for %s is Chinese', (_, input) => {
    setLocale('zh-CN');
    const texts = recommendationTexts(input);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toMatch(CJK);
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('names the triggers in the reason in Chinese word order', () => {
    setLocale('zh-CN');
    expect(recommendationTexts({ triggers: ['oss', 'timer', 'log'], useCases: [], fcVersion: '2' })[0]).toMatch(/^timer、oss 和 log 触发器对应一个事件函数。事件函数/);
    expect(describeFunctions([{ type: 'http', triggers: ['http'] }, { type: 'event', triggers: ['oss', 'timer'] }], '3')).toBe('Web函数（http） + 事件函数（oss, timer）');
  });

  it('says a --type conflict in Chinese', () => {
    setLocale('zh-CN');
    const conflict = () => recommend({ triggers: ['oss'], useCases: [], fcVersion: '2', type: 'http' });
    expect(conflict).toThrow(UserError);
    expect(conflict).toThrow(/^--type http 与 --trigger oss 冲突：HTTP函数只接受 HTTP触发器/);
  });

  it('follows the language chosen after the catalogs were loaded', () => {
    const oss = TRIGGERS.find((trigger) => trigger.id === 'oss');
    expect(oss?.label).toBe('OSS object events');
    setLocale('zh-CN');
    expect(oss?.label).toBe('OSS 对象事件');
    expect(TRIGGER_SETTINGS.find((setting) => setting.key === 'ossBucket')?.message).toBe('OSS 存储空间（Bucket）名称');
  });
});

describe('catalog texts in English', () => {
  it('are the texts the catalogs always had', () => {
    setLocale('en');
    const texts = new Map(catalogTexts());
    expect(texts.get('trigger oss label')).toBe('OSS object events');
    expect(texts.get('trigger none summary')).toBe('invoked directly with InvokeFunction from an SDK, the CLI or another service');
    expect(texts.get('setting ossRole')).toBe('Existing RAM role (name or ARN) OSS invokes the function with; empty: the deploy creates or reuses one');
    expect(texts.get('TRIGGER_SETTINGS cron')).toBe('Cron expression (seconds first, UTC)');
    expect(texts.get('use case framework-migration label')).toBe('Migrate a web framework app (Express, Flask, net/http...)');
    expect(texts.get('generation 2 httpTriggerMakes')).toBe('an HTTP function (request, response), with no other trigger');
    expect(texts.get('runtime custom.debian11 label')).toBe('Custom runtime, Debian 11');
    expect(texts.get('function type http on fc3')).toBe('Web function');
    expect(texts.get('framework none label')).toBe('None: node:http or a standard-library WSGI server');
  });

  it.each(['en', 'zh-CN'] as const)('name, in %s, every catalog trigger an event function takes, in catalog order, where a reason lists them', (locale) => {
    setLocale(locale);
    for (const fcVersion of FC_VERSION_IDS) {
      const text = forGeneration<string>(RULES['event-triggers'], fcVersion);
      const taken = TRIGGER_IDS.filter((id) => (fcVersion === '3' || id !== 'http') && triggerGenerationProblem(id, fcVersion) === undefined);
      const at = taken.map((id) => text.indexOf(triggerById(id as TriggerId).inList));
      expect(at.every((index) => index >= 0), `${fcVersion}: ${text}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('give the recommendation its reasons, word for word', () => {
    setLocale('en');
    expect(recommendationTexts({ triggers: ['http', 'oss'], useCases: [], fcVersion: '2' })).toEqual([
      'The http trigger makes an HTTP function. HTTP functions accept only the HTTP trigger (one per version or alias) and get the request and response objects directly.',
      `The oss trigger makes an event function. Event functions accept every trigger except HTTP: ${inList(TRIGGER_IDS.filter((id) => id !== 'http' && triggerGenerationProblem(id, '2') === undefined))}.`,
      'In FC 2.0 a function with an HTTP trigger can have no other trigger, so HTTP and the other triggers need two functions.',
    ]);
    expect(recommendationTexts({ triggers: ['oss', 'timer', 'log'], useCases: ['scheduled-job'], fcVersion: '3' }).slice(0, 2)).toEqual([
      'scheduled-job: a schedule is a timer trigger, so the timer trigger.',
      `The timer, oss and log triggers make an event function. Event functions accept every trigger: ${inList(TRIGGER_IDS.filter((id) => triggerGenerationProblem(id, '3') === undefined))}.`,
    ]);
    expect(() => recommend({ triggers: ['oss'], useCases: [], fcVersion: '2', type: 'http' })).toThrow(
      '--type http conflicts with --trigger oss: HTTP functions accept only the HTTP trigger (one per version or alias) and get the request and response objects directly. Use --type auto to get the recommended function(s), or change the triggers. Valid choices: auto, event, http.',
    );
  });
});
