import { sourceDir } from './catalog/families/index.js';
import { sharedCodeOf, sortTriggers, triggerById, triggerFolderPath, type TriggerId } from './catalog/triggers/index.js';
import { functionPackageJson, runtimePipRequirement } from './manifests.js';
import { pathNameOf, projectOf, type Project } from './project.js';
import { environmentSecrets, readmeData } from './readme-data.js';
import { withLocale } from './i18n/index.js';
import { sYamlText } from './s-yaml.js';
import { fcIgnoreFiles } from './package-guard.js';
import { ciFiles } from './ci/index.js';
import { editorFiles } from './editor-config.js';
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
  /** Trigger contracts to write out for the project's tests (contract.ts): from a trigger folder's contract.json. */
  contracts: { trigger: TriggerId; to: string }[];
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


/**
 * The project's data shared by its functions: sample events and trigger contracts. `add` writes
 * one only where the project has none, and keeps the user's own.
 */
export function isSharedData(path: string): boolean {
  return path.startsWith('events/') || path.startsWith('contracts/');
}

/** A trigger's contract in the project (contract.ts). */
export function contractPath(trigger: TriggerId): string {
  return `contracts/${trigger}.json`;
}

/** The triggers of the project's event functions, in dispatch order. */
function eventTriggers(spec: ProjectSpec): TriggerId[] {
  return sortTriggers(spec.functions.filter((fn) => fn.type === 'event').flatMap((fn) => fn.triggers));
}

/** Sample event files of the project, from its event functions' trigger folders to its events/. */
function sampleEventCopies(spec: ProjectSpec): { from: string; to: string }[] {
  return eventTriggers(spec).flatMap((id) => triggerById(id).sampleEvents.map((file) => ({ from: triggerFolderPath(id, `events/${file}`), to: `events/${file}` })));
}

/** The interpreter a custom runtime's server runs on, where FC's image or layer puts it. */
function interpreterPath(project: Project): string | undefined {
  const choice = project.interpreter;
  return choice && 'interpreter' in choice ? choice.interpreter.path : undefined;
}

function functionLayers(project: Project, fn: FunctionSpec): TemplateLayer[] {
  const { spec, family, hosting } = project;
  const base = family.templates(spec.language);
  const pathName = pathNameOf(project, fn);
  const data = {
    functionName: fn.name,
    pathName,
    runtime: spec.runtime,
    triggers: fn.triggers,
    fcVersion: spec.fcVersion,
    asyncHandler: hosting.asyncHandler(project),
    // The executable a custom runtime's bootstrap starts the server with: the image's, or its layer's.
    interpreter: interpreterPath(project),
    port: spec.port,
    json,
    ...family.templateData?.(spec, fn),
  };
  const eventLayers = [`${base}/event`, ...sharedCodeOf(fn.triggers).map((name) => `shared/${name}/${base}`), ...fn.triggers.map((id) => triggerFolderPath(id, base))];
  // The family's function layer holds what its handlers' tests share; a server that takes no events has no handler.
  const handlers = project.server?.servesEvents ?? true;
  // The lifecycle hooks' module and its test, where the answers ask for hooks (s.yaml wires the ones asked).
  const lifecycle = spec.production.lifecycle?.length && family.lifecycle ? [`${base}/lifecycle`] : [];
  const sources = [...(family.functionLayer && handlers ? [`${base}/function`] : []), ...hosting.typeLayers(project, fn, eventLayers), ...lifecycle];
  return sources.map((source) => ({ source, data, functionName: pathName }));
}

/** The local runner's own folder (fc-local/, fc_local/), where the project's runner has one. */
function localLayers(project: Project): TemplateLayer[] {
  const layer = project.hosting.localRunner(project)?.layer;
  return layer ? [{ source: layer, data: {} }] : [];
}

/**
 * `.env.example`, where s.yaml reads values from the deploying machine's environment (`${env(NAME)}`):
 * each name, empty. Serverless Devs 2.x (@serverless-devs/core setupEnv) and 3.x (parse-spec) read
 * a `.env` beside s.yaml, without overriding what the environment already has.
 */
function dotEnvExample(spec: ProjectSpec): { path: string; contents: string }[] {
  const secrets = environmentSecrets(spec);
  if (secrets.length === 0) return [];
  const lines = [
    '# Copy to .env (git ignores it) and fill in: Serverless Devs reads .env beside s.yaml when it deploys,',
    '# and the local runner does too. The environment of the machine that deploys wins over this file.',
    ...secrets.flatMap((secret) => [`# ${secret.holds}`, `${secret.name}=`]),
  ];
  return [{ path: '.env.example', contents: `${lines.join('\n')}\n` }];
}

/** Turns a checked project spec into the files to write. Pure: reads nothing, writes nothing. */
export function planProject(spec: ProjectSpec): Plan {
  // Generated files are English, whatever language the run speaks.
  return withLocale('en', () => englishPlan(spec));
}

function englishPlan(spec: ProjectSpec): Plan {
  const project = projectOf(spec);
  const { family } = project;
  const base = family.templates(spec.language);
  const layers: TemplateLayer[] = [
    { source: 'common', data: { project: readmeData(spec), json } },
    ...(family.projectLayer ? [{ source: `${base}/project`, data: { runtime: spec.runtime, fcVersion: spec.fcVersion, json } }] : []),
    ...spec.functions.flatMap((fn) => functionLayers(project, fn)),
    ...localLayers(project),
  ];
  const copies = sampleEventCopies(spec);
  const contracts = eventTriggers(spec).map((trigger) => ({ trigger, to: contractPath(trigger) }));

  const files = [{ path: 's.yaml', contents: sYamlText(spec) }, ...dotEnvExample(spec), ...fcIgnoreFiles(spec), ...ciFiles(project), ...editorFiles(spec), ...(family.projectFiles?.(spec) ?? [])];
  for (const fn of spec.functions) {
    const manifest = functionPackageJson(spec, fn);
    if (manifest) files.push({ path: `${sourceDir(fn.name)}/package.json`, contents: `${JSON.stringify(manifest, null, 2)}\n` });
    const requirement = runtimePipRequirement(spec, fn);
    if (requirement) files.push({ path: `${sourceDir(fn.name)}/requirements.txt`, contents: `${requirement}\n` });
  }
  return { directory: spec.directory, layers, copies, contracts, files };
}
