import { isContainerRuntime, type Runtime } from '../catalog/runtimes.js';
import { BUILT_IN } from './built-in.js';
import { CONTAINER } from './container.js';
import { CUSTOM_RUNTIME } from './custom-runtime.js';
import type { Hosting } from './types.js';

export type { FunctionFields, Hosting, ServerByHand } from './types.js';

/** The kind of hosting of a runtime: built-in, custom runtime, or custom container. */
export function hostingOf(runtime: Runtime): Hosting {
  if (isContainerRuntime(runtime)) return CONTAINER;
  return runtime.family === 'custom' ? CUSTOM_RUNTIME : BUILT_IN;
}
