import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI_OPTIONS } from '../../generators/cli/options.js';
import { helpText } from '../../generators/cli/help.js';
import { visibleLength } from '../../generators/app/wrap.js';
import { REGION_IDS } from '../../generators/core/catalog/regions.js';
import { LOCALES, setLocale } from '../../generators/core/i18n/index.js';
import { answersOf } from '../../generators/core/questions/answers.js';
import { fc3Cpu, MEMORY_LIMITS } from '../../generators/core/questions/limits.js';
import { functionNameFrom } from '../../generators/core/questions/names.js';
import { answersSchema } from '../../generators/core/questions/schema.js';
import { PROJECT_QUESTIONS, QUESTIONS } from '../../generators/core/questions/table.js';
import { defaultOf, offeredChoices, walkQuestions } from '../../generators/core/questions/walk.js';
import { sYamlText } from '../../generators/core/s-yaml.js';
import { flatAnswers, resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { functionName } from '../../generators/core/validators.js';
import { fc2SchemaErrors } from '../support/fc2-schema.js';
import { fc3PropsErrors } from '../support/fc3-schema.js';
import { referenceAvailable } from '../support/reference.js';
import { rejectionOf } from '../support/rejection.js';

const upstream = referenceAvailable();
const CJK = /[\u4e00-\u9fff]/;

afterEach(() => setLocale('en'));

/** Answers under which a question applies, so its default and checks can be exercised. */
const APPLYING: Record<string, RawAnswers> = {
  framework: { runtime: 'custom.debian10', triggers: ['http'] },
  port: { runtime: 'custom.debian10', triggers: ['http'] },
  imageRepo: { runtime: 'custom-container', triggers: ['http'] },
};

/** The questions the wizard would ask for these answers, with what it would offer. */
function pending(raw: RawAnswers) {
  const walk = walkQuestions(flatAnswers(raw), { ask: true });
  const asked: { key: string; fitting?: readonly string[] }[] = [];
  for (let step = walk.next(); !step.done; ) {
    const { question, resolved } = step.value;
    const fitting = question.kind === 'choice' ? offeredChoices(question, resolved) : question.fitting?.(resolved);
    asked.push({ key: question.key, ...(fitting ? { fitting } : {}) });
    // Like a person pressing Enter: the default when it is offered, else the first choice.
    const fallback = defaultOf(question, resolved);
    step = walk.next(fitting && !fitting.includes(String(fallback)) ? fitting[0] : undefined);
  }
  return asked;
}

describe('the question table', () => {
  it('gives every question a flag (or the positional directory), unique flags and keys, and an option', () => {
    const flags = QUESTIONS.flatMap((question) => (question.flag ? [question.flag] : []));
    expect(new Set(flags).size).toBe(flags.length);
    expect(new Set(QUESTIONS.map((question) => question.key)).size).toBe(QUESTIONS.length);
    for (const question of QUESTIONS) {
      expect(Boolean(question.flag) !== Boolean(question.positional), question.key).toBe(true);
      if (question.flag) expect(CLI_OPTIONS.some((option) => option.question === question), question.key).toBe(true);
    }
  });

  it.each(LOCALES)('gives every question a prompt and help text in %s', (locale) => {
    setLocale(locale);
    for (const question of QUESTIONS) {
      const walk = walkQuestions(flatAnswers(APPLYING[question.key] ?? { triggers: ['http', 'oss', 'timer', 'log', 'cdn', 'ots', 'mns', 'eb'], runtime: 'custom.debian10' }), { ask: true });
      let step = walk.next();
      while (!step.done && step.value.question !== question) step = walk.next(undefined);
      const texts = [question.help(), ...(step.done ? [] : [question.prompt(step.value.resolved)])];
      for (const text of texts) {
        expect(text.trim(), question.key).not.toBe('');
        if (locale === 'zh-CN') expect(text, question.key).toMatch(CJK);
      }
    }
  });

  it('has a default that its own checks accept, wherever the question applies', () => {
    for (const question of PROJECT_QUESTIONS) {
      const spec = resolveProject(APPLYING[question.key] ?? {});
      const answers = answersOf(spec, { install: true, git: true });
      // The default went through the same accept as a given answer; given back, it resolves the same.
      expect(resolveProject({ ...(APPLYING[question.key] ?? {}), ...(answers[question.key] === undefined ? {} : { [question.key]: answers[question.key] }) } as RawAnswers)).toEqual({ ...spec, defaulted: expect.any(Array) });
    }
  });

  it('has a schema entry for every answer, with the same choices, and the schema compiles as draft 2020-12', () => {
    const schema = answersSchema() as { properties: Record<string, { enum?: string[]; anyOf?: { enum?: string[]; items?: { enum?: string[] } }[] }> };
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    for (const question of QUESTIONS) {
      const entry = schema.properties[question.key];
      expect(entry, question.key).toBeDefined();
      const choices = entry?.enum ?? entry?.anyOf?.[0]?.items?.enum ?? entry?.anyOf?.[0]?.enum;
      if (question.choices) expect(choices, question.key).toEqual([...question.choices, ...(question.aliases ?? [])]);
    }
    const spec = resolveProject({ fcVersion: '3', triggers: ['oss', 'http'], runtime: 'python3.10', memorySize: '1024' });
    expect(validate(answersOf(spec, { install: false, git: true })), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ runtime: 'nodejs99' })).toBe(false);
    expect(validate({ colour: 'blue' })).toBe(false);
    expect(validate({ fcVersion: 3 })).toBe(true);
    expect(validate({ fcVersion: 4 })).toBe(false);
  });
});

describe('what the wizard offers', () => {
  it('offers only function types that agree with the triggers', () => {
    expect(pending({ triggers: ['oss'] }).find((step) => step.key === 'type')?.fitting).toEqual(['auto', 'event']);
    expect(pending({ triggers: ['http'] }).find((step) => step.key === 'type')?.fitting).toEqual(['auto', 'http']);
  });

  it('offers only custom runtimes for an FC 3.0 web function, and only the generation\'s runtimes and regions', () => {
    const steps = pending({ fcVersion: '3', triggers: ['http'], type: 'http' });
    expect(steps.find((step) => step.key === 'runtime')?.fitting?.every((id) => id.startsWith('custom'))).toBe(true);
    const fc2 = pending({ fcVersion: '2' });
    expect(fc2.find((step) => step.key === 'runtime')?.fitting).not.toContain('python3.12');
    expect(fc2.find((step) => step.key === 'region')?.fitting).toEqual(REGION_IDS['2']);
    expect(pending({ fcVersion: '3' }).find((step) => step.key === 'region')?.fitting).toEqual(REGION_IDS['3']);
  });

  it('offers only choices that, with the answers given for later questions, still resolve', () => {
    // FC 2.0 does not deploy to this region, and FC 3.0 serves no HTTP function from a built-in runtime.
    expect(pending({ region: 'cn-wulanchabu' }).find((step) => step.key === 'fcVersion')?.fitting).toEqual(['3']);
    expect(pending({ fcVersion: '3', runtime: 'nodejs20', triggers: ['http'] }).find((step) => step.key === 'type')?.fitting).toEqual(['auto', 'event']);
    // Answers that no choice reconciles fail at once, not after more questions.
    expect(() => pending({ fcVersion: '2', region: 'cn-wulanchabu' })).toThrow('--region');
  });

  it('asks the server\'s questions only of a custom runtime, the image\'s only of a container, and never the flag-only ones', () => {
    const keys = (raw: RawAnswers) => pending(raw).map((step) => step.key);
    expect(keys({ runtime: 'nodejs20' })).not.toEqual(expect.arrayContaining(['port']));
    expect(keys({ runtime: 'custom.debian10', triggers: ['http'] })).toEqual(expect.arrayContaining(['framework', 'port']));
    expect(keys({ runtime: 'custom-container' })).toContain('imageRepo');
    expect(keys({})).not.toEqual(expect.arrayContaining(['memorySize']));
    expect(keys({})).not.toContain('timeout');
  });

  it.each([
    ['my.app', 'my-app'],
    ['My App', 'My-App'],
    ['123', 'my-fc-function'],
    ['-x-', 'x'],
    ['dist', 'dist-fn'],
    ['a'.repeat(80), 'a'.repeat(64)],
  ])('makes the folder name %j a valid default name %j', (folder, name) => {
    expect(functionNameFrom(folder)).toBe(name);
    expect(functionName(functionNameFrom(folder))).toBeUndefined();
  });
});

describe('declared applicability', () => {
  it.each([
    ['--port on a built-in runtime', { runtime: 'nodejs20', port: '8080' }, ['--port applies to custom runtimes', 'nodejs20', 'drop --port']],
    ['--image-repo on a code runtime', { runtime: 'custom.debian10', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/ns' }, ['--image-repo applies to the custom-container runtime']],
    ['a trigger setting without its trigger', { triggers: ['timer'], settings: { ossBucket: 'photos' } }, ['--oss-bucket applies to the oss trigger', 'Add --trigger oss']],
  ] as const)('refuses %s, saying how to fix it', (_label, raw, fragments) => {
    const message = rejectionOf(raw as RawAnswers);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

describe('memory, timeout and region', () => {
  it('writes --memory-size and --timeout into every function of both generations, within the upstream schemas', () => {
    const fc2 = parse(sYamlText(resolveProject({ name: 'sized', triggers: ['http', 'timer'], memorySize: '1024', timeout: '300' })));
    for (const service of Object.values(fc2.services) as { props: Record<string, { memorySize?: number; timeout?: number }> }[]) {
      expect(service.props.function).toMatchObject({ memorySize: 1024, timeout: 300 });
      if (upstream) expect(fc2SchemaErrors(service.props, fc2.vars)).toEqual([]);
    }
    const fc3 = parse(sYamlText(resolveProject({ fcVersion: '3', name: 'sized', triggers: ['oss'], memorySize: '192', timeout: '86400' })));
    for (const resource of Object.values(fc3.resources) as { props: Record<string, unknown> }[]) {
      expect(resource.props).toMatchObject({ memorySize: 192, timeout: 86400 });
      if (upstream) expect(fc3PropsErrors(resource.props, fc3.vars)).toEqual([]);
    }
  });

  it('keeps the defaults: 128 MB for code, 512 MB for a container, 60 s', () => {
    expect(resolveProject({})).toMatchObject({ memorySize: 128, timeout: 60 });
    expect(resolveProject({ runtime: 'custom-container' })).toMatchObject({ memorySize: 512, timeout: 60 });
  });

  it.each([
    [{ memorySize: '192' }, ['--memory-size', '"192"', '128, 256, 512']],
    // Larger sizes need FC 2.0's performance instances, which the project does not configure.
    [{ memorySize: '4096' }, ['--memory-size', '"4096"', '3072']],
    [{ fcVersion: '3', memorySize: '100' }, ['--memory-size', '"100"', '128-32768', '64']],
    [{ fcVersion: '3', memorySize: '200' }, ['"200"']],
    [{ memorySize: 'lots' }, ['--memory-size', '"lots"', 'whole number']],
    [{ timeout: '0' }, ['--timeout', '"0"', '1-86400']],
    [{ timeout: '86401' }, ['--timeout', '"86401"']],
    [{ region: 'mars-1' }, ['--region', '"mars-1"', 'cn-hangzhou']],
    [{ region: 'me-central-1' }, ['--region', '"me-central-1"', 'FC 2.0 deploys to']],
  ] as const)('refuses %o', (raw, fragments) => {
    const message = rejectionOf(raw as RawAnswers);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it('accepts FC 3.0\'s own regions there', () => {
    expect(resolveProject({ fcVersion: '3', region: 'me-central-1' }).region).toBe('me-central-1');
  });

  it('sizes an FC 3.0 container\'s vCPUs within 1:1 to 1:4 of its memory in GB, in steps of 0.05', () => {
    for (let memory = MEMORY_LIMITS['3'].min; memory <= MEMORY_LIMITS['3'].max; memory += 64) {
      const cpu = fc3Cpu(memory);
      const gb = memory / 1024;
      expect(cpu, String(memory)).toBeGreaterThanOrEqual(Math.max(0.05, gb / 4) - 1e-9);
      expect(cpu, String(memory)).toBeLessThanOrEqual(gb + 1e-9);
      expect(Math.abs(cpu * 20 - Math.round(cpu * 20)), String(memory)).toBeLessThan(1e-9);
    }
    expect(fc3Cpu(512)).toBe(0.5);
  });
});

describe('--help', () => {
  it.each(LOCALES.flatMap((locale) => [80, 100].map((width) => [locale, width] as const)))('fits %s at %i columns', (locale, width) => {
    setLocale(locale);
    const wide = helpText('1.0.0', width).split('\n').filter((line) => visibleLength(line) > width);
    expect(wide).toEqual([]);
  });

  it('lists every option, and is in Chinese under zh-CN', () => {
    setLocale('zh-CN');
    const text = helpText('1.0.0');
    for (const option of CLI_OPTIONS) expect(text).toContain(`--${option.flag}`);
    expect(text).toContain('用法：');
  });
});
