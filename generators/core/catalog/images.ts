// What FC's custom-runtime images hold, and the official layers that bring what they lack. A custom
// runtime starts the function's own command inside FC's image: only the image, the code (/code) and its
// layers (/opt) are there. Images: https://help.aliyun.com/document_detail/132053.html (Debian 9 and 10),
// https://alibabacloud.com/help/zh/functioncompute/overview-10 and
// https://help.aliyun.com/zh/functioncompute/custom-runtime/ (Debian 11 and 12). Layers: the official
// list, awesome-fc/awesome-layers README.md (main, 2026-08), and https://help.aliyun.com/document_detail/2513620.html.

/** The languages an interpreter runs a server in. */
export type InterpreterKind = 'node' | 'python' | 'java';

/** Each interpreter kind's name, as messages name it. */
export const INTERPRETER_NAMES: Readonly<Record<InterpreterKind, string>> = { node: 'Node.js', python: 'Python', java: 'Java' };

/** An interpreter in an FC instance: its language, documented version and the executable's path. */
export interface Interpreter {
  kind: InterpreterKind;
  /** The version FC documents for it. */
  version: string;
  /** The executable, where FC's image or layer lays it out. */
  path: string;
}

/** An official FC layer that brings an interpreter: mounted under /opt, found through PATH. */
export interface InterpreterLayer {
  /** The layer's name and version in FC's official ARNs (`acs:fc:<region>:official:layers/<name>/versions/<version>`). */
  name: string;
  version: number;
  interpreter: Interpreter;
  /** The runtimes FC accepts the layer on; on any other FC refuses the function ("is not supported by layer"). */
  runtimes: readonly string[];
  /** Environment variables the layer's documentation asks for besides PATH. */
  environment?: Readonly<Record<string, string>>;
}

/** A custom runtime's image: its Debian and its interpreters, the default one of each kind first. */
export interface RuntimeImage {
  debian: number;
  interpreters: readonly Interpreter[];
}

/**
 * The PATH FC gives custom-runtime instances, which `environmentVariables.PATH` replaces rather than
 * extends: FC's official templates write it out whole, a layer's bin folder first
 * (devsapp/start-web-framework V3, web-framework/nodejs/express/src/s.yaml).
 */
export const FC_DEFAULT_PATH = '/usr/local/bin/apache-maven/bin:/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/ruby/bin';

/** Official layers that bring an interpreter, newest first per kind. */
export const INTERPRETER_LAYERS: readonly InterpreterLayer[] = [
  // Version 3 runs on Debian 10 to 12; version 1, which the official templates name, on Debian 10 only.
  { name: 'Nodejs20', version: 3, interpreter: { kind: 'node', version: '20.11.0', path: '/opt/nodejs20/bin/node' }, runtimes: ['custom.debian10', 'custom.debian11', 'custom.debian12'] },
  { name: 'Python310', version: 3, interpreter: { kind: 'python', version: '3.10.5', path: '/opt/python3.10/bin/python3' }, runtimes: ['custom', 'custom.debian10', 'custom.debian11', 'custom.debian12'] },
  // OpenJDK 17.0.2 under /opt/java17, with /opt/java17/bin first on PATH and JAVA_HOME, as its page asks
  // (awesome-fc/awesome-layers, docs/Java17/README.md). No custom runtime's image documents a JDK.
  {
    name: 'Java17',
    version: 3,
    interpreter: { kind: 'java', version: '17.0.2', path: '/opt/java17/bin/java' },
    runtimes: ['custom', 'custom.debian10', 'custom.debian11', 'custom.debian12'],
    environment: { JAVA_HOME: '/opt/java17' },
  },
];

/** Images by custom runtime id (the container runtime has none: the project's Dockerfile is its image). */
export const RUNTIME_IMAGES = {
  // Python 3.7.4 and Node.js 10.16.2 (paths undocumented; on the default PATH); no Node.js 18+ layer lists this runtime.
  custom: {
    debian: 9,
    interpreters: [
      { kind: 'python', version: '3.7.4', path: '/usr/local/bin/python3' },
      { kind: 'node', version: '10.16.2', path: '/usr/local/bin/node' },
    ],
  },
  'custom.debian10': {
    debian: 10,
    interpreters: [
      { kind: 'node', version: '20.10.0', path: '/var/fc/lang/nodejs20/bin/node' },
      { kind: 'node', version: '18.19.0', path: '/var/fc/lang/nodejs18/bin/node' },
      { kind: 'python', version: '3.10.9', path: '/var/fc/lang/python3.10/bin/python3' },
    ],
  },
  'custom.debian11': {
    debian: 11,
    interpreters: [{ kind: 'python', version: '3.12.4', path: '/var/fc/lang/python3.12/bin/python3' }],
  },
  'custom.debian12': {
    debian: 12,
    interpreters: [
      { kind: 'python', version: '3.11.2', path: '/usr/bin/python3' },
      { kind: 'python', version: '3.12.4', path: '/opt/python3.12/bin/python3' },
    ],
  },
} as const satisfies Record<string, RuntimeImage>;

export type ImageRuntimeId = keyof typeof RUNTIME_IMAGES;

/**
 * The oldest interpreter each kind of server we write runs on: Express 5 and Koa 3 need Node.js 18
 * (Fastify 5 needs 20, which every Node.js the catalog gives a server is); Flask 3.1 needs Python 3.9
 * and Django 5.2 needs 3.10; the Java server is compiled for the Java17 layer's release.
 */
export const SERVER_MINIMUM: Record<InterpreterKind, readonly [number, number]> = { node: [18, 0], python: [3, 10], java: [17, 0] };

/** How a function's server gets its interpreter: the image's own, an official layer's, or why neither works. */
export type InterpreterChoice = { interpreter: Interpreter; layer?: InterpreterLayer } | { problem: { have: string; need: string } };

/** major.minor of a version. */
export function minorVersion(version: string): readonly [number, number] {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return [major, minor];
}

const atLeast = (version: string, [wantMajor, wantMinor]: readonly [number, number]) => {
  const [major, minor] = minorVersion(version);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
};

/**
 * The interpreter a server of this kind runs on in a runtime's image: the first the image holds that is
 * new enough, else an official layer's that FC accepts on the runtime; else why neither works.
 */
export function interpreterOn(runtimeId: ImageRuntimeId, kind: InterpreterKind): InterpreterChoice {
  const own: readonly Interpreter[] = RUNTIME_IMAGES[runtimeId].interpreters.filter((candidate) => candidate.kind === kind);
  const fitting = own.find((candidate) => atLeast(candidate.version, SERVER_MINIMUM[kind]));
  if (fitting) return { interpreter: fitting };
  const layer = INTERPRETER_LAYERS.find((candidate) => candidate.interpreter.kind === kind && candidate.runtimes.includes(runtimeId) && atLeast(candidate.interpreter.version, SERVER_MINIMUM[kind]));
  if (layer) return { interpreter: layer.interpreter, layer };
  const [major, minor] = SERVER_MINIMUM[kind];
  // Node.js and Java are named by their major version, Python by major.minor.
  return { problem: { have: own.map((candidate) => candidate.version).join(', ') || '-', need: kind === 'python' ? `${major}.${minor}` : String(major) } };
}

/** The layer ARN of an official layer, in s.yaml's terms (`region` is usually `${vars.region}`). */
export function layerArn(layer: InterpreterLayer, region: string): string {
  return `acs:fc:${region}:official:layers/${layer.name}/versions/${layer.version}`;
}

/** The folder holding an interpreter's executable. */
export function binFolder(interpreter: Interpreter): string {
  return interpreter.path.slice(0, interpreter.path.lastIndexOf('/'));
}

/** The PATH of a function whose interpreter comes from a layer: the layer's bin folder, then FC's default. */
export function layerPath(layer: InterpreterLayer): string {
  return `${binFolder(layer.interpreter)}:${FC_DEFAULT_PATH}`;
}
