import type { ProjectSpec } from '../../validate.js';
import { pinned } from '../../versions.js';
import { servedFramework } from '../frameworks.js';
import { runtimeById } from '../runtimes.js';
import { triggerClassName } from './names.js';

/** FC's Go SDK: the only dependency of a generated Go project. */
export const GO_SDK_MODULE = 'github.com/aliyun/fc-runtime-go-sdk';
/** The `go` directive: the SDK's own (generics, used by the templates, need 1.18 too). */
export const GO_LANGUAGE_VERSION = '1.18';

/** A go.mod file as data. */
export interface GoModFile {
  module: string;
  go: string;
  require: { path: string; version: string }[];
}

/**
 * The project's one Go module, named after the project: on the go1 runtime it requires FC's SDK; a custom
 * runtime's server needs the standard library, or its web framework's module (Gin).
 */
export function goModule(spec: ProjectSpec): GoModFile {
  const sdk = runtimeById(spec.runtime).family === 'go' ? [GO_SDK_MODULE] : [];
  const framework = servedFramework(spec)?.goModule;
  const modules = [...sdk, ...(framework ? [framework] : [])];
  return { module: spec.name, go: GO_LANGUAGE_VERSION, require: modules.map((path) => ({ path, version: pinned(path) })) };
}

// go.mod tokens are bare when they are plain path characters, else Go string literals (which JSON strings are).
function token(value: string): string {
  return /^[A-Za-z0-9_.\/~+-]+$/.test(value) ? value : JSON.stringify(value);
}

/** go.mod text in the layout `go mod tidy` writes. */
export function goModText(file: GoModFile): string {
  const lines = [`module ${token(file.module)}`, '', `go ${file.go}`];
  const requirements = file.require.map((dep) => `${token(dep.path)} ${token(dep.version)}`);
  if (requirements.length === 1) lines.push('', `require ${requirements.join('')}`);
  else if (requirements.length > 1) lines.push('', 'require (', ...requirements.map((line) => `\t${line}`), ')');
  return `${lines.join('\n')}\n`;
}

/** The Go variable that holds a trigger in the event layer's templates: `cdn_events` → `cdnEventsTrigger`. */
export function goTriggerVariable(triggerId: string): string {
  const className = triggerClassName(triggerId);
  return className.charAt(0).toLowerCase() + className.slice(1);
}

// The go tool leaves these folders out of `./...`, so `go test ./...` would skip a function kept in one.
const IGNORED_BY_GO = /^(?:[._].*|testdata|vendor)$/;

/** The folder of a function's package under src/: its name, unless the go tool would ignore that folder. */
export function goPackageDir(functionName: string): string {
  return IGNORED_BY_GO.test(functionName) ? `fn-${functionName}` : functionName;
}
