import { posix } from 'node:path';
import { FRAMEWORK_IDS, type FrameworkId } from '../catalog/frameworks.js';
import { DEFAULT_REGION } from '../catalog/regions.js';
import type { FunctionType } from '../catalog/function-types.js';
import { RUNTIMES, type RuntimeId } from '../catalog/runtimes.js';
import { hostingOf } from '../hosting/index.js';
import { deployedTriggerId, sortTriggers, TRIGGER_IDS, type TriggerId } from '../catalog/triggers/index.js';
import { UserError } from '../errors.js';
import type { ProjectSpec } from '../project-spec.js';
import { resolveProject } from '../validate.js';
import type { ExistingFunction, ExistingProject } from './s-yaml-model.js';
import { isSharedData } from '../plan.js';
import { EDITOR_CONFIG } from '../editor-config.js';

/** Files of a rendered project, by path. */
export type FileMap = ReadonlyMap<string, string>;

/** What `add` needs besides s.yaml: the templates (rendered), and the project's files on disk. */
export interface AddContext {
  render: (spec: ProjectSpec) => FileMap;
  read: (path: string) => string | undefined;
}

/** The project-spec answers of one function as this tool would have written it. */
export interface FunctionShape {
  runtime: RuntimeId;
  language: string;
  /** The name it was generated with (its folders and package names), which may differ from s.yaml's now. */
  name: string;
  type: FunctionType;
  triggers: TriggerId[];
  framework?: FrameworkId;
  port?: number;
}

/** A function of s.yaml matched to what this tool renders for it. */
export interface RecognisedFunction {
  shape: FunctionShape;
  spec: ProjectSpec;
  /** Its files as we render them, of which `matched` are on disk byte for byte. */
  rendered: FileMap;
  matched: number;
}

/**
 * The files of the whole project, which `add` never rewrites from one function's render (s.yaml is edited
 * as YAML; README.md and the editor's launch configurations are merged from the whole project's render).
 */
export const PROJECT_WIDE = new Set(['s.yaml', 'README.md', '.gitignore', EDITOR_CONFIG]);

/** A project spec for a function shape, as `create` would resolve it, with that one function. */
export function specOf(project: ExistingProject, shape: FunctionShape): ProjectSpec | undefined {
  try {
    const spec = resolveProject({
      directory: '.',
      name: shape.name,
      fcVersion: project.fcVersion,
      // Our s.yaml text refers to ${vars.region}; the value itself is never written by add.
      region: DEFAULT_REGION,
      runtime: shape.runtime,
      language: shape.language,
      type: shape.type,
      triggers: shape.triggers,
      useCases: [],
      ...(shape.framework ? { framework: shape.framework } : {}),
      ...(shape.port === undefined ? {} : { port: shape.port }),
    });
    return { ...spec, functions: [{ name: shape.name, type: shape.type, triggers: shape.triggers }] };
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** Trigger ids of a function's s.yaml triggers; undefined when one is not in the catalog. */
export function catalogTriggers(fn: ExistingFunction): TriggerId[] | undefined {
  const ids = fn.triggers.map((trigger) => deployedTriggerId(trigger.type, trigger.eventSourceType));
  return ids.every((id): id is TriggerId => id !== undefined && TRIGGER_IDS.includes(id)) ? ids : undefined;
}

function unique<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined && value !== ''))];
}

/** Names the function may have been generated with: s.yaml's names, its folder's, its Java package's. */
function nameCandidates(fn: ExistingFunction): string[] {
  const folder = fn.code ? posix.basename(fn.code.replace(/\\/g, '/').replace(/\/+$/, '')).replace(/\.(jar|zip)$/, '') : undefined;
  const javaPackage = /^fc\.([A-Za-z0-9_]+)\./.exec(fn.handler ?? '')?.[1];
  return unique([fn.name, fn.key, folder, javaPackage, javaPackage?.replaceAll('_', '-')]);
}

/** Every way this tool could have written the function: languages, names, types, frameworks. */
function shapeCandidates(project: ExistingProject, fn: ExistingFunction, port: number | undefined): FunctionShape[] {
  const runtime = RUNTIMES.find((candidate) => candidate.id === fn.runtime);
  const listed = catalogTriggers(fn);
  if (!runtime || !listed) return [];
  // Code is per trigger type: two buckets (two oss triggers) share one decoder.
  const triggers = [...new Set(listed)];
  const hasHttp = triggers.includes('http');
  // FC 3.0: HTTP goes to an event function's HTTP event, or to a web function where the project runs its own server.
  const ownServer = hostingOf(runtime).ownServer;
  const types: FunctionType[] = project.fcVersion === '2' ? [hasHttp ? 'http' : 'event'] : ownServer && hasHttp ? ['event', 'http'] : ['event'];
  // The code's dispatch order: the catalog's, as create and add write it; or s.yaml's, as add wrote it before it sorted.
  const orders = [sortTriggers(triggers), triggers].filter((order, index, all) => all.findIndex((other) => other.join() === order.join()) === index);
  const triggerLists = triggers.length === 0 ? [['none'] as TriggerId[]] : orders.flatMap((order) => [order, [...order, 'none' as TriggerId]]);
  const shapes: FunctionShape[] = [];
  for (const language of runtime.languages) {
    for (const name of nameCandidates(fn)) {
      for (const type of types) {
        const frameworks: (FrameworkId | undefined)[] = type === 'http' ? [undefined, ...FRAMEWORK_IDS] : [undefined];
        for (const framework of frameworks) {
          for (const list of triggerLists) {
            shapes.push({ runtime: runtime.id, language, name, type, triggers: list, ...(framework ? { framework } : {}), ...(port === undefined ? {} : { port }) });
          }
        }
      }
    }
  }
  return shapes;
}

/** How many of a render's own files (not the project-wide ones, not sample events) are on disk byte for byte. */
function countMatches(rendered: FileMap, context: AddContext): number {
  let matched = 0;
  for (const [path, contents] of rendered) if (!PROJECT_WIDE.has(path) && !isSharedData(path) && context.read(path) === contents) matched += 1;
  return matched;
}

/**
 * The shape this tool wrote the function in: of every candidate that resolves, the one whose render
 * has the most files on disk byte for byte. Undefined when none has any: the code is someone else's.
 */
export function recogniseFunction(project: ExistingProject, fn: ExistingFunction, port: number | undefined, context: AddContext): RecognisedFunction | undefined {
  let best: RecognisedFunction | undefined;
  for (const shape of shapeCandidates(project, fn, port)) {
    const spec = specOf(project, shape);
    if (!spec) continue;
    const rendered = context.render(spec);
    const matched = countMatches(rendered, context);
    if (matched > 0 && (!best || matched > best.matched)) best = { shape, spec, rendered, matched };
  }
  return best;
}
