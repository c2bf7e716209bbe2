import { t } from '../i18n/index.js';
import { GENERATIONS, type FcVersion } from './generations.js';
import { REGION_IDS } from './regions.js';
import { CUSTOM_SERVER_LANGUAGES, CUSTOM_SERVERS, customServer } from './custom-servers.js';
import { interpreterOn, RUNTIME_IMAGES, SERVER_MINIMUM, type ImageRuntimeId, type InterpreterChoice, type RuntimeImage } from './images.js';
import type { Language } from './languages.js';

/** Built-in runtimes of a language, or custom runtimes that run the code's own HTTP server. */
export type RuntimeFamily = 'nodejs' | 'python' | 'java' | 'go' | 'php' | 'dotnet' | 'custom';

interface RuntimeBase {
  /** FC's own runtime id. */
  id: string;
  /** The runtime's name; in the current language where it has words. */
  readonly label: string;
  generations: readonly FcVersion[];
  /** Languages in preference order; the first is the default. */
  languages: readonly Language[];
  /** Regions of its generations where FC does not offer it (the runtime's own page lists where it is). */
  notOfferedIn?: readonly string[];
}

export interface NodeRuntime extends RuntimeBase {
  family: 'nodejs';
  nodeMajor: 14 | 16 | 18 | 20;
  /** Newest ECMAScript edition the runtime's Node parses: the compile target and the syntax check. */
  ecmaVersion: 2020 | 2021 | 2022 | 2023;
}

export interface PythonRuntime extends RuntimeBase {
  family: 'python';
  /** Oldest Python version the code must parse on (for `ast.parse(feature_version=...)`). */
  pythonVersion: readonly [3, number];
}

/**
 * The oldest Node.js a custom runtime's bootstrap accepts (Express 5 and Koa 3 need 18), and the
 * ECMAScript edition that Node parses: what custom-runtime code compiles to.
 */
export const CUSTOM_RUNTIME_NODE = { major: SERVER_MINIMUM.node[0], ecmaVersion: 2022 } as const;

export interface JavaRuntime extends RuntimeBase {
  family: 'java';
  /** The Java release the code compiles for (`javac --release`): its language level and API. */
  javaRelease: 8 | 11;
}

export interface GoRuntime extends RuntimeBase {
  family: 'go';
}

export interface PhpRuntime extends RuntimeBase {
  family: 'php';
  /** The PHP version the code must parse and run on. */
  phpVersion: readonly [7, 2];
}

export interface DotnetRuntime extends RuntimeBase {
  family: 'dotnet';
  /** The target framework moniker of the function's project. */
  targetFramework: 'netcoreapp3.1';
}

/**
 * A custom runtime: FC starts the project's own web server (catalog/custom-servers.ts: Node.js and Python
 * through bootstrap, Go as its executable); or a custom container (`container`), whose image runs that same server.
 */
export interface CustomRuntime extends RuntimeBase {
  family: 'custom';
  container?: true;
}

/** The languages whose servers run in a custom runtime's image: a static executable, or on the image's own interpreter or an official layer's. */
function imageLanguages(id: ImageRuntimeId): readonly Language[] {
  return CUSTOM_SERVER_LANGUAGES.filter((language) => {
    const kind = CUSTOM_SERVERS[language].interpreter;
    return kind === undefined || !('problem' in interpreterOn(id, kind));
  });
}

/** The languages the custom container builds an image of. */
const CONTAINER_LANGUAGES: readonly Language[] = CUSTOM_SERVER_LANGUAGES.filter((language) => CUSTOM_SERVERS[language].container);

export type Runtime = NodeRuntime | PythonRuntime | JavaRuntime | GoRuntime | PhpRuntime | DotnetRuntime | CustomRuntime;

const JS_TS = ['javascript', 'typescript'] as const;

export const RUNTIMES = [
  { id: 'nodejs20', label: 'Node.js 20', family: 'nodejs', nodeMajor: 20, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2023 },
  { id: 'nodejs18', label: 'Node.js 18', family: 'nodejs', nodeMajor: 18, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2022 },
  { id: 'nodejs16', label: 'Node.js 16', family: 'nodejs', nodeMajor: 16, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2021 },
  { id: 'nodejs14', label: 'Node.js 14', family: 'nodejs', nodeMajor: 14, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2020 },
  // Python 3.12 is an FC 3.0 runtime; its context has no credentials (they are in the environment).
  // It is documented in 16 regions, not Singapore: https://www.alibabacloud.com/help/en/functioncompute/fc/python/
  { id: 'python3.12', label: 'Python 3.12', family: 'python', generations: ['3'], languages: ['python'], pythonVersion: [3, 12], notOfferedIn: ['ap-southeast-1'] },
  { id: 'python3.10', label: 'Python 3.10', family: 'python', generations: ['2', '3'], languages: ['python'], pythonVersion: [3, 10] },
  { id: 'python3.9', label: 'Python 3.9', family: 'python', generations: ['2', '3'], languages: ['python'], pythonVersion: [3, 9] },
  // FC's id for Python 3.6 is `python3`, not `python3.6`.
  { id: 'python3', label: 'Python 3.6', family: 'python', generations: ['2', '3'], languages: ['python'], pythonVersion: [3, 6] },
  // Java 8 and 11 are FC's only Java runtimes; the code compiles with `--release` of the runtime's version.
  { id: 'java11', label: 'Java 11', family: 'java', generations: ['2', '3'], languages: ['java'], javaRelease: 11 },
  { id: 'java8', label: 'Java 8', family: 'java', generations: ['2', '3'], languages: ['java'], javaRelease: 8 },
  { id: 'go1', label: 'Go 1.x', family: 'go', generations: ['2', '3'], languages: ['go'] },
  { id: 'php7.2', label: 'PHP 7.2', family: 'php', generations: ['2', '3'], languages: ['php'], phpVersion: [7, 2] },
  { id: 'dotnetcore3.1', label: '.NET Core 3.1', family: 'dotnet', generations: ['2', '3'], languages: ['csharp'], targetFramework: 'netcoreapp3.1' },
  // The legacy fc component (FC 2.0) knows custom and custom.debian10; FC 3.0 has Debian 10 to 12.
  { id: 'custom.debian10', get label() { return t('runtime.custom.label', { debian: 10 }); }, family: 'custom', generations: ['2', '3'], languages: imageLanguages('custom.debian10') },
  { id: 'custom.debian11', get label() { return t('runtime.custom.label', { debian: 11 }); }, family: 'custom', generations: ['3'], languages: imageLanguages('custom.debian11') },
  { id: 'custom.debian12', get label() { return t('runtime.custom.label', { debian: 12 }); }, family: 'custom', generations: ['3'], languages: imageLanguages('custom.debian12') },
  { id: 'custom', get label() { return t('runtime.custom.label', { debian: 9 }); }, family: 'custom', generations: ['2'], languages: imageLanguages('custom') },
  // The same servers as a custom runtime's, in the project's own image.
  { id: 'custom-container', get label() { return t('runtime.custom-container.label'); }, family: 'custom', container: true, generations: ['2', '3'], languages: CONTAINER_LANGUAGES },
] as const satisfies readonly Runtime[];

export type RuntimeId = (typeof RUNTIMES)[number]['id'];
export const RUNTIME_IDS: readonly RuntimeId[] = RUNTIMES.map((runtime) => runtime.id);
export const DEFAULT_RUNTIME: RuntimeId = 'nodejs20';

/** The runtime a web function gets on FC 3.0 when none is named: the one whose interpreters are confirmed. */
export const DEFAULT_CUSTOM_RUNTIME: RuntimeId = 'custom.debian10';

/** The catalog entry of a runtime id. */
export function runtimeById(id: RuntimeId): Runtime {
  const runtime = RUNTIMES.find((candidate) => candidate.id === id);
  if (!runtime) throw new Error(`Unknown runtime ${id}`);
  return runtime;
}

/** Whether a runtime is the custom container: its functions are images, not code packages. */
export function isContainerRuntime(runtime: Runtime): boolean {
  return runtime.family === 'custom' && runtime.container === true;
}

/** The image a custom runtime runs its function in; undefined for built-in runtimes and the custom container. */
export function runtimeImage(runtime: Runtime): RuntimeImage | undefined {
  return runtime.id in RUNTIME_IMAGES ? RUNTIME_IMAGES[runtime.id as ImageRuntimeId] : undefined;
}

/** How a custom runtime's server in this language gets its interpreter; undefined off custom runtimes' images. */
export function serverInterpreter(runtime: Runtime, language: Language): InterpreterChoice | undefined {
  const kind = customServer(language)?.interpreter;
  if (!runtimeImage(runtime) || kind === undefined) return undefined;
  return interpreterOn(runtime.id as ImageRuntimeId, kind);
}

/** The regions of a generation where FC offers a runtime: the generation's, less those its page leaves out. */
export function regionsOffering(runtime: Runtime, fcVersion: FcVersion): readonly string[] {
  const missing: readonly string[] = runtime.notOfferedIn ?? [];
  return REGION_IDS[fcVersion].filter((region) => !missing.includes(region));
}

/** Why a runtime cannot deploy to a region of a generation, in the run's language; undefined: it can. */
export function regionProblem(runtime: Runtime, fcVersion: FcVersion, region: string): string | undefined {
  if (!REGION_IDS[fcVersion].includes(region)) return t('region.notInGeneration', { generation: GENERATIONS[fcVersion].label, regions: REGION_IDS[fcVersion].join(', ') });
  const offering = regionsOffering(runtime, fcVersion);
  return offering.includes(region) ? undefined : t('region.runtimeNotOffered', { runtime: runtime.id, regions: offering.join(', ') });
}
