import { describe, expect, it } from 'vitest';
import { FRAMEWORK_IDS } from '../../generators/core/catalog/frameworks.js';
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
    expect(spec.defaulted).toEqual(['--fc-version', '--type', '--runtime', '--language', '--name', '--region', '--ci', '--memory-size', '--timeout']);
  });

  it('takes the name from the directory', () => {
    expect(resolve({ directory: 'work/thumbnails/' })).toMatchObject({ name: 'thumbnails', directory: 'work/thumbnails/' });
  });

  it.each([
    ['my app', 'my-app'],
    ['my.app', 'my-app'],
    ['2024-report', 'report'],
    ['node_modules', 'node_modules-fn'],
    ['...', 'my-fc-function'],
  ])('makes a valid function name of the folder name %s: %s', (folder, name) => {
    expect(resolve({ directory: `work/${folder}` })).toMatchObject({ name, directory: `work/${folder}` });
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
      ['an unknown trigger', { triggers: ['kinesis'] }, ['--trigger', '"kinesis"', 'oss', 'sls', 'kafka']],
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
      ['an image repository for code', { runtime: 'custom.debian10', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/ns' }, ['--image-repo', 'custom-container', 'custom.debian10']],
      ['an image repository in upper case', { runtime: 'custom-container', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/My-NS' }, ['--image-repo', '"registry.cn-hangzhou.aliyuncs.com/My-NS"', 'lower case']],
      ['an image repository without a namespace', { runtime: 'custom-container', imageRepo: 'registry.cn-hangzhou.aliyuncs.com' }, ['--image-repo', 'namespace']],
      ['an image repository two levels deep', { runtime: 'custom-container', imageRepo: 'registry.cn-hangzhou.aliyuncs.com/ns/repo' }, ['--image-repo', '"registry.cn-hangzhou.aliyuncs.com/ns/repo"', 'one namespace']],
      ['an image namespace over 30 characters', { runtime: 'custom-container', imageRepo: `registry.cn-hangzhou.aliyuncs.com/${'a'.repeat(31)}` }, ['--image-repo', '2-30']],
      // The bad value is named even when the flag does not fit the runtime at all.
      ['an unknown framework on a built-in runtime', { framework: 'no-such-framework' }, ['--framework', '"no-such-framework"', FRAMEWORK_IDS.join(', ')]],
      ['a bad image repository on a code runtime', { imageRepo: 'Not A Repo' }, ['--image-repo', '"Not A Repo"']],
      ['an unknown generation', { fcVersion: '4' }, ['--fc-version', '"4"', 'Valid choices: 2, 3']],
      ['an FC 3.0 runtime on FC 2.0', { runtime: 'python3.12' }, ['--runtime', '"python3.12"', 'FC 2 offers: nodejs20']],
      ['a name with a path', { name: '../x' }, ['--name', '"../x"']],
      ['an absolute path as name', { name: '/etc/x' }, ['--name', '"/etc/x"']],
      ['a name starting with a digit', { name: '1fn' }, ['--name', '"1fn"']],
      ['a name that is too long', { name: 'a'.repeat(65) }, ['--name']],
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

describe('a runtime FC does not offer in a region', () => {
  const cases = RUNTIMES.flatMap((runtime) => ((runtime as { notOfferedIn?: readonly string[] }).notOfferedIn ?? []).flatMap((region) => runtime.generations.map((fcVersion) => ({ runtime: runtime.id, region, fcVersion }))));
  it.each(cases)('$runtime in $region on FC $fcVersion is refused, naming the regions that have it', ({ runtime, region, fcVersion }) => {
    const message = rejectionOf({ fcVersion, runtime, region, triggers: ['timer'] });
    expect(message).toContain(`--region: "${region}"`);
    expect(message).toContain(runtime);
    expect(message).not.toMatch(new RegExp(`it does in: .*${region}`));
  });

  it('is offered in every other region of its generation', () => {
    for (const { runtime, fcVersion } of cases) expect(() => resolveProject({ fcVersion, runtime, region: 'cn-hangzhou', triggers: ['timer'] })).not.toThrow();
    expect(cases.length).toBeGreaterThan(0);
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

describe('framework-migration runs the framework, in both generations', () => {
  it.each<[string, RawAnswers, { runtime: string; language: string; framework?: string; type: string }]>([
    ['FC 2.0, Express named, no runtime: a custom runtime', { useCases: ['framework-migration'], framework: 'express' }, { runtime: 'custom.debian10', language: 'javascript', framework: 'express', type: 'http' }],
    ['FC 2.0, nothing named: Express on a custom runtime', { useCases: ['framework-migration'] }, { runtime: 'custom.debian10', language: 'javascript', framework: 'express', type: 'http' }],
    ['FC 2.0, Flask named: the WSGI app of a Python HTTP function', { useCases: ['framework-migration'], framework: 'flask' }, { runtime: 'python3.10', language: 'python', framework: 'flask', type: 'http' }],
    ['FC 2.0, python3.9 named: Flask behind its WSGI handler', { useCases: ['framework-migration'], runtime: 'python3.9' }, { runtime: 'python3.9', language: 'python', framework: 'flask', type: 'http' }],
    ['FC 2.0, Koa on a named custom runtime', { useCases: ['framework-migration'], runtime: 'custom.debian10', framework: 'koa', language: 'typescript' }, { runtime: 'custom.debian10', language: 'typescript', framework: 'koa', type: 'http' }],
    ['FC 3.0, nothing named: a web function with Express', { fcVersion: '3', useCases: ['framework-migration'] }, { runtime: 'custom.debian10', language: 'javascript', framework: 'express', type: 'http' }],
    ['FC 3.0, Flask named: a Python web function', { fcVersion: '3', useCases: ['framework-migration'], framework: 'flask' }, { runtime: 'custom.debian10', language: 'python', framework: 'flask', type: 'http' }],
    ['FC 3.0 web-app: a web function with no framework', { fcVersion: '3', useCases: ['web-app'] }, { runtime: 'custom.debian10', language: 'javascript', framework: 'none', type: 'http' }],
  ])('%s', (_label, raw, expected) => {
    const spec = resolve(raw);
    expect({ runtime: spec.runtime, language: spec.language, framework: spec.framework, type: spec.functions[0]?.type }).toEqual(expected);
  });

  it('runs the FC 3.0 web function on a custom runtime in the named built-in runtime\'s language and Node.js version, --type event keeping the built-in runtime', () => {
    const spec = resolve({ fcVersion: '3', useCases: ['web-app'], runtime: 'nodejs20' });
    expect(spec).toMatchObject({ runtime: 'custom.debian10', language: 'javascript', functions: [{ name: 'my-fc-function', type: 'http', triggers: ['http'] }] });
    expect(spec.recommendation.reasons[0]?.message).toContain('Node.js 20.');
    expect(spec.recommendation.alternatives[0]?.flags).toEqual(['--type', 'event']);
    expect(resolve({ fcVersion: '3', useCases: ['web-app'], runtime: 'nodejs20', type: 'event' })).toMatchObject({ runtime: 'nodejs20', functions: [{ type: 'event', triggers: ['http'] }] });
    // A Python version the named runtime names is the one the custom runtime's image holds, where one does.
    expect(resolve({ fcVersion: '3', useCases: ['web-app'], runtime: 'python3.12' })).toMatchObject({ runtime: 'custom.debian11', language: 'python' });
  });

  it('each alternative\'s flags make the project it describes', () => {
    for (const raw of [{ fcVersion: '3', useCases: ['web-app'] }, { fcVersion: '3', triggers: ['http', 'oss'] }, { fcVersion: '3', useCases: ['rest-api'] }] as RawAnswers[]) {
      for (const alternative of resolve(raw).recommendation.alternatives) {
        const [flag, value] = alternative.flags;
        const picked = resolve({ ...raw, ...(flag === '--type' ? { type: value } : { runtime: value }) });
        expect(picked.functions.map(({ type, triggers }) => ({ type, triggers }))).toEqual(alternative.functions);
      }
    }
  });

  it.each<[string, RawAnswers, string[]]>([
    ['Flask on Python 3.6', { runtime: 'python3', triggers: ['http'], framework: 'flask' }, ['--framework flask', 'python3.10 or python3.9']],
    ['Express on a built-in runtime', { runtime: 'nodejs20', triggers: ['http'], framework: 'express' }, ['--framework express', 'custom runtimes', '--runtime custom.debian10']],
    ['Flask on an FC 2.0 event function', { runtime: 'python3.10', triggers: ['timer'], framework: 'flask' }, ['no HTTP function']],
  ])('refuses %s, naming the value and what runs it', (_label, raw, fragments) => {
    const message = rejectionOf(raw);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

describe('text that reaches s.yaml', () => {
  it.each<[string, RawAnswers]>([
    ['a variable in the timer payload', { triggers: ['timer'], settings: { timerPayload: '{"greeting":"hello ${user}"}' } }],
    ['an environment lookup in an OSS prefix', { triggers: ['oss'], settings: { ossPrefix: '${env(HOME)}/in/' } }],
    ['a template tag in an OSS suffix', { triggers: ['oss'], settings: { ossSuffix: '<%= 1 %>' } }],
  ])('refuses %s, which Serverless Devs would evaluate', (_label, raw) => {
    expect(rejectionOf(raw)).toContain('has no way to escape them');
    expect(() => checkGivenAnswers(raw)).toThrow('Serverless Devs evaluates');
  });

  it('keeps a lone dollar or brace as typed', () => {
    expect(resolve({ triggers: ['timer'], settings: { timerPayload: '{"price":"$5","tpl":"{x}"}' } }).settings.timerPayload).toBe('{"price":"$5","tpl":"{x}"}');
  });

  it.each(['AliyunOSSEventNotificationRole', 'acs:ram::1234567890123456:role/my-role', ''])('takes the role %j', (role) => {
    expect(resolve({ triggers: ['oss'], settings: { ossRole: role } }).settings.ossRole).toBe(role);
  });

  it.each(['my role', 'acs:ram::abc:role/x', 'acs:ram::123:user/x'])('refuses the role %j, naming the flag', (role) => {
    expect(rejectionOf({ triggers: ['oss'], settings: { ossRole: role } })).toContain('--oss-role');
  });
});
