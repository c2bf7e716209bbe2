import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INTERPRETER_LAYERS, interpreterOn, layerArn, minorVersion, RUNTIME_IMAGES, type ImageRuntimeId } from '../../generators/core/catalog/images.js';
import { FRAMEWORK_IDS, migrationFramework } from '../../generators/core/catalog/frameworks.js';
import { runtimeById } from '../../generators/core/catalog/runtimes.js';
import { CUSTOM_SERVER_LANGUAGES, CUSTOM_SERVERS } from '../../generators/core/catalog/custom-servers.js';
import { planProject } from '../../generators/core/plan.js';
import { recommend } from '../../generators/core/recommend.js';
import { sYamlText } from '../../generators/core/s-yaml.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { rejectionOf } from '../support/rejection.js';
import { fc2SchemaErrors } from '../support/fc2-schema.js';
import { fc3PropsErrors, functionResources } from '../support/fc3-schema.js';
import { referenceAvailable } from '../support/reference.js';

// The upstream cross-checks run where shared/reference is; our own check runs everywhere.
const upstream = referenceAvailable();


describe('web functions and custom runtimes', () => {
  it('make --type http on FC 3.0 a web function on the default custom runtime', () => {
    const spec = resolveProject({ fcVersion: '3', type: 'http', name: 'web' });
    expect(spec).toMatchObject({ runtime: 'custom.debian10', language: 'javascript', framework: 'none', port: 9000, functions: [{ name: 'web', type: 'http', triggers: ['http'] }] });
    expect(spec.recommendation.reasons.map((reason) => reason.rule)).toContain('web-function');
    expect(spec.defaulted).toEqual(expect.arrayContaining(['--runtime', '--framework', '--port']));
  });

  it('suggest Express or Flask for a framework migration', () => {
    expect(resolveProject({ fcVersion: '3', type: 'http', useCases: ['framework-migration'] }).framework).toBe('express');
    expect(resolveProject({ fcVersion: '3', type: 'http', language: 'python', useCases: ['framework-migration'] }).framework).toBe('flask');
  });

  it('split HTTP and events on a custom runtime in FC 3.0 too, and say why', () => {
    const spec = resolveProject({ fcVersion: '3', runtime: 'custom.debian12', name: 'mix', triggers: ['http', 'oss'] });
    expect(spec.functions).toEqual([
      { name: 'mix-http', type: 'http', triggers: ['http'] },
      { name: 'mix-event', type: 'event', triggers: ['oss'] },
    ]);
    expect(spec.recommendation.reasons.map((reason) => reason.rule)).toContain('custom-runtime-passthrough');
  });

  it('recommend from the runtime too', () => {
    expect(recommend({ triggers: ['http', 'timer'], useCases: [], fcVersion: '3', customRuntime: true }).type).toBe('split');
    expect(recommend({ triggers: ['http', 'timer'], useCases: [], fcVersion: '3' }).type).toBe('event');
  });

  it.each<[string, RawAnswers, string[]]>([
    ['a built-in runtime for an FC 3.0 web function', { fcVersion: '3', type: 'http', runtime: 'nodejs20' }, ['--runtime', '"nodejs20"', 'custom.debian10, custom.debian11, custom.debian12']],
    ['--framework on a built-in runtime', { runtime: 'nodejs20', framework: 'express' }, ['--framework express', 'does not run on nodejs20', 'custom runtimes', '--runtime custom.debian10']],
    ['Flask on FC 2.0 Python 3.6, older than Flask 2.3 supports', { runtime: 'python3', triggers: ['http'], framework: 'flask' }, ['--framework flask', 'python3.10 or python3.9']],
    ['Flask on an FC 3.0 built-in runtime, whose HTTP trigger sends events', { fcVersion: '3', runtime: 'python3.10', triggers: ['http'], framework: 'flask' }, ['--framework flask', 'FC 3.0']],
    ['--port on a built-in runtime', { runtime: 'python3.10', port: '8080' }, ['--port', 'built-in']],
    ['a port that is not a number', { runtime: 'custom.debian10', triggers: ['http'], port: 'eighty' }, ['--port', '"eighty"', '1 to 65535']],
    ['a port out of range', { runtime: 'custom.debian10', triggers: ['http'], port: '70000' }, ['--port', '"70000"']],
    ['Flask for JavaScript', { runtime: 'custom.debian10', language: 'javascript', triggers: ['http'], framework: 'flask' }, ['--framework', '"flask"', 'none, express, koa']],
    ['Express for Python', { runtime: 'custom.debian10', language: 'python', triggers: ['http'], framework: 'express' }, ['"express"', 'none, flask']],
    ['an unknown framework', { runtime: 'custom.debian10', triggers: ['http'], framework: 'no-such-framework' }, ['"no-such-framework"', FRAMEWORK_IDS.join(', ')]],
    ['a framework without a web function', { runtime: 'custom.debian10', triggers: ['timer'], framework: 'express' }, ['--framework', 'POST /invoke']],
    ['custom.debian12 on FC 2.0', { runtime: 'custom.debian12' }, ['"custom.debian12"', 'FC 2 offers']],
    ['custom on FC 3.0', { fcVersion: '3', runtime: 'custom' }, ['"custom"', 'FC 3 offers']],
  ])('reject %s', (_label, raw, fragments) => {
    const message = rejectionOf(raw);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it('start the server through bootstrap on the port, in both generations, and pass both schemas', () => {
    const fc2 = parse(sYamlText(resolveProject({ runtime: 'custom.debian10', name: 'web', triggers: ['http'], port: '8080' })));
    expect(fc2.services.web.props.function).toMatchObject({ runtime: 'custom.debian10', caPort: 8080, customRuntimeConfig: { command: ['/bin/bash'], args: ['/code/bootstrap'] } });
    if (upstream) expect(fc2SchemaErrors(fc2.services.web.props, fc2.vars)).toEqual([]);
    const fc3 = parse(sYamlText(resolveProject({ fcVersion: '3', runtime: 'custom.debian11', name: 'web', triggers: ['http', 'timer'] })));
    expect(fc3.resources['web-http'].props).toMatchObject({ description: 'Web function (http)', customRuntimeConfig: { command: ['/bin/bash'], args: ['/code/bootstrap'], port: 9000 } });
    const resources = Object.values(functionResources(fc3.resources)) as { props: Record<string, unknown> }[];
    expect(resources).toHaveLength(2);
    if (upstream) expect(resources.flatMap((resource) => fc3PropsErrors(resource.props, fc3.vars))).toEqual([]);
  });

  it('install the web framework into the function folder before deploying', () => {
    const js = parse(sYamlText(resolveProject({ fcVersion: '3', type: 'http', name: 'web', framework: 'koa' })));
    expect(js.resources.web.actions).toEqual({ 'pre-deploy': [{ run: 'npm install --omit=dev --no-package-lock', path: './src/web' }] });
    const ts = parse(sYamlText(resolveProject({ fcVersion: '3', type: 'http', name: 'web', language: 'typescript', framework: 'express' })));
    expect(ts.resources.web.actions['pre-deploy']).toEqual([{ run: 'npm run build', path: './' }, { run: 'npm install --omit=dev --no-package-lock', path: './dist/web' }]);
    const py = parse(sYamlText(resolveProject({ fcVersion: '3', type: 'http', name: 'web', language: 'python', framework: 'flask' })));
    // For the Python the runtime's image holds (custom.debian10: 3.10), as the bootstrap runs it.
    expect(py.resources.web.actions['pre-deploy']).toEqual([{ run: 'python3 -m pip install --target vendor --python-version 3.10 --platform manylinux2014_x86_64 --only-binary=:all: -r requirements.txt', path: './src/web' }]);
    const plain = parse(sYamlText(resolveProject({ fcVersion: '3', type: 'http', name: 'web' })));
    expect(plain.resources.web.actions).toBeUndefined();
  });

  it('plan the server layers and the function manifests', () => {
    const plan = planProject(resolveProject({ fcVersion: '3', runtime: 'custom.debian10', language: 'typescript', name: 'app', triggers: ['http', 'timer'], framework: 'express' }));
    expect(plan.layers.map((layer) => [layer.source, layer.functionName])).toEqual([
      ['common', undefined],
      ['nodejs/typescript/function', 'app-http'],
      ['custom/typescript/function', 'app-http'],
      ['custom/typescript/web-tests', 'app-http'],
      ['custom/typescript/web/express', 'app-http'],
      ['nodejs/typescript/function', 'app-event'],
      ['nodejs/typescript/event', 'app-event'],
      ['triggers/timer/nodejs/typescript', 'app-event'],
      ['custom/typescript/function', 'app-event'],
      ['custom/typescript/event-server', 'app-event'],
      ['nodejs/local', undefined],
    ]);
    expect(plan.layers[5]?.data.asyncHandler).toBe(true);
    const files = Object.fromEntries(plan.files.map((file) => [file.path, file.contents]));
    expect(JSON.parse(files['src/app-http/package.json'] ?? '{}')).toMatchObject({ dependencies: { express: expect.any(String) } });
    expect(files['src/app-event/package.json']).toBeUndefined();
    const manifest = JSON.parse(files['package.json'] ?? '{}');
    expect(manifest.dependencies).toEqual({ express: expect.any(String) });
    expect(Object.keys(manifest.devDependencies)).toEqual(['@types/node', '@types/express', 'typescript', 'vitest', 'yaml']);
    expect(manifest.scripts.build).toMatch(/^tsc -p tsconfig.build.json && node -e .*bootstrap/);
    expect(JSON.parse(files['tsconfig.json'] ?? '{}').compilerOptions.target).toBe('ES2022');
  });

  it('serve the FC 2.0 WSGI handler from the plain Python server', () => {
    const plan = planProject(resolveProject({ fcVersion: '3', type: 'http', name: 'web', language: 'python' }));
    expect(plan.layers.map((layer) => layer.source)).toEqual(['common', 'python/project', 'custom/python/function', 'custom/python/web-tests', 'python/http', 'python/http-tests', 'custom/python/web/none', 'python/local']);
  });

  it('write a Flask function its requirements and tell how to install them', () => {
    const spec = resolveProject({ fcVersion: '3', type: 'http', name: 'web', language: 'python', framework: 'flask' });
    const plan = planProject(spec);
    expect(plan.files.find((file) => file.path === 'src/web/requirements.txt')?.contents).toBe('flask>=2.3.2\n');
    expect(plan.layers.map((layer) => layer.source)).toEqual(['common', 'python/project', 'custom/python/function', 'custom/python/web-tests', 'custom/python/web/flask', 'python/local']);
    expect((plan.layers[0]?.data.project as { installHint: string }).installHint).toBe('python3 -m venv .venv && . .venv/bin/activate && python3 -m pip install -r requirements-dev.txt -r src/web/requirements.txt');
  });

  // Each image runtime × generation × server language, from the catalog: the image's own interpreter, or an official layer's.
  const imageCases = (Object.keys(RUNTIME_IMAGES) as ImageRuntimeId[]).flatMap((id) =>
    runtimeById(id).generations.flatMap((fcVersion) =>
      CUSTOM_SERVER_LANGUAGES.flatMap((language) => {
        const kind = CUSTOM_SERVERS[language].interpreter;
        return kind ? [{ id, fcVersion, language, choice: interpreterOn(id, kind) }] : [];
      }),
    ),
  );

  it.each(imageCases.filter((item) => !('problem' in item.choice)))('run $language on $id (FC $fcVersion) with the interpreter its image or a layer holds', ({ id, fcVersion, language, choice }) => {
    if ('problem' in choice) throw new Error('unreachable');
    const spec = resolveProject({ fcVersion, runtime: id, language, name: 'web', triggers: ['http'], framework: migrationFramework(language) });
    const sYaml = parse(sYamlText(spec));
    const fn = fcVersion === '3' ? sYaml.resources.web.props : sYaml.services.web.props.function;
    if (choice.layer) {
      expect(fn.layers).toEqual([layerArn(choice.layer, '${vars.region}')]);
      // A PATH replaces FC's default: the layer's bin folder first, then the default's folders.
      expect(fn.environmentVariables.PATH.split(':').slice(0, 2)).toEqual([choice.interpreter.path.replace(/\/[^/]+$/, ''), '/usr/local/bin/apache-maven/bin']);
    } else {
      expect(fn.layers).toBeUndefined();
      expect(fn.environmentVariables).toBeUndefined();
    }
    // The bootstrap starts the server with that interpreter, or FC does as customRuntimeConfig's command.
    if (CUSTOM_SERVERS[language].bootstrap) {
      const bootstrap = planProject(spec).layers.find((layer) => layer.source.endsWith('/function'));
      expect(bootstrap?.data.interpreter).toBe(choice.interpreter.path);
    } else {
      expect(fn.customRuntimeConfig.command).toEqual([choice.interpreter.path]);
    }
    if (language === 'python') expect(sYaml[fcVersion === '3' ? 'resources' : 'services'].web.actions['pre-deploy'][0].run).toContain(`--python-version ${minorVersion(choice.interpreter.version).join('.')} `);
    if (upstream) expect(fcVersion === '3' ? fc3PropsErrors(fn, sYaml.vars) : fc2SchemaErrors(sYaml.services.web.props, sYaml.vars)).toEqual([]);
  });

  it.each(imageCases.filter((item) => 'problem' in item.choice))('refuse $language on $id, naming what its image holds and the runtimes that run it', ({ id, fcVersion, language }) => {
    const rejection = rejectionOf({ fcVersion, runtime: id, language, triggers: ['http'] });
    expect(rejection).toMatch(new RegExp(`--language: "${language}"`));
    expect(rejection).toContain(`${id}'s image holds Node.js 10.16.2`);
    expect(rejection).toContain('custom.debian10');
  });
});

describe('Go web functions on custom runtimes', () => {
  const goRuntimes = (Object.keys(RUNTIME_IMAGES) as ImageRuntimeId[]).flatMap((id) => runtimeById(id).generations.map((fcVersion) => ({ id, fcVersion })));

  it('are offered on every custom runtime with an image, and not in a container', () => {
    for (const { id } of goRuntimes) expect(runtimeById(id).languages).toContain('go');
    expect(runtimeById('custom-container').languages).not.toContain('go');
  });

  it.each(goRuntimes)('start as the executable the pre-deploy build makes on $id (FC $fcVersion), with no layer and no SDK', ({ id, fcVersion }) => {
    const spec = resolveProject({ fcVersion, runtime: id, language: 'go', triggers: ['http'], name: 'web' });
    const sYaml = parse(sYamlText(spec));
    const module = fcVersion === '3' ? sYaml.resources.web : sYaml.services.web;
    const fn = fcVersion === '3' ? module.props : module.props.function;
    expect(fn.customRuntimeConfig.command).toEqual(['/code/main']);
    expect(fn.customRuntimeConfig.args).toBeUndefined();
    expect(fn.layers).toBeUndefined();
    expect(module.actions['pre-deploy'].at(-1).run).toBe('GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o ./dist/web/main ./src/web');
    expect(fn[fcVersion === '3' ? 'code' : 'codeUri']).toBe('./dist/web');
    const plan = planProject(spec);
    expect(plan.layers.map((layer) => layer.source)).toEqual(['common', 'custom/go/web-tests', 'custom/go/web-main', 'custom/go/web/none']);
    expect(plan.files.find((file) => file.path === 'go.mod')?.contents).toBe('module web\n\ngo 1.18\n');
    if (upstream) expect(fcVersion === '3' ? fc3PropsErrors(fn, sYaml.vars) : fc2SchemaErrors(module.props, sYaml.vars)).toEqual([]);
  });

  it('refuse event triggers, naming Go\'s built-in runtime for them', () => {
    const rejection = rejectionOf({ fcVersion: '3', runtime: 'custom.debian10', language: 'go', triggers: ['http', 'timer'] });
    expect(rejection).toMatch(/--language: "go"/);
    expect(rejection).toContain('timer');
    expect(rejection).toContain('--runtime go1');
  });

  it('are the web function a Go framework migration on go1 becomes on FC 3.0', () => {
    const spec = resolveProject({ fcVersion: '3', runtime: 'go1', useCases: ['framework-migration'] } as RawAnswers);
    expect(spec).toMatchObject({ runtime: 'custom.debian10', language: 'go', framework: 'gin', functions: [{ type: 'http' }] });
  });
});

describe('Java web functions on custom runtimes', () => {
  const javaRuntimes = (Object.keys(RUNTIME_IMAGES) as ImageRuntimeId[]).flatMap((id) => runtimeById(id).generations.map((fcVersion) => ({ id, fcVersion })));
  const javaLayer = INTERPRETER_LAYERS.find((layer) => layer.interpreter.kind === 'java');

  it('are offered on every custom runtime the Java layer accepts, and not in a container', () => {
    expect(javaLayer?.name).toBe('Java17');
    for (const { id } of javaRuntimes) expect(runtimeById(id).languages.includes('java' as never)).toBe(javaLayer?.runtimes.includes(id));
    expect(runtimeById('custom-container').languages).not.toContain('java');
  });

  it.each(javaRuntimes)('start the function\'s class from the unpacked jar with the Java17 layer\'s java on $id (FC $fcVersion)', ({ id, fcVersion }) => {
    const spec = resolveProject({ fcVersion, runtime: id, language: 'java', triggers: ['http'], name: 'my-web' });
    const sYaml = parse(sYamlText(spec));
    const module = fcVersion === '3' ? sYaml.resources['my-web'] : sYaml.services['my-web'];
    const fn = fcVersion === '3' ? module.props : module.props.function;
    expect(fn.customRuntimeConfig.command).toEqual([javaLayer?.interpreter.path]);
    expect(fn.customRuntimeConfig.args).toEqual(['-cp', '/code', 'fc.my_web.Server']);
    expect(fn.layers).toEqual([`acs:fc:\${vars.region}:official:layers/Java17/versions/3`]);
    expect(fn.environmentVariables).toMatchObject({ JAVA_HOME: '/opt/java17' });
    expect(fn.handler).toBe('index.handler');
    expect(module.actions['pre-deploy']).toEqual([{ run: 'mvn -B package -DskipTests', path: './' }]);
    expect(fn[fcVersion === '3' ? 'code' : 'codeUri']).toBe('./target/function.jar');
    const plan = planProject(spec);
    expect(plan.layers.map((layer) => layer.source)).toEqual(['common', 'custom/java/web-tests', 'custom/java/web/none']);
    const pom = plan.files.find((file) => file.path === 'pom.xml')?.contents ?? '';
    expect(pom).toContain('<maven.compiler.release>17</maven.compiler.release>');
    expect(pom).toContain('<artifactId>gson</artifactId>');
    expect(pom).not.toContain('fc-java-core');
    if (upstream) expect(fcVersion === '3' ? fc3PropsErrors(fn, sYaml.vars) : fc2SchemaErrors(module.props, sYaml.vars)).toEqual([]);
  });

  it('refuse event triggers, naming Java\'s built-in runtime for them', () => {
    const rejection = rejectionOf({ fcVersion: '3', runtime: 'custom.debian10', language: 'java', triggers: ['http', 'oss'] });
    expect(rejection).toMatch(/--language: "java"/);
    expect(rejection).toContain('oss');
    expect(rejection).toContain('--runtime java11');
  });

  it('are the web function a Java framework migration on java11 becomes on FC 3.0, with the layer said', () => {
    const spec = resolveProject({ fcVersion: '3', runtime: 'java11', useCases: ['framework-migration'] } as RawAnswers);
    expect(spec).toMatchObject({ runtime: 'custom.debian10', language: 'java', framework: 'none', functions: [{ type: 'http' }] });
    expect(spec.recommendation.reasons[0]?.message).toContain(`${javaLayer?.name} layer`);
  });
});

// The image-model and custom-runtime tiers start each framework in one generation per runtime
// (test/support/matrix.ts, frameworkGeneration): that holds only while the servers' code is the same in both.
describe('custom-runtime server templates', () => {
  it('do not depend on the FC generation', () => {
    const root = fileURLToPath(new URL('../../templates/custom/', import.meta.url));
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(10);
    const readers = files.map((entry) => join(entry.parentPath, entry.name)).filter((file) => readFileSync(file, 'utf8').includes('fcVersion'));
    expect(readers).toEqual([]);
  });
});
