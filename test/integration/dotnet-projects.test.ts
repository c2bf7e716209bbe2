import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/cli.js';
import { csharpName } from '../../generators/core/catalog/families/dotnet.js';
import { generateMatrix, type GeneratedProject } from '../support/generate.js';
import { byGroup, matrixProjects, type MatrixProject } from '../support/matrix.js';
import { toolchainTier } from '../support/tier.js';
import { compileFunctions, type DotnetToolchain, dotnetToolchainMissing, functionProjects, prepareDotnetToolchain, runDotnetTests } from '../support/toolchains/dotnet.js';

const root = scratchDir('cfc-dotnet-matrix-');
const runs = toolchainTier('C# (Mono)', dotnetToolchainMissing());

// Substitute toolchain: no .NET SDK here, so Mono compiles the C# at 7.2 against stand-ins and runs the xunit tests.
// A function named like a .NET type its code uses (System.IO.Stream) must still compile.
const withTypeNamedFunction = (projects: MatrixProject[]): MatrixProject[] => [...projects, { ...(projects[0] as MatrixProject), name: 'stream', triggers: ['timer'] }];

describe.skipIf(!runs).each([...byGroup(matrixProjects('dotnet'))].map(([group, projects]) => [group, withTypeNamedFunction(projects)] as const))('C# %s projects', (group, projects) => {
  const groupDir = join(root, group);
  let toolchain: DotnetToolchain;
  let generated = new Map<string, GeneratedProject>();

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    toolchain = await prepareDotnetToolchain(join(root, 'toolchain'));
    generated = await generateMatrix(groupDir, projects);
  });

  it.each(projects)('$name: deployable code compiles as C# 7.2 (older than .NET Core 3.1\'s C# 8), and its own tests pass', async (project: MatrixProject) => {
    const directory = join(groupDir, project.name);
    const functions = generated.get(project.name)?.functions ?? [];
    expect(functionProjects(directory).sort()).toEqual(functions.map((fn) => csharpName(fn.name)).sort());
    const compiled = await compileFunctions(directory, toolchain);
    expect(compiled.ok, compiled.output).toBe(true);
    const { exitCode, output } = await runDotnetTests(directory, toolchain);
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/^[1-9]\d* passed, 0 failed$/m);
    // Every function's own tests ran, not just some.
    for (const fn of functions) expect(output, fn.name).toContain(`[PASS] ${csharpName(fn.name)}.Tests.`);
  });
});
