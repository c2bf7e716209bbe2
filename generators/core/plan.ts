import { FAMILIES } from './catalog/families.js';
import { FUNCTION_TYPES } from './catalog/function-types.js';
import { GENERATIONS, usesAsyncNodeHandler } from './catalog/generations.js';
import { LANGUAGE_LABELS } from './catalog/languages.js';
import { runtimeById } from './catalog/runtimes.js';
import { sortTriggers, triggerById } from './catalog/triggers/index.js';
import { packageJson, tsconfigs } from './manifests.js';
import { sYamlText } from './s-yaml.js';
import type { FunctionSpec, ProjectSpec } from './validate.js';

/** A folder under templates/ rendered into the project root. */
export interface TemplateLayer {
  source: string;
  data: Record<string, unknown>;
  /** Replaces `__function__` in the layer's paths. */
  functionName?: string;
}

/** Everything to write, before anything is written. */
export interface Plan {
  directory: string;
  layers: TemplateLayer[];
  /** Files copied as they are: from (under templates/) → to (in the project). */
  copies: { from: string; to: string }[];
  /** Files built as data. */
  files: { path: string; contents: string }[];
}

const FUNCTION_PLACEHOLDER = '__function__';

/** Where a template file lands: `__function__` → the function name, `_x` → `.x` (not `__x`), `.ejs` dropped. */
export function targetPath(relative: string, functionName?: string): string {
  return relative
    .split('/')
    .map((part) => (functionName ? part.replaceAll(FUNCTION_PLACEHOLDER, functionName) : part))
    .map((part, index, parts) => (index === parts.length - 1 ? part.replace(/^_(?!_)/, '.').replace(/\.ejs$/, '') : part))
    .join('/');
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Whether the project's event handlers are FC 3.0's async Node.js ones. */
function asyncHandler(spec: ProjectSpec): boolean {
  const runtime = runtimeById(spec.runtime);
  return runtime.family === 'nodejs' && usesAsyncNodeHandler(spec.fcVersion, runtime.nodeMajor);
}

/** Sample event files of the project: those of its event functions' triggers. */
function sampleEvents(spec: ProjectSpec): string[] {
  const triggers = sortTriggers(spec.functions.filter((fn) => fn.type === 'event').flatMap((fn) => fn.triggers));
  return triggers.flatMap((id) => triggerById(id).sampleEvents);
}

function functionLayers(spec: ProjectSpec, fn: FunctionSpec): TemplateLayer[] {
  const family = FAMILIES[runtimeById(spec.runtime).family];
  const base = family.templates(spec.language);
  const data = { functionName: fn.name, runtime: spec.runtime, triggers: fn.triggers, fcVersion: spec.fcVersion, asyncHandler: asyncHandler(spec), json };
  const sources = [
    ...(family.functionLayer ? [`${base}/function`] : []),
    ...(fn.type === 'http' ? [`${base}/http`] : [`${base}/event`, ...fn.triggers.map((id) => `${base}/trigger/${id}`)]),
  ];
  return sources.map((source) => ({ source, data, functionName: fn.name }));
}

/** What the project README says about the project. */
function readmeData(spec: ProjectSpec): Record<string, unknown> {
  const runtime = runtimeById(spec.runtime);
  const family = FAMILIES[runtime.family];
  const generation = GENERATIONS[spec.fcVersion];
  return {
    name: spec.name,
    runtime: `${runtime.label} (\`${runtime.id}\`)`,
    language: LANGUAGE_LABELS[spec.language],
    generation: generation.label,
    devsPackage: generation.devsPackage,
    devsMajor: generation.devsPackage.split('@').at(-1),
    edition: generation.sYamlEdition,
    component: generation.component,
    region: spec.region,
    typescript: spec.language === 'typescript',
    installHint: family.installHint,
    testCommand: family.test,
    testDir: family.testDir,
    functions: spec.functions.map((fn) => ({
      name: fn.name,
      type: FUNCTION_TYPES[fn.type].label,
      handler: family.handler(fn.type, asyncHandler(spec)),
      codeDir: family.codeDir(spec.language, fn.name),
      triggers: fn.triggers.map((id) => (id === 'none' ? 'none (API/SDK calls)' : `\`${id}\``)).join(', '),
    })),
    invokeCommands: spec.functions
      .filter((fn) => fn.type === 'event')
      .flatMap((fn) =>
        fn.triggers.flatMap((id) =>
          triggerById(id)
            .sampleEvents.filter((file) => file.endsWith('.json'))
            .map((file) => `npx ${generation.devsPackage} ${fn.name} invoke --event-file events/${file}`),
        ),
      ),
    httpFunctions: spec.functions.filter((fn) => fn.type === 'http').map((fn) => fn.name),
    reasons: spec.recommendation.reasons.map((reason) => reason.message),
    warnings: spec.recommendation.warnings,
  };
}

/** Turns a checked project spec into the files to write. Pure: reads nothing, writes nothing. */
export function planProject(spec: ProjectSpec): Plan {
  const runtime = runtimeById(spec.runtime);
  const family = FAMILIES[runtime.family];
  const base = family.templates(spec.language);
  const layers: TemplateLayer[] = [
    { source: 'common', data: { project: readmeData(spec), json } },
    ...(family.projectLayer ? [{ source: `${base}/project`, data: { runtime: spec.runtime, fcVersion: spec.fcVersion, json } }] : []),
    ...spec.functions.flatMap((fn) => functionLayers(spec, fn)),
  ];
  const copies = sampleEvents(spec).map((file) => ({ from: `events/${file}`, to: `events/${file}` }));

  const files = [{ path: 's.yaml', contents: sYamlText(spec) }];
  if (runtime.family === 'nodejs') {
    files.push({ path: 'package.json', contents: `${JSON.stringify(packageJson(spec), null, 2)}\n` });
    if (spec.language === 'typescript') {
      const { check, build } = tsconfigs(spec);
      files.push({ path: 'tsconfig.json', contents: `${JSON.stringify(check, null, 2)}\n` });
      files.push({ path: 'tsconfig.build.json', contents: `${JSON.stringify(build, null, 2)}\n` });
    }
  }
  return { directory: spec.directory, layers, copies, files };
}

