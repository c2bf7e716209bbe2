import { customServerOf, type StartCommand } from '../catalog/custom-servers.js';
import { layerArn, layerPath } from '../catalog/images.js';
import { pathNameOf, type Project } from '../project.js';
import type { FunctionSpec } from '../project-spec.js';
import { fc3CodeSize, REGION, size } from './fields.js';
import { dependencySteps } from './install-steps.js';
import { ownServerLayers, serverEntryPoint, serverTemplates } from './server-layers.js';
import type { Hosting } from './types.js';

/** How FC starts a function's server (catalog/custom-servers.ts), with the interpreter its image or layer holds. */
export function serverStart(project: Project, fn: FunctionSpec): StartCommand {
  const choice = project.interpreter;
  return customServerOf(project.spec.language).start({ pathName: pathNameOf(project, fn), interpreter: choice && 'interpreter' in choice ? choice.interpreter : undefined });
}

/** customRuntimeConfig's command and args. */
function startCommand(project: Project, fn: FunctionSpec): Record<string, unknown> {
  const start = serverStart(project, fn);
  return { command: [...start.command], ...(start.args ? { args: [...start.args] } : {}) };
}

/**
 * The official layer that brings the server's interpreter where the runtime's image lacks one, and the
 * PATH that finds it (a PATH replaces FC's default, so it is written whole, as FC's own templates do).
 */
function interpreterLayerFields(project: Project): Record<string, unknown> {
  const choice = project.interpreter;
  const layer = choice && 'layer' in choice ? choice.layer : undefined;
  return layer ? { layers: [layerArn(layer, REGION)], environmentVariables: { PATH: layerPath(layer), ...layer.environment } } : {};
}

/** A custom runtime: FC starts the project's own server from its code package, with bootstrap or as its own executable. */
export const CUSTOM_RUNTIME: Hosting = {
  id: 'custom-runtime',
  ownServer: true,
  copiesDeployFiles: true,
  typeLayers: (project, fn, eventLayers) => {
    const start = project.server?.bootstrap ? [`${serverTemplates(project)}/function`] : [];
    return ownServerLayers(project, fn, start, eventLayers);
  },
  functionFields: (project, fn) => {
    const { spec, family } = project;
    const code = family.codeDir(spec.language, fn.name);
    // FC requires a handler of every function; a custom runtime ignores it.
    const handler = 'index.handler';
    const layer = interpreterLayerFields(project);
    const start = startCommand(project, fn);
    const port = spec.port;
    return {
      fc2: { codeUri: code, handler, ...size(spec), ...layer, ...(port === undefined ? {} : { caPort: port, customRuntimeConfig: start }) },
      fc3: { code, handler, ...size(spec), ...fc3CodeSize(spec), ...layer, ...(port === undefined ? {} : { customRuntimeConfig: { ...start, port } }) },
    };
  },
  deploySteps: dependencySteps,
  entryPoint: (project, fn) => {
    const command = serverStart(project, fn);
    const start = project.server?.bootstrap ? 'bootstrap' : [...command.command, ...(command.args ?? [])].join(' ');
    return serverEntryPoint(project, fn, start);
  },
  asyncHandler: () => true,
  // A server that takes no events (Go, Java) has no handler for the runner to call: it is started as it is.
  localRunner: (project) => (project.server?.servesEvents ? project.family.local : undefined),
  serversByHand: (project) => {
    const byHand = project.server?.byHand;
    if (!byHand) return [];
    return project.spec.functions
      .filter((fn) => fn.type === 'http')
      .map((fn) => ({ name: fn.name, command: byHand({ sourceFolder: `src/${pathNameOf(project, fn)}`, pathName: pathNameOf(project, fn) }) }));
  },
};
