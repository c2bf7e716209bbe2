import { describe, expect, it } from 'vitest';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { TRIGGER_SETTINGS } from '../../generators/core/catalog/triggers/index.js';
import { checkGivenAnswers, listValues, resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { rejectionOf } from '../support/rejection.js';

const resolve = (raw: RawAnswers) => resolveProject(raw);

describe('resolveProject', () => {
  it('fills every default and says which', () => {
    const spec = resolve({});
    expect(spec).toMatchObject({
      directory: 'my-fc-function',
      name: 'my-fc-function',
      fcVersion: '2',
      runtime: 'nodejs20',
      language: 'javascript',
      region: 'cn-hangzhou',
      type: 'auto',
      functions: [{ name: 'my-fc-function', type: 'event', triggers: ['none'] }],
      settings: {},
    });
    expect(spec.defaulted).toEqual(['--fc-version', '--type', '--runtime', '--language', '--region', '--name']);
  });

  it('takes the name from the directory', () => {
    expect(resolve({ directory: 'work/thumbnails/' })).toMatchObject({ name: 'thumbnails', directory: 'work/thumbnails/' });
  });

  it('takes the directory from the name', () => {
    expect(resolve({ name: 'resize' })).toMatchObject({ name: 'resize', directory: 'resize' });
  });

  it('names the two functions of a split project by type', () => {
    const spec = resolve({ name: 'shop', triggers: ['http', 'timer'] });
    expect(spec.functions.map((fn) => fn.name)).toEqual(['shop-http', 'shop-event']);
  });

  it('resolves trigger aliases', () => {
    const spec = resolve({ triggers: ['sls', 'cdn', 'ots', 'mns'] });
    expect(spec.functions[0]?.triggers).toEqual(['log', 'cdn_events', 'tablestore', 'mns_topic']);
  });

  it('accepts comma-separated and repeated list values', () => {
    expect(listValues(['oss, timer', 'http'])).toEqual(['oss', 'timer', 'http']);
  });

  it('fills the settings of the project triggers only, and reports the defaulted ones', () => {
    const spec = resolve({ triggers: ['oss'], settings: { ossBucket: 'photos' } });
    expect(spec.settings).toEqual({ ossBucket: 'photos', ossEvents: ['oss:ObjectCreated:*'], ossPrefix: '', ossSuffix: '', ossRole: '' });
    expect(spec.defaulted).toEqual(expect.arrayContaining(['--oss-events', '--oss-prefix', '--oss-suffix']));
    expect(spec.defaulted).not.toContain('--oss-bucket');
  });

  it.each(RUNTIMES.map((runtime) => [runtime.id, runtime.languages[0], runtime.generations[0]] as const))('defaults the language of %s to %s', (runtime, language, fcVersion) => {
    expect(resolve({ runtime, fcVersion }).language).toBe(language);
  });

  it('checks every setting default against its own check', () => {
    for (const setting of TRIGGER_SETTINGS) {
      expect(() => resolve({ triggers: [setting.trigger] })).not.toThrow();
    }
  });

  describe('rejects, naming the value and the choices', () => {
    it.each<[string, RawAnswers, string[]]>([
      ['an unknown runtime', { runtime: 'nodejs99' }, ['--runtime', '"nodejs99"', 'nodejs20, nodejs18']],
      ['an unknown trigger', { triggers: ['kafka'] }, ['--trigger', '"kafka"', 'oss', 'sls']],
      ['an unknown use case', { useCases: ['chatbot'] }, ['--use-case', '"chatbot"', 'rest-api']],
      ['an unknown type', { type: 'web' }, ['--type', '"web"', 'auto, event, http']],
      ['an unknown language', { language: 'rust' }, ['--language', '"rust"', 'javascript, typescript, python, java, go, php, csharp']],
      ['a language the runtime does not run', { runtime: 'python3.10', language: 'typescript' }, ['--language', '"typescript"', 'python3.10 runs python']],
      ['JavaScript on Python', { runtime: 'python3', language: 'javascript' }, ['"javascript"']],
      ['Python on Node.js', { runtime: 'nodejs18', language: 'python' }, ['nodejs18 runs javascript or typescript']],
      ['Java on Go', { runtime: 'go1', language: 'java' }, ['--language', '"java"', 'go1 runs go']],
      // The function's folders would be git-ignored or skipped by pytest and vitest.
      ['a name the tools reserve', { name: 'dist' }, ['--name', '"dist"', 'node_modules', 'choose another name']],
      ['a reserved name in other case', { name: 'Vendor', runtime: 'php7.2' }, ['--name', '"Vendor"']],
      ['a reserved name from the directory', { directory: 'work/node_modules' }, ['"node_modules"', 'Pass --name']],
      ['an image repository for code', { runtime: 'custom.debian10', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/ns' }, ['--image-repo', 'custom-container', 'custom.debian10']],
      ['an image repository in upper case', { runtime: 'custom-container', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/My-NS' }, ['--image-repo', '"registry.cn-hangzhou.aliyuncs.com/My-NS"', 'lower case']],
      ['an image repository without a namespace', { runtime: 'custom-container', imageRepo: 'registry.cn-hangzhou.aliyuncs.com' }, ['--image-repo', 'namespace']],
      ['an image repository two levels deep', { runtime: 'custom-container', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/ns/repo' }, ['--image-repo', '"registry.cn-hangzhou.aliyuncs.com/ns/repo"', 'one namespace']],
      ['an image namespace over 30 characters', { runtime: 'custom-container', imageRepo: `registry.cn-hangzhou.aliyuncs.com/${'a'.repeat(31)}` }, ['--image-repo', '2-30']],
      // The bad value is named even when the flag does not fit the runtime at all.
      ['an unknown framework on a built-in runtime', { framework: 'django' }, ['--framework', '"django"', 'none, express, koa, flask']],
      ['a bad image repository on a code runtime', { imageRepo: 'Not A Repo' }, ['--image-repo', '"Not A Repo"']],
      ['an unknown generation', { fcVersion: '4' }, ['--fc-version', '"4"', 'Valid choices: 2, 3']],
      ['an FC 3.0 runtime on FC 2.0', { runtime: 'python3.12' }, ['--runtime', '"python3.12"', 'FC 2 offers: nodejs20']],
      ['a name with a path', { name: '../x' }, ['--name', '"../x"']],
      ['an absolute path as name', { name: '/etc/x' }, ['--name', '"/etc/x"']],
      ['a name starting with a digit', { name: '1fn' }, ['--name', '"1fn"']],
      ['a name that is too long', { name: 'a'.repeat(65) }, ['--name']],
      ['a directory whose name is not a function name', { directory: 'my app' }, ['"my app"', 'Pass --name']],
      ['a name too long for the split suffix', { name: 'a'.repeat(59), triggers: ['http', 'oss'] }, ['-event"', 'suffix']],
      ['a bad region', { region: 'Hangzhou' }, ['--region', '"Hangzhou"']],
      ['a bad cron', { triggers: ['timer'], settings: { cron: '* * * * *' } }, ['--cron', '"* * * * *"', 'six fields']],
      ['a bad bucket', { triggers: ['oss'], settings: { ossBucket: 'My_Bucket' } }, ['--oss-bucket', '"My_Bucket"', '3-63 lower-case']],
      ['an unknown OSS event', { triggers: ['oss'], settings: { ossEvents: ['oss:ObjectCreated:Put'] } }, ['--oss-events', 'oss:ObjectCreated:PutObject']],
      ['an unknown HTTP method', { triggers: ['http'], settings: { httpMethods: 'GET,FETCH' } }, ['--http-methods', '"FETCH"', 'GET, POST']],
      ['an unknown HTTP auth', { triggers: ['http'], settings: { httpAuth: 'jwt' } }, ['--http-auth', '"jwt"', 'anonymous, function']],
      ['an empty method list', { triggers: ['http'], settings: { httpMethods: ' , ' } }, ['--http-methods', 'at least one']],
      ['an unknown CDN event', { triggers: ['cdn'], settings: { cdnEvent: 'Purged' } }, ['--cdn-event', 'LogFileCreated']],
      ['a bad Tablestore instance', { triggers: ['ots'], settings: { otsInstance: 'x' } }, ['--ots-instance', '"x"']],
      ['a setting for a trigger the project lacks', { triggers: ['timer'], settings: { ossBucket: 'photos' } }, ['--oss-bucket', 'oss trigger', '--trigger oss']],
      ['--type http with an event trigger', { triggers: ['oss'], type: 'http' }, ['--type http', '--trigger oss']],
      ['--type event with the HTTP trigger', { triggers: ['http'], type: 'event' }, ['--type event', '--trigger http']],
    ])('%s', (_label, raw, fragments) => {
      const message = rejectionOf(raw);
      for (const fragment of fragments) expect(message).toContain(fragment);
    });
  });
});

describe('checkGivenAnswers', () => {
  it('accepts a setting whose trigger the wizard has not asked for yet', () => {
    expect(() => checkGivenAnswers({ settings: { ossBucket: 'photos' } })).not.toThrow();
  });

  it('rejects a bad value on its own', () => {
    expect(() => checkGivenAnswers({ settings: { cron: 'often' } })).toThrow('--cron');
    expect(() => checkGivenAnswers({ runtime: 'java17' })).toThrow('--runtime');
  });
});
