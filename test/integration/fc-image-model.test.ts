import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../generators/core/catalog/frameworks.js';
import { binFolder, FC_DEFAULT_PATH, INTERPRETER_LAYERS, minorVersion, RUNTIME_IMAGES, type ImageRuntimeId, type Interpreter } from '../../generators/core/catalog/images.js';
import { RUNTIMES, runtimeImage, serverInterpreter } from '../../generators/core/catalog/runtimes.js';
import type { TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { scratchDir } from '../support/cli.js';
import { imageModelMissing, parseResponse, rawRequest, runInImage } from '../support/fc-image-sandbox.js';
import { generateAll, matrixArgs } from '../support/generate.js';
import { frameworkGeneration, type MatrixProject } from '../support/matrix.js';
import { functionModules } from '../support/s-yaml-functions.js';
import { jdkMissing, pythonToolchainMissing } from '../support/interpreters.js';
import { toolchainTier } from '../support/tier.js';
import { goEnv, goToolchainMissing, useStandIns } from '../support/toolchains/go.js';
import { debianGoSourcesMissing } from '../support/toolchains/go-debian.js';
import { customServer, customServerOf } from '../../generators/core/catalog/custom-servers.js';
import { javaToolchainMissing, mavenArgs, prepareMaven } from '../support/toolchains/java.js';

// Every function a custom runtime can be given starts in the model of FC's image for that runtime
// (test/support/fc-image-sandbox.ts): s.yaml's pre-deploy steps run first, as Serverless Devs runs them,
// then customRuntimeConfig's command with s.yaml's layers and environment, with only the image's
// interpreters there. Our own tests run every server on this machine's Node.js and Python, so only this
// tier sees a server that FC's image cannot start.

/** A project of the tier: a matrix project, with its web function's framework. */
type ImageProject = MatrixProject & { framework?: string };

/** Every custom runtime with an image × generation × language it runs: a web function per framework, and an event function. */
function projects(): ImageProject[] {
  return RUNTIMES.filter((runtime) => runtimeImage(runtime) !== undefined).flatMap((runtime) =>
    runtime.generations.flatMap((fcVersion) =>
      runtime.languages.flatMap((language) => {
        const base = { runtime, fcVersion, language };
        const prefix = `${runtime.id.replace('.', '-')}-fc${fcVersion}-${language}`;
        // Every framework in the runtime's newest generation; the plain server in each (see frameworkGeneration).
        const frameworks = FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes(language) && (framework.id === 'none' || frameworkGeneration(runtime, fcVersion)));
        // A server that takes no events (Go) makes web functions only.
        const events = customServer(language)?.servesEvents ? [{ ...base, name: `${prefix}-event`, triggers: ['timer'] as TriggerId[] }] : [];
        return [...frameworks.map((framework) => ({ ...base, name: `${prefix}-${framework.id}`, triggers: ['http'] as TriggerId[], framework: framework.id })), ...events];
      }),
    ),
  );
}

/**
 * What the model starts a server with is its interpreter (an image's or a layer's, at its path) and the
 * generation's start settings: two images that give a language the same interpreter start the same
 * server (a Go server is its own static binary on every image). So each framework runs once per
 * generation × language × interpreter, and every image still starts servers of its own in each generation.
 */
function oncePerInterpreter(all: readonly ImageProject[]): ImageProject[] {
  const interpreterOf = (project: ImageProject) => {
    const choice = serverInterpreter(project.runtime, project.language);
    return choice && 'interpreter' in choice ? `${choice.interpreter.path}@${choice.interpreter.version}` : 'its own binary';
  };
  const seen = new Set<string>();
  const kept = all.filter((project) => {
    const key = `${project.fcVersion} ${project.language} ${project.framework ?? 'events'} ${interpreterOf(project)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const startsOwn = (project: ImageProject) => kept.some((other) => other.runtime === project.runtime && other.fcVersion === project.fcVersion);
  return [...kept, ...all.filter((project) => !startsOwn(project) && project.framework === 'none')];
}

const ALL = oncePerInterpreter(projects());
const root = scratchDir('cfc-image-model-');
const PURE_WHEELS = fileURLToPath(new URL('../support/pure-wheels.py', import.meta.url));

/** A function of a generated s.yaml, as Serverless Devs would deploy it. */
interface DeployedFunction {
  name: string;
  preDeploy: { run: string; path: string }[];
  code: string;
  layers: string[];
  environment: Record<string, string>;
  command: string[];
  port: number;
}

/** The functions of an s.yaml in either edition, as the image model starts them. */
function deployedFunctions(projectDir: string): DeployedFunction[] {
  return functionModules(projectDir).map(({ preDeploy, fn }) => {
    const start = fn.customRuntimeConfig as { command: string[]; args?: string[]; port?: number };
    return {
      name: String(fn.functionName ?? fn.name),
      preDeploy,
      code: String(fn.code ?? fn.codeUri),
      layers: (fn.layers as string[] | undefined) ?? [],
      environment: (fn.environmentVariables as Record<string, string> | undefined) ?? {},
      command: [...start.command, ...(start.args ?? [])],
      port: Number(start.port ?? fn.caPort ?? 9000),
    };
  });
}

const sandbox = toolchainTier('FC image model (bubblewrap)', await imageModelMissing());
const pythonRuns = toolchainTier('Python', await pythonToolchainMissing());
const goRuns = toolchainTier('Go', await goToolchainMissing());
// A Go framework's module (Gin) builds from Debian's sources here (test/support/toolchains/go-debian.ts).
const goFrameworkRuns = toolchainTier('Go web frameworks from Debian', debianGoSourcesMissing());
// Java's projects also need the JDK the Java17 layer brings, of its major version, to stand in for the layer.
const javaLayerMajors = INTERPRETER_LAYERS.filter((layer) => layer.interpreter.kind === 'java').map((layer) => minorVersion(layer.interpreter.version)[0]);
const javaRuns = toolchainTier('Java', javaToolchainMissing() ?? javaLayerMajors.map(jdkMissing).find(Boolean));
// Python's projects need python3 and pip, Go's the go tool, Java's the JDK and Maven; without them (and outside CI) the tier says so once and runs the others.
const RUNNABLE = ALL.filter((project) => (project.language !== 'python' || pythonRuns) && (project.language !== 'go' || (goRuns && (project.framework === 'none' || goFrameworkRuns))) && (project.language !== 'java' || javaRuns));

describe.skipIf(!sandbox)('every custom-runtime function starts in the model of its FC image and answers', () => {
  // The pre-deploy steps' installers: pip without retries, npm from its cache where it has the package (the registry is asked only for what it lacks).
  const pipEnv: Record<string, string> = { PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1', npm_config_prefer_offline: 'true' };

  beforeAll(async () => {
    await generateAll(root, RUNNABLE.map((project) => [...matrixArgs(project), ...(project.framework ? ['--framework', project.framework] : [])]));
    // TypeScript's pre-deploy build needs what the project's own `npm install` brings (the compiler, and the
    // framework, whose types some frameworks ship): one install above them all.
    const manifests = RUNNABLE.filter((project) => project.language === 'typescript').map((project) => JSON.parse(readFileSync(join(root, project.name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, devDependencies: Object.assign({}, ...manifests.flatMap((manifest) => [manifest.dependencies, manifest.devDependencies])) }));
    await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: root, stdin: 'ignore' });
    // Go's pre-deploy `go mod tidy` and `go build`, offline: a framework's module from Debian's sources.
    await Promise.all(RUNNABLE.filter((project) => project.language === 'go').map((project) => useStandIns(join(root, project.name))));
    const javaProjects = RUNNABLE.filter((project) => project.language === 'java');
    if (javaProjects.length) {
      // The pre-deploy `mvn package` as the README runs it, pointed at Debian's Maven repository (offline)
      // through each scratch copy's .mvn/maven.config, which Maven reads beside the pom.
      const maven = await prepareMaven(join(root, '.maven'));
      for (const project of javaProjects) {
        mkdirSync(join(root, project.name, '.mvn'));
        writeFileSync(join(root, project.name, '.mvn', 'maven.config'), mavenArgs(maven).join('\n'));
      }
    }
    if (pythonRuns) {
      // MarkupSafe as pure Python for the pip steps that target another Python than the index's wheels (see pure-wheels.py).
      const wheels = join(root, 'wheels');
      mkdirSync(wheels);
      await execa('python3', ['-m', 'pip', 'download', '-q', '--no-deps', '--only-binary=:all:', '--python-version', '3.11', '--platform', 'manylinux2014_x86_64', '-d', wheels, 'markupsafe'], { stdin: 'ignore', env: pipEnv });
      const { stdout } = await execa('bash', ['-c', `python3 "${PURE_WHEELS}" "${wheels}"/markupsafe-*-cp*.whl "${wheels}"`], { stdin: 'ignore' });
      expect(stdout).toMatch(/py3-none-any\.whl$/);
      pipEnv.PIP_FIND_LINKS = [process.env.PIP_FIND_LINKS, wheels].filter(Boolean).join(' ');
    }
  });

  it.each(Object.keys(RUNTIME_IMAGES) as ImageRuntimeId[])('the model of %s holds its documented interpreters, at their paths, and no other on PATH', async (runtime) => {
    const interpreters: readonly Interpreter[] = RUNTIME_IMAGES[runtime].interpreters;
    // The "server" prints what PATH finds and each interpreter's version, then exits without listening.
    const script = `for name in node nodejs python python3 pip3 php java go ruby; do command -v "$name"; done; ${interpreters.map((interpreter) => `${interpreter.path} --version 2>&1`).join('; ')}; exit 3`;
    const result = await runInImage({ runtime, code: root, layers: [], command: ['/bin/bash', '-c', script], port: 9000, environment: {}, functionName: 'probe', requests: [] }, join(root, '.runs', runtime));
    expect(result.exited, result.stderr).toMatch(/^3 \(listened: no\)/);
    const [found, versions] = [result.log.split('\n').filter((line) => line.startsWith('/')), result.log.split('\n').filter((line) => /^(v|Python )\d/.test(line))];
    const onDefaultPath = interpreters.filter((interpreter) => FC_DEFAULT_PATH.split(':').includes(binFolder(interpreter)));
    expect(found.sort()).toEqual(onDefaultPath.map((interpreter) => interpreter.path).sort());
    expect(versions.map((line) => minorVersion(line.replace(/^(v|Python )/, '')).join('.'))).toEqual(interpreters.map((interpreter) => minorVersion(interpreter.version).join('.')));
  });

  it.each(RUNNABLE)('$name', async (project) => {
    const projectDir = join(root, project.name);
    const functions = deployedFunctions(projectDir);
    expect(functions).toHaveLength(1);
    for (const fn of functions) {
      for (const step of fn.preDeploy) {
        const result = await execa('bash', ['-c', step.run], { cwd: join(projectDir, step.path), stdin: 'ignore', reject: false, env: { ...pipEnv, ...goEnv() } });
        expect(result.exitCode, `pre-deploy "${step.run}":\n${result.stdout}\n${result.stderr}`).toBe(0);
      }
      const web = project.triggers.includes('http');
      const requests = web
        ? [rawRequest('GET', '/?name=fc', { 'x-fc-control-path': '/http-invoke' }), rawRequest('POST', '/echo', { 'content-type': 'application/json', 'x-fc-control-path': '/http-invoke' }, '{"n":1}')]
        : [rawRequest('POST', '/invoke', { 'content-type': 'application/octet-stream', 'x-fc-control-path': '/invoke', 'x-fc-request-id': 'image-model-1' }, JSON.stringify({ triggerTime: '2026-12-07T00:00:00Z', triggerName: 'timer', payload: '{}' }))];
      const result = await runInImage(
        { runtime: project.runtime.id as ImageRuntimeId, code: join(projectDir, fn.code), layers: fn.layers, command: fn.command, port: fn.port, environment: fn.environment, functionName: fn.name, requests },
        join(root, '.runs', project.name),
      );
      const context = `${project.name}: exit ${result.exited}\n${result.log}\n${result.stderr}`;
      expect(result.exited, context).toMatch(/\(listened: yes\)/);
      const responses = result.responses.map(parseResponse);
      expect(responses.map((response) => response.status), context).toEqual(requests.map(() => 200));
      if (web) {
        expect(JSON.parse(responses[0]?.body ?? ''), context).toMatchObject({ message: 'Hello, fc!' });
        expect(JSON.parse(responses[1]?.body ?? ''), context).toEqual({ received: { n: 1 } });
      }
      // FC stops an instance with SIGTERM: the server exits cleanly (a JVM with 143, after its shutdown hooks).
      expect(result.exited, context).toMatch(new RegExp(`^${customServerOf(project.language).stoppedStatus} `));
    }
  });
});
