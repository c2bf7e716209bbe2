import { codeFamilyOf, familyOf, sourceDir } from './catalog/families/index.js';
import { customServer } from './catalog/custom-servers.js';
import { frameworkById } from './catalog/frameworks.js';
import { runtimeById, serverInterpreter } from './catalog/runtimes.js';
import { sortTriggers, triggerById } from './catalog/triggers/index.js';
import { functionPackageJson, runtimePipRequirement } from './manifests.js';
import { asyncHandler, customBase, isContainer } from './project-kind.js';
import { localRunner } from './local-run.js';
import { readmeData } from './readme-data.js';
import { withLocale } from './i18n/index.js';
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


/** The layers whose app a custom runtime's web server serves, when its framework reuses one. */
function servedLayers(spec: ProjectSpec): string[] {
  return [...((spec.framework ? frameworkById(spec.framework).serves?.[spec.language] : undefined) ?? [])];
}

/** The server folder of a custom runtime's web function: its framework's own, or the one that serves its app. */
function serverLayer(spec: ProjectSpec, custom: string): string {
  const framework = spec.framework ? frameworkById(spec.framework) : undefined;
  return `${custom}/web/${framework?.servedBy ?? framework?.id ?? 'none'}`;
}

/** A built-in runtime's HTTP function: the framework's app behind the handler where one is chosen, else the family's own. */
function builtInHttpLayers(spec: ProjectSpec, base: string): string[] {
  const builtIn = spec.framework ? frameworkById(spec.framework).builtIn : undefined;
  if (builtIn) return [...builtIn.layers];
  // Python keeps the WSGI handler's tests in a layer of their own, which a Flask app's handler shares.
  return spec.language === 'python' ? [`${base}/http`, `${base}/http-tests`] : [`${base}/http`];
}


/** Sample event files of the project: those of its event functions' triggers. */
function sampleEvents(spec: ProjectSpec): string[] {
  const triggers = sortTriggers(spec.functions.filter((fn) => fn.type === 'event').flatMap((fn) => fn.triggers));
  return triggers.flatMap((id) => triggerById(id).sampleEvents);
}

/** The interpreter a custom runtime's server runs on, where FC's image or layer puts it. */
function interpreterPath(spec: ProjectSpec): string | undefined {
  const choice = serverInterpreter(runtimeById(spec.runtime), spec.language);
  return choice && 'interpreter' in choice ? choice.interpreter.path : undefined;
}

function functionLayers(spec: ProjectSpec, fn: FunctionSpec): TemplateLayer[] {
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const base = family.templates(spec.language);
  const custom = customBase(spec);
  const pathName = family.pathName?.(fn.name) ?? fn.name;
  const data = {
    functionName: fn.name,
    pathName,
    runtime: spec.runtime,
    triggers: fn.triggers,
    fcVersion: spec.fcVersion,
    asyncHandler: asyncHandler(spec),
    // The executable a custom runtime's bootstrap starts the server with: the image's, or its layer's.
    interpreter: interpreterPath(spec),
    port: spec.port,
    json,
    ...family.templateData?.(spec, fn),
  };
  // A custom runtime starts the server with bootstrap, or as its own executable; a custom container with its image's Dockerfile.
  const server = custom ? customServer(spec.language) : undefined;
  const start = isContainer(spec) ? [`custom/container/${codeFamilyOf(runtimeById(spec.runtime), spec.language)}`] : server?.bootstrap ? [`${custom}/function`] : [];
  const eventLayers = [`${base}/event`, ...fn.triggers.map((id) => `${base}/trigger/${id}`)];
  // On a custom runtime the web function is the project's own server, and an event function's handler sits behind one.
  const typeLayers =
    fn.type === 'http'
      ? custom ? [...start, `${custom}/web-tests`, ...servedLayers(spec), ...(server?.serverMain ? [`${custom}/${server.serverMain}`] : []), serverLayer(spec, custom)] : builtInHttpLayers(spec, base)
      : custom ? [...eventLayers, ...start, `${custom}/event-server`] : eventLayers;
  // The family's function layer holds what its handlers' tests share; a server that takes no events has no handler.
  const handlers = server?.servesEvents ?? true;
  const sources = [...(family.functionLayer && handlers ? [`${base}/function`] : []), ...typeLayers];
  return sources.map((source) => ({ source, data, functionName: pathName }));
}

/** The local runner's own folder (fc-local/, fc_local/), where the project's runner has one. */
function localLayers(spec: ProjectSpec): TemplateLayer[] {
  const layer = localRunner(spec)?.layer;
  return layer ? [{ source: layer, data: {} }] : [];
}

/** Turns a checked project spec into the files to write. Pure: reads nothing, writes nothing. */
export function planProject(spec: ProjectSpec): Plan {
  // Generated files are English, whatever language the run speaks.
  return withLocale('en', () => englishPlan(spec));
}

function englishPlan(spec: ProjectSpec): Plan {
  const runtime = runtimeById(spec.runtime);
  const family = familyOf(runtime, spec.language);
  const base = family.templates(spec.language);
  const layers: TemplateLayer[] = [
    { source: 'common', data: { project: readmeData(spec), json } },
    ...(family.projectLayer ? [{ source: `${base}/project`, data: { runtime: spec.runtime, fcVersion: spec.fcVersion, json } }] : []),
    ...spec.functions.flatMap((fn) => functionLayers(spec, fn)),
    ...localLayers(spec),
  ];
  const copies = sampleEvents(spec).map((file) => ({ from: `events/${file}`, to: `events/${file}` }));

  const files = [{ path: 's.yaml', contents: sYamlText(spec) }, ...(family.projectFiles?.(spec) ?? [])];
  for (const fn of spec.functions) {
    const manifest = functionPackageJson(spec, fn);
    if (manifest) files.push({ path: `${sourceDir(fn.name)}/package.json`, contents: `${JSON.stringify(manifest, null, 2)}\n` });
    const requirement = runtimePipRequirement(spec, fn);
    if (requirement) files.push({ path: `${sourceDir(fn.name)}/requirements.txt`, contents: `${requirement}\n` });
  }
  return { directory: spec.directory, layers, copies, files };
}

