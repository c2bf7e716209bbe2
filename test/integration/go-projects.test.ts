import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/cli.js';
import { generateAll, generateMatrix, matrixArgs, type GeneratedProject } from '../support/generate.js';
import { byGroup, frameworkGeneration, matrixProjects, type MatrixProject } from '../support/matrix.js';
import { toolchainTier } from '../support/tier.js';
import { functionModules } from '../support/s-yaml-functions.js';
import { FRAMEWORKS } from '../../generators/core/catalog/frameworks.js';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { debianGoSourcesMissing, goModRequirements } from '../support/toolchains/go-debian.js';
import type { TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { deployedFunctions, goToolchainMissing, isLinuxAmd64Executable, runGo, runStep, useStandIns } from '../support/toolchains/go.js';

const root = scratchDir('cfc-go-matrix-');
const runs = toolchainTier('Go', await goToolchainMissing());

describe.skipIf(!runs).each([...byGroup(matrixProjects('go'))])('Go %s projects', (group, projects) => {
  const groupDir = join(root, group);
  let generated = new Map<string, GeneratedProject>();
  const projectDir = (project: MatrixProject) => join(groupDir, project.name);

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    generated = await generateMatrix(groupDir, projects);
    // Only this scratch copy is pointed at the stand-in; the generated go.mod names the real SDK.
    await Promise.all(projects.map((project) => useStandIns(projectDir(project))));
  }, 180_000);

  // The README's steps: `go mod tidy`, then `go test ./...`, every function's tests in one run.
  it.each(projects)('$name: go mod tidy, then its own tests pass', async (project: MatrixProject) => {
    const dir = projectDir(project);
    expect(readFileSync(join(dir, 'go.mod'), 'utf8')).toMatch(/^go 1\.18$/m);
    const tidy = await runGo(['mod', 'tidy'], dir);
    expect(tidy.exitCode, tidy.output).toBe(0);
    const { exitCode, output } = await runGo(['test', '-count=1', './...'], dir);
    expect(exitCode, output).toBe(0);
    expect(output).not.toMatch(/no test files/);
    const tested = output.match(/^ok\s/gm) ?? [];
    expect(tested.length, output).toBe(generated.get(project.name)?.functions.length);
  }, 120_000);

  it.each(projects)('$name: go vet and gofmt find nothing', async (project: MatrixProject) => {
    const vet = await runGo(['vet', './...'], projectDir(project));
    expect(vet.exitCode, vet.output).toBe(0);
    const format = await runGo(['-l', 'src'], projectDir(project), 'gofmt');
    expect(format, format.output).toEqual({ exitCode: 0, output: '' });
  }, 120_000);

  it.each(projects)('$name: the s.yaml pre-deploy steps (go mod tidy, go build) make each function\'s Linux binary', async (project: MatrixProject) => {
    const dir = projectDir(project);
    const deployed = deployedFunctions(dir);
    expect(deployed).toHaveLength(generated.get(project.name)?.functions.length ?? -1);
    for (const { steps, code, handler } of deployed) {
      expect(steps.map((step) => step.run.split(' -o ')[0])).toEqual(['go mod tidy', 'GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build']);
      for (const step of steps) {
        const { exitCode, output } = await runStep(dir, step);
        expect(exitCode, `${step.run}\n${output}`).toBe(0);
      }
      // FC's go1 runtime runs the executable named as the handler, in the code folder it deploys.
      const binary = join(dir, code, handler);
      expect(existsSync(binary), binary).toBe(true);
      expect(isLinuxAmd64Executable(binary), binary).toBe(true);
    }
  }, 120_000);
});

/** Every custom runtime × generation that runs a Go server: a web function on the standard library's net/http, and on each Go framework in the runtime's newest generation. */
const GO_FRAMEWORKS = FRAMEWORKS.filter((framework) => (framework.languages as readonly string[]).includes('go'));
// A framework's module (Gin) builds from Debian's sources here: without them its projects are skipped, with one line.
const frameworkSources = toolchainTier('Go web frameworks from Debian', debianGoSourcesMissing());
const CUSTOM_GO: (MatrixProject & { framework: string })[] = RUNTIMES.filter((runtime) => runtime.family === 'custom' && (runtime.languages as readonly string[]).includes('go')).flatMap((runtime) =>
  runtime.generations.flatMap((fcVersion) =>
    GO_FRAMEWORKS.filter((framework) => framework.id === 'none' || (frameworkSources && frameworkGeneration(runtime, fcVersion))).map((framework) => ({
      runtime,
      fcVersion,
      language: 'go' as const,
      name: `${runtime.id.replace('.', '-')}-fc${fcVersion}-web-${framework.id}`,
      triggers: ['http'] as TriggerId[],
      framework: framework.id,
    })),
  ),
);

describe.skipIf(!runs)('Go web functions on custom runtimes', () => {
  const groupDir = join(root, 'custom');

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    await generateAll(groupDir, CUSTOM_GO.map((project) => [...matrixArgs(project), '--framework', project.framework]));
    // Only these scratch copies point a framework's module at Debian's sources; the generated go.mod names the real one.
    await Promise.all(CUSTOM_GO.map((project) => useStandIns(join(groupDir, project.name))));
  }, 180_000);

  it('covers both generations, and every Go framework of the catalog', () => {
    expect(new Set(CUSTOM_GO.map((project) => project.fcVersion))).toEqual(new Set(['2', '3']));
    if (frameworkSources) expect(new Set(CUSTOM_GO.map((project) => project.framework))).toEqual(new Set(GO_FRAMEWORKS.map((framework) => framework.id)));
  });

  // go.mod requires the framework's module and nothing else (the standard library's server: nothing at all).
  it.each(CUSTOM_GO)('$name: its own tests send real requests through its framework, and go vet and gofmt find nothing', async (project) => {
    const dir = join(groupDir, project.name);
    const goMod = readFileSync(join(dir, 'go.mod'), 'utf8');
    const framework = GO_FRAMEWORKS.find((candidate) => candidate.id === project.framework);
    expect(goModRequirements(goMod.replace(/^replace .*$/gm, ''))).toEqual(framework && 'goModule' in framework ? [framework.goModule] : []);
    for (const args of [['mod', 'tidy'], ['test', '-count=1', '-v', './...'], ['vet', './...']]) {
      const result = await runGo(args, dir);
      expect(result.exitCode, result.output).toBe(0);
      if (args[0] === 'test') expect(result.output).toMatch(/--- PASS: TestEchoesTheJSONBody/);
    }
    expect(await runGo(['-l', 'src'], dir, 'gofmt')).toEqual({ exitCode: 0, output: '' });
  }, 120_000);

  it.each(CUSTOM_GO)('$name: the pre-deploy build makes the linux/amd64 executable that customRuntimeConfig starts as /code/main', async (project) => {
    const dir = join(groupDir, project.name);
    const [module] = functionModules(dir);
    const start = module?.fn.customRuntimeConfig as { command: string[]; args?: string[] };
    expect(start.command).toEqual(['/code/main']);
    expect(start.args).toBeUndefined();
    for (const step of module?.preDeploy ?? []) {
      const result = await runStep(dir, step);
      expect(result.exitCode, `${step.run}\n${result.output}`).toBe(0);
    }
    const binary = join(dir, String(module?.fn.code ?? module?.fn.codeUri), 'main');
    expect(isLinuxAmd64Executable(binary), binary).toBe(true);
  }, 120_000);
});
