import type { FcVersion } from './generations.js';
import type { Language } from './languages.js';

/** A runtime family shares its templates folder and its test tooling. */
export type RuntimeFamily = 'nodejs' | 'python';

interface RuntimeBase {
  /** FC's own runtime id. */
  id: string;
  label: string;
  generations: readonly FcVersion[];
  /** Languages in preference order; the first is the default. */
  languages: readonly Language[];
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

export type Runtime = NodeRuntime | PythonRuntime;

const JS_TS = ['javascript', 'typescript'] as const;

export const RUNTIMES = [
  { id: 'nodejs20', label: 'Node.js 20', family: 'nodejs', nodeMajor: 20, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2023 },
  { id: 'nodejs18', label: 'Node.js 18', family: 'nodejs', nodeMajor: 18, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2022 },
  { id: 'nodejs16', label: 'Node.js 16', family: 'nodejs', nodeMajor: 16, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2021 },
  { id: 'nodejs14', label: 'Node.js 14', family: 'nodejs', nodeMajor: 14, generations: ['2', '3'], languages: JS_TS, ecmaVersion: 2020 },
  // Python 3.12 is an FC 3.0 runtime; its context has no credentials (they are in the environment).
  { id: 'python3.12', label: 'Python 3.12', family: 'python', generations: ['3'], languages: ['python'], pythonVersion: [3, 12] },
  { id: 'python3.10', label: 'Python 3.10', family: 'python', generations: ['2', '3'], languages: ['python'], pythonVersion: [3, 10] },
  { id: 'python3.9', label: 'Python 3.9', family: 'python', generations: ['2', '3'], languages: ['python'], pythonVersion: [3, 9] },
  // FC's id for Python 3.6 is `python3`, not `python3.6`.
  { id: 'python3', label: 'Python 3.6', family: 'python', generations: ['2', '3'], languages: ['python'], pythonVersion: [3, 6] },
] as const satisfies readonly Runtime[];

export type RuntimeId = (typeof RUNTIMES)[number]['id'];
export const RUNTIME_IDS: readonly RuntimeId[] = RUNTIMES.map((runtime) => runtime.id);
export const DEFAULT_RUNTIME: RuntimeId = 'nodejs20';

/** The catalog entry of a runtime id. */
export function runtimeById(id: RuntimeId): Runtime {
  const runtime = RUNTIMES.find((candidate) => candidate.id === id);
  if (!runtime) throw new Error(`Unknown runtime ${id}`);
  return runtime;
}
