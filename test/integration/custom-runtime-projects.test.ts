import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse as parseJs } from 'acorn';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, FRAMEWORKS, migrationFramework } from '../../generators/core/catalog/frameworks.js';
import type { Language } from '../../generators/core/catalog/languages.js';
import { CUSTOM_RUNTIME_NODE, isContainerRuntime, RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { customServer } from '../../generators/core/catalog/custom-servers.js';
import type { TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { filesBelow, scratchDir } from '../support/cli.js';
import { generateAll, matrixArgs } from '../support/generate.js';
import { eventTriggerGroups, frameworkGeneration, type MatrixProject } from '../support/matrix.js';
import { dockerfileProblems, imageCommand } from '../support/dockerfile.js';
import { pythonToolchainMissing } from '../support/interpreters.js';
import { toolchainTier } from '../support/tier.js';

/** A project of this tier: a matrix project, with its web function's framework and port. */
type CustomProject = MatrixProject & { framework?: string; port?: number };

const CUSTOM = RUNTIMES.filter((runtime) => runtime.family === 'custom');

/**
 * A custom runtime changes only s.yaml's runtime id, not the code; so custom.debian10 (on both
 * generations) gets every framework and both kinds of event function, and every other custom
 * runtime × generation a project mixing a web function with an event function, per language.
 */
function projects(): CustomProject[] {
  return CUSTOM.flatMap((runtime) =>
    runtime.generations.flatMap((fcVersion) =>
      // Servers that take events too (Node.js, Python); Go's and Java's web-only servers are their own tiers'.
      runtime.languages.filter((language) => customServer(language)?.servesEvents).flatMap((language): CustomProject[] => {
        const base = { runtime, fcVersion, language };
        const prefix = `${runtime.id.replace('.', '-')}-fc${fcVersion}`;
        const mixed = { ...base, name: `${prefix}-mixed`, triggers: ['http', 'timer'] as TriggerId[] };
        if (isContainerRuntime(runtime)) {
          // An image installs the framework itself and must serve on the port s.yaml names.
          const framework = migrationFramework(language);
          return [mixed, { ...base, name: `${prefix}-web-${framework}`, triggers: ['http'] as TriggerId[], framework, port: 8080 }];
        }
        if (runtime.id !== 'custom.debian10') return [mixed];
        // Every framework in the runtime's newest generation; the plain server in each (see frameworkGeneration).
        const frameworks = FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes(language) && (framework.id === 'none' || frameworkGeneration(runtime, fcVersion)));
        return [
          mixed,
          ...frameworks.map((framework) => ({ ...base, name: `${prefix}-web-${framework.id}`, triggers: ['http'] as TriggerId[], framework: framework.id })),
          // An event function of many triggers: its server hands each event to the same handler the
          // built-in runtime's tier runs on every trigger's contract, so one group of them is enough here.
          { ...base, name: `${prefix}-events`, triggers: eventTriggerGroups(fcVersion)[0] as TriggerId[] },
          { ...base, name: `${prefix}-api`, triggers: ['none'] as TriggerId[] },
        ];
      }),
    ),
  );
}

const root = scratchDir('cfc-custom-matrix-');

function cliArgs(project: CustomProject): string[] {
  const args = matrixArgs(project);
  if (project.framework) args.push('--framework', project.framework);
  if (project.port) args.push('--port', String(project.port));
  return args;
}

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** One install for a language's projects: the union of their dependencies, which must agree on versions. */
function unionManifest(manifests: readonly Manifest[]): Manifest {
  const merged: Required<Manifest> = { dependencies: {}, devDependencies: {} };
  for (const manifest of manifests) {
    for (const key of ['dependencies', 'devDependencies'] as const) {
      for (const [name, range] of Object.entries(manifest[key] ?? {})) {
        expect(merged[key][name] ?? range, `${name} has one version everywhere`).toBe(range);
        merged[key][name] = range;
      }
    }
  }
  return merged;
}

const byLanguage = new Map<Language, CustomProject[]>();
for (const project of projects()) byLanguage.set(project.language, [...(byLanguage.get(project.language) ?? []), project]);

// Python's projects need python3 with pytest and Flask; the JavaScript and TypeScript ones only this Node.
const pythonRuns = toolchainTier('Python', await pythonToolchainMissing());

for (const [language, group] of byLanguage) describe.skipIf(language === 'python' && !pythonRuns)(`custom runtime projects in ${language}`, () => {
  const groupDir = join(root, language);

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    await generateAll(groupDir, group.map(cliArgs));
    if (language === 'python') return;
    const manifests = group.map((project) => JSON.parse(readFileSync(join(groupDir, project.name, 'package.json'), 'utf8')) as Manifest);
    writeFileSync(join(groupDir, 'package.json'), JSON.stringify({ private: true, ...unionManifest(manifests) }));
    await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: groupDir, stdin: 'ignore' });
  });

  it.each(group)('$name: its own tests pass, starting its servers for real', async (project) => {
    const cwd = join(groupDir, project.name);
    const [command, args] = language === 'python' ? ['python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider']] : ['npm', ['test']];
    const { exitCode, stdout, stderr } = await execa(command, args as string[], { cwd, reject: false, stdin: 'ignore', env: { CI: 'true', NO_COLOR: '1' } });
    expect(exitCode, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(language === 'python' ? /\d+ passed/ : /Tests\s+\d+ passed/);
  });

  it.each(group)('$name: its deploy folders hold a start (bootstrap or Dockerfile) and a server FC can start', async (project) => {
    const cwd = join(groupDir, project.name);
    if (language === 'typescript') await execa('npm', ['run', 'build'], { cwd, stdin: 'ignore' });
    const deployRoot = join(cwd, language === 'typescript' ? 'dist' : 'src');
    const files = filesBelow(deployRoot);
    const functions = [...new Set(files.map((file) => file.split('/')[0]))];
    expect(functions.length).toBe(project.triggers.includes('http') && project.triggers.length > 1 ? 2 : 1);
    for (const fn of functions) {
      expect(files).toContain(`${fn}/server.${language === 'python' ? 'py' : 'js'}`);
      if (isContainerRuntime(project.runtime)) {
        expect(files).not.toContain(`${fn}/bootstrap`);
        expect(dockerfileProblems(join(deployRoot, fn ?? ''), project.port ?? DEFAULT_PORT)).toEqual([]);
        continue;
      }
      expect(files).toContain(`${fn}/bootstrap`);
      const bash = await execa('bash', ['-n', join(deployRoot, fn ?? '', 'bootstrap')], { reject: false });
      expect(bash.exitCode, bash.stderr).toBe(0);
    }
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      expect(() => parseJs(readFileSync(join(deployRoot, file), 'utf8'), { ecmaVersion: CUSTOM_RUNTIME_NODE.ecmaVersion, sourceType: 'script' }), file).not.toThrow();
    }
  });

  // Without a Docker engine, the image's own command runs in its build context with its ENV.
  it.each(group.filter((project) => isContainerRuntime(project.runtime)))('$name: the image\'s command serves, and stops on SIGTERM (FC\'s stop signal; the server is the container\'s process 1)', async (project) => {
    const cwd = join(groupDir, project.name);
    if (language === 'typescript') await execa('npm', ['run', 'build'], { cwd, stdin: 'ignore' });
    const deployRoot = join(cwd, language === 'typescript' ? 'dist' : 'src');
    const functions = new Set(filesBelow(deployRoot).map((file) => file.split('/')[0] ?? ''));
    expect(functions.size).toBe(project.triggers.includes('http') && project.triggers.length > 1 ? 2 : 1);
    for (const fn of functions) {
      const context = join(deployRoot, fn);
      const { command, env } = imageCommand(context);
      const port = await freePort();
      const [program = '', ...args] = command;
      const server = execa(program, args, { cwd: context, env: { ...env, FC_SERVER_PORT: String(port) }, stdin: 'ignore', reject: false });
      await waitForHttp(port);
      server.kill('SIGTERM');
      const { exitCode, signal, stderr } = await server;
      expect({ exitCode, signal }, `${fn}: ${stderr}`).toEqual({ exitCode: 0, signal: undefined });
    }
  });
});

/** A TCP port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/** Resolves once something answers HTTP on the port (any status), trying for up to 10 s. */
async function waitForHttp(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`nothing answered on port ${port}`);
}
