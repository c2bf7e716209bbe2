import { usesAsyncNodeHandler } from '../catalog/generations.js';
import type { Project } from '../project.js';
import type { FunctionSpec } from '../project-spec.js';
import { fc3CodeSize, size } from './fields.js';
import { dependencySteps } from './install-steps.js';
import type { Hosting } from './types.js';

/** A built-in runtime's HTTP function: the framework's app behind the handler where one is chosen, else the family's own. */
function httpLayers(project: Project): string[] {
  const builtIn = project.framework?.builtIn;
  if (builtIn) return [...builtIn.layers];
  const base = project.family.templates(project.spec.language);
  // Python keeps the WSGI handler's tests in a layer of their own, which a Flask app's handler shares.
  return project.spec.language === 'python' ? [`${base}/http`, `${base}/http-tests`] : [`${base}/http`];
}

/** A built-in runtime: FC calls the family's handler, with events or (FC 2.0 HTTP functions) a request and a response. */
export const BUILT_IN: Hosting = {
  id: 'built-in',
  ownServer: false,
  copiesDeployFiles: false,
  typeLayers: (project, fn, eventLayers) => (fn.type === 'http' ? httpLayers(project) : [...eventLayers]),
  functionFields: (project, fn) => {
    const { spec, family } = project;
    const code = family.codeDir(spec.language, fn.name);
    const handler = family.handlerSetting?.(fn.name) ?? 'index.handler';
    return { fc2: { codeUri: code, handler, ...size(spec) }, fc3: { code, handler, ...size(spec), ...fc3CodeSize(spec) } };
  },
  deploySteps: dependencySteps,
  entryPoint: (project, fn: FunctionSpec) => {
    const signature = project.family.handler(fn.type, BUILT_IN.asyncHandler(project));
    // Where FC's handler setting is not the usual index.handler, the README names it too.
    return project.family.handlerSetting ? `${project.family.handlerSetting(fn.name)} → ${signature}` : signature;
  },
  asyncHandler: ({ runtime, spec }) => runtime.family === 'nodejs' && usesAsyncNodeHandler(spec.fcVersion, runtime.nodeMajor),
  localRunner: (project) => project.family.local,
  serversByHand: () => [],
};
