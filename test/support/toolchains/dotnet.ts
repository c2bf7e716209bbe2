import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { missingCommands, notFound } from '../tier.js';

/**
 * C# projects here: no .NET SDK or NuGet, so Mono's mcs compiles them against the API-compatible stand-ins in
 * test/fixtures/dotnet (FC's SDK, ASP.NET Core's request types, xunit) and Debian's Newtonsoft.Json, and a
 * stand-in xunit runner runs their tests under mono.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/dotnet/', import.meta.url));
/** The oldest C# mcs knows, and older than .NET Core 3.1's C# 8: code that compiles here compiles there. */
export const CSHARP_LANGUAGE_VERSION = '7.2';
// Debian's libnewtonsoft-json5.0-cil (Newtonsoft.Json 6.0.8); also in Mono's GAC, where mono finds it at run time.
const NEWTONSOFT = '/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll';

/** The stand-in assemblies, in build order: name, source folder, what it references. */
const STAND_INS = [
  { name: 'Microsoft.Extensions.Logging.Abstractions', refs: [] },
  { name: 'Aliyun.Serverless.Core', refs: ['Microsoft.Extensions.Logging.Abstractions'] },
  { name: 'Microsoft.AspNetCore', refs: [] },
  { name: 'Aliyun.Serverless.Core.Http', refs: ['Aliyun.Serverless.Core', 'Microsoft.AspNetCore', 'Microsoft.Extensions.Logging.Abstractions'] },
  { name: 'xunit', refs: [] },
] as const;
const RUNNER = 'XunitStandInRunner.exe';

export interface DotnetToolchain {
  /** Folder with the stand-in DLLs and the runner. */
  dir: string;
  /** mcs references every generated function and test compiles against. */
  references: string[];
}

async function mcs(args: readonly string[], cwd?: string) {
  return execa('mcs', ['-nologo', `-langversion:${CSHARP_LANGUAGE_VERSION}`, ...args], { cwd, stdin: 'ignore', reject: false, all: true });
}

// Mono's reference assemblies the compiled code needs beyond mscorlib (libmono-system-{core,numerics}4.0-cil).
const MONO_ASSEMBLIES = ['System.Core', 'System.Numerics'].map((name) => `/usr/lib/mono/4.5/${name}.dll`);

/** What of mcs, mono, Mono's assemblies and Debian's Newtonsoft.Json is not installed, with how to install it; undefined when nothing. */
export function dotnetToolchainMissing(): string | undefined {
  const files = [...MONO_ASSEMBLIES, NEWTONSOFT].filter((path) => !existsSync(path));
  return notFound([...missingCommands(['mcs', 'mono']), ...files], 'run .ci/toolchains/dotnet.sh');
}

/** Compiles the stand-ins and the runner once into `dir`. */
export async function prepareDotnetToolchain(dir: string): Promise<DotnetToolchain> {
  mkdirSync(dir, { recursive: true });
  for (const { name, refs } of STAND_INS) {
    const { exitCode, all } = await mcs(['-target:library', `-out:${join(dir, `${name}.dll`)}`, ...refs.map((ref) => `-r:${join(dir, `${ref}.dll`)}`), `-recurse:${join(FIXTURES, name, '*.cs')}`]);
    if (exitCode !== 0) throw new Error(`stand-in ${name} does not compile:\n${all}`);
  }
  const runner = await mcs(['-target:exe', `-out:${join(dir, RUNNER)}`, `-r:${join(dir, 'xunit.dll')}`, `-recurse:${join(FIXTURES, 'runner', '*.cs')}`]);
  if (runner.exitCode !== 0) throw new Error(`the stand-in runner does not compile:\n${runner.all}`);
  const references = [...STAND_INS.filter(({ name }) => name !== 'xunit').map(({ name }) => join(dir, `${name}.dll`)), NEWTONSOFT, 'System.Numerics'];
  return { dir, references };
}

export interface CompileResult {
  ok: boolean;
  output: string;
}

/** The function projects of a generated project: each folder of src/ with its own .csproj. */
export function functionProjects(projectDir: string): string[] {
  return readdirSync(join(projectDir, 'src')).filter((name) => existsSync(join(projectDir, 'src', name, `${name}.csproj`)));
}

/** Compiles each function's deployable code (src/<Pascal>/) into `<project>/tests/bin/mono/<Pascal>.dll`. */
export async function compileFunctions(projectDir: string, toolchain: DotnetToolchain): Promise<CompileResult> {
  const out = join(projectDir, 'tests', 'bin', 'mono');
  mkdirSync(out, { recursive: true });
  const outputs: string[] = [];
  for (const name of functionProjects(projectDir)) {
    const { exitCode, all } = await mcs(['-target:library', '-warnaserror', `-out:${join(out, `${name}.dll`)}`, ...toolchain.references.map((ref) => `-r:${ref}`), `-recurse:${join('src', name, '*.cs')}`], projectDir);
    outputs.push(`${name}: ${all}`);
    if (exitCode !== 0) return { ok: false, output: outputs.join('\n') };
  }
  return { ok: true, output: outputs.join('\n') };
}

/** Compiles the project's xunit tests against its compiled functions and runs them with the stand-in runner. */
export async function runDotnetTests(projectDir: string, toolchain: DotnetToolchain): Promise<{ exitCode: number; output: string }> {
  const out = join(projectDir, 'tests', 'bin', 'mono');
  const functions = functionProjects(projectDir).map((name) => `-r:${join(out, `${name}.dll`)}`);
  const refs = [...toolchain.references, join(toolchain.dir, 'xunit.dll')].map((ref) => `-r:${ref}`);
  const compiled = await mcs(['-target:library', `-out:${join(out, 'Tests.dll')}`, ...refs, ...functions, `-recurse:${join('tests', '*.cs')}`], projectDir);
  if (compiled.exitCode !== 0) return { exitCode: compiled.exitCode ?? 1, output: `tests do not compile:\n${compiled.all}` };
  // mono resolves the test's references from its own folder.
  for (const file of readdirSync(toolchain.dir)) copyFileSync(join(toolchain.dir, file), join(out, file));
  const run = await execa('mono', [join(out, RUNNER), join(out, 'Tests.dll')], { cwd: projectDir, stdin: 'ignore', reject: false, all: true });
  return { exitCode: run.exitCode ?? 1, output: run.all ?? '' };
}
