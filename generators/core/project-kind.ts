import { usesAsyncNodeHandler } from './catalog/generations.js';
import { isContainerRuntime, runtimeById } from './catalog/runtimes.js';
import type { ProjectSpec } from './validate.js';

/** Whether the project's event handlers are FC 3.0's async Node.js ones. */
export function asyncHandler(spec: ProjectSpec): boolean {
  const runtime = runtimeById(spec.runtime);
  // On a custom runtime the project's own server awaits the handler.
  if (runtime.family === 'custom') return true;
  return runtime.family === 'nodejs' && usesAsyncNodeHandler(spec.fcVersion, runtime.nodeMajor);
}

/** Whether the project runs on the custom-container runtime: its functions are images. */
export function isContainer(spec: ProjectSpec): boolean {
  return isContainerRuntime(runtimeById(spec.runtime));
}

/** The custom-runtime template folder of the project's language, when it runs on a custom runtime. */
export function customBase(spec: ProjectSpec): string | undefined {
  return runtimeById(spec.runtime).family === 'custom' ? `custom/${spec.language}` : undefined;
}
