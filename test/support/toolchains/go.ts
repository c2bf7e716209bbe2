import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functionModules } from '../s-yaml-functions.js';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { missingCommands, notFound } from '../tier.js';
import { debianReplacements, goModRequirements, requiresFrameworkModule, writeProbeModule } from './go-debian.js';

/** The API-compatible stand-in for github.com/aliyun/fc-runtime-go-sdk that the tests build against. */
export const GO_STAND_IN_SDK = fileURLToPath(new URL('../../fixtures/go/fc-runtime-go-sdk', import.meta.url));
const SDK_MODULE = 'github.com/aliyun/fc-runtime-go-sdk';
// One build cache for every test run, so a second run only re-links.
const GO_CACHE = fileURLToPath(new URL('../../../node_modules/.cache/create-fc-function/go-build', import.meta.url));

/** The environment of every go command the tests run: offline, allowed to update go.mod (there is no go.sum), the shared cache. */
export function goEnv(): Record<string, string> {
  mkdirSync(GO_CACHE, { recursive: true });
  // GOTOOLCHAIN=local: a newer go must not try to download the toolchain go.mod names.
  return { GOPROXY: 'off', GOFLAGS: '-mod=mod', GOCACHE: GO_CACHE, GOTOOLCHAIN: 'local', GOTELEMETRY: 'off' };
}

/** Runs go (or gofmt) in a folder without failing: exit code and combined output. */
export async function runGo(args: readonly string[], cwd: string, tool = 'go'): Promise<{ exitCode: number; output: string }> {
  const { exitCode, all } = await execa(tool, args, { cwd, env: goEnv(), reject: false, stdin: 'ignore', all: true });
  return { exitCode: exitCode ?? -1, output: all ?? '' };
}

/** The toolchain's version, e.g. `1.19.8`; undefined when go is not installed. */
export async function goVersion(): Promise<string | undefined> {
  const result = await execa('go', ['env', 'GOVERSION'], { reject: false, stdin: 'ignore' }).catch(() => undefined);
  return result?.exitCode === 0 ? result.stdout.trim().replace(/^go/, '') : undefined;
}

/** Why go cannot build the projects' go 1.18 (not installed, or older), with how to install it; undefined when it can. */
export async function goToolchainMissing(): Promise<string | undefined> {
  const install = 'run .ci/toolchains/go.sh';
  const version = await goVersion();
  if (version === undefined) return notFound(['go 1.18 or newer', ...missingCommands(['gofmt'])], install);
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major === 1 && minor < 18) return `go ${version} is older than the projects' go 1.18; ${install}`;
  return notFound(missingCommands(['gofmt']), install);
}

let frameworkReplacements: Promise<Map<string, string>> | undefined;

/** The replacements that build the catalog's Go frameworks from Debian's sources; worked out once per process. */
function debianFrameworkReplacements(): Promise<Map<string, string>> {
  frameworkReplacements ??= (async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cfc-go-debian-'));
    const probe = join(scratch, 'probe');
    return debianReplacements(join(scratch, 'stubs'), async (replacements) => {
      writeProbeModule(probe);
      await goModEdit(probe, replacements);
      const tidy = await runGo(['mod', 'tidy'], probe);
      return tidy.exitCode === 0 ? undefined : tidy.output;
    });
  })();
  return frameworkReplacements;
}

async function goModEdit(projectDir: string, replacements: ReadonlyMap<string, string>): Promise<void> {
  const { exitCode, output } = await runGo(['mod', 'edit', ...[...replacements].map(([module, folder]) => `-replace=${module}=${folder}`)], projectDir);
  if (exitCode !== 0) throw new Error(`go mod edit failed in ${projectDir}: ${output}`);
}

/**
 * Points a generated project (a scratch copy) at what stands in for the modules it requires, as a
 * user's would be at the real ones: FC's SDK at its stand-in, a web framework (Gin) at Debian's sources.
 */
export async function useStandIns(projectDir: string): Promise<void> {
  const goMod = readFileSync(join(projectDir, 'go.mod'), 'utf8');
  const replacements = new Map<string, string>();
  if (goModRequirements(goMod).includes(SDK_MODULE)) replacements.set(SDK_MODULE, GO_STAND_IN_SDK);
  if (requiresFrameworkModule(goMod)) for (const [module, folder] of await debianFrameworkReplacements()) replacements.set(module, folder);
  if (replacements.size > 0) await goModEdit(projectDir, replacements);
}


/** What s.yaml deploys per function (FC 3.0 `resources`, FC 2.0 `services`): its build steps, code folder and handler. */
export function deployedFunctions(projectDir: string): { steps: { run: string; path: string }[]; code: string; handler: string }[] {
  return functionModules(projectDir).map(({ preDeploy, fn }) => ({ steps: preDeploy, code: String(fn.code ?? fn.codeUri ?? ''), handler: String(fn.handler ?? '') }));
}

/** Runs one s.yaml step as Serverless Devs does: a shell command in its folder. */
export async function runStep(projectDir: string, step: { run: string; path: string }): Promise<{ exitCode: number; output: string }> {
  return runGo(['-c', step.run], join(projectDir, step.path), 'sh');
}

/** Whether a file is a 64-bit x86-64 Linux (ELF) executable, which is what FC's go1 runtime runs. */
export function isLinuxAmd64Executable(path: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  const elf = header.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  const executable = header.readUInt16LE(16) === 2; // ET_EXEC: statically linked, as CGO_ENABLED=0 builds are
  return elf && header[4] === 2 && executable && header.readUInt16LE(18) === 0x3e;
}
