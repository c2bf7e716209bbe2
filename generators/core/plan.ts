import { FAMILIES, familyOf } from './catalog/families.js';
import { frameworkById, type Framework } from './catalog/frameworks.js';
import { FUNCTION_TYPES } from './catalog/function-types.js';
import { GENERATIONS, usesAsyncNodeHandler } from './catalog/generations.js';
import { LANGUAGE_LABELS } from './catalog/languages.js';
import { runtimeById } from './catalog/runtimes.js';
import { sortTriggers, triggerById } from './catalog/triggers/index.js';
import { functionPackageJson, packageJson, runtimePipRequirement, tsconfigs } from './manifests.js';
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
  // On a custom runtime the project's own server awaits the handler.
  if (runtime.family === 'custom') return true;
  return runtime.family === 'nodejs' && usesAsyncNodeHandler(spec.fcVersion, runtime.nodeMajor);
}

/** The custom-runtime template folder of the project's language, when it runs on a custom runtime. */
function customBase(spec: ProjectSpec): string | undefined {
  return runtimeById(spec.runtime).family === 'custom' ? `custom/${spec.language}` : undefined;
}

/** The layer whose app a custom runtime's web server serves, when its framework reuses one. */
function servedLayer(spec: ProjectSpec): string[] {
  const served = spec.framework ? frameworkById(spec.framework).serves?.[spec.language] : undefined;
  return served ? [served] : [];
}

/** How the user installs what the project's tests need. */
export function installHint(spec: ProjectSpec): string {
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const requirements = spec.functions.filter((fn) => runtimePipRequirement(spec, fn)).map((fn) => ` -r src/${fn.name}/requirements.txt`);
  return `${family.installHint}${requirements.join('')}`;
}

/** What FC calls in a function, for the README. */
function entryPoint(spec: ProjectSpec, fn: FunctionSpec): string {
  if (!customBase(spec)) return familyOf(runtimeById(spec.runtime), spec.language).handler(fn.type, asyncHandler(spec));
  if (fn.type === 'http') return `bootstrap → server (${spec.framework ?? 'none'}) on FC_SERVER_PORT ${spec.port ?? ''}`.trim();
  return `bootstrap → server: POST /invoke → index.handler(event, context)`;
}

/** Sample event files of the project: those of its event functions' triggers. */
function sampleEvents(spec: ProjectSpec): string[] {
  const triggers = sortTriggers(spec.functions.filter((fn) => fn.type === 'event').flatMap((fn) => fn.triggers));
  return triggers.flatMap((id) => triggerById(id).sampleEvents);
}

function functionLayers(spec: ProjectSpec, fn: FunctionSpec): TemplateLayer[] {
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const base = family.templates(spec.language);
  const custom = customBase(spec);
  const data = { functionName: fn.name, runtime: spec.runtime, triggers: fn.triggers, fcVersion: spec.fcVersion, asyncHandler: asyncHandler(spec), json };
  const eventLayers = [`${base}/event`, ...fn.triggers.map((id) => `${base}/trigger/${id}`)];
  // On a custom runtime the web function is the project's own server, and an event function's handler sits behind one.
  const typeLayers =
    fn.type === 'http'
      ? custom ? [`${custom}/function`, `${custom}/web-tests`, ...servedLayer(spec), `${custom}/web/${spec.framework ?? 'none'}`] : [`${base}/http`]
      : custom ? [...eventLayers, `${custom}/function`, `${custom}/event-server`] : eventLayers;
  const sources = [...(family.functionLayer ? [`${base}/function`] : []), ...typeLayers];
  return sources.map((source) => ({ source, data, functionName: fn.name }));
}

/** What the project README says about the project. */
function readmeData(spec: ProjectSpec): Record<string, unknown> {
  const runtime = runtimeById(spec.runtime);
  const family = familyOf(runtime, spec.language);
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
    installHint: installHint(spec),
    testCommand: family.test,
    testDir: family.testDir,
    functions: spec.functions.map((fn) => ({
      name: fn.name,
      type: FUNCTION_TYPES[fn.type].label,
      handler: entryPoint(spec, fn),
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
  const family = familyOf(runtime, spec.language);
  const base = family.templates(spec.language);
  const layers: TemplateLayer[] = [
    { source: 'common', data: { project: readmeData(spec), json } },
    ...(family.projectLayer ? [{ source: `${base}/project`, data: { runtime: spec.runtime, fcVersion: spec.fcVersion, json } }] : []),
    ...spec.functions.flatMap((fn) => functionLayers(spec, fn)),
  ];
  const copies = sampleEvents(spec).map((file) => ({ from: `events/${file}`, to: `events/${file}` }));

  const files = [{ path: 's.yaml', contents: sYamlText(spec) }];
  if (family === FAMILIES.nodejs) {
    files.push({ path: 'package.json', contents: `${JSON.stringify(packageJson(spec), null, 2)}\n` });
    if (spec.language === 'typescript') {
      const { check, build } = tsconfigs(spec);
      files.push({ path: 'tsconfig.json', contents: `${JSON.stringify(check, null, 2)}\n` });
      files.push({ path: 'tsconfig.build.json', contents: `${JSON.stringify(build, null, 2)}\n` });
    }
  }
  for (const fn of spec.functions) {
    const manifest = functionPackageJson(spec, fn);
    if (manifest) files.push({ path: `src/${fn.name}/package.json`, contents: `${JSON.stringify(manifest, null, 2)}\n` });
    const requirement = runtimePipRequirement(spec, fn);
    if (requirement) files.push({ path: `src/${fn.name}/requirements.txt`, contents: `${requirement}\n` });
  }
  return { directory: spec.directory, layers, copies, files };
}

