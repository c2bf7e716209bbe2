import { FAMILIES, type Verification } from './families/index.js';
import { isContainerRuntime, type Runtime } from './runtimes.js';

const CUSTOM_RUNTIME: Verification = {
  level: 'real',
  detail:
    'own vitest or pytest suite run for real, starting the server and making real HTTP requests (web functions) or POSTing the sample events to /invoke (event functions); bootstrap checked with bash -n',
};

// No Docker engine runs where these tests run, so the Dockerfile is checked, not built.
const CUSTOM_CONTAINER: Verification = {
  level: 'code-only',
  detail:
    "the same server tests as a custom runtime's, run for real; the Dockerfile is checked (FROM first, CMD's file in the build context, the port) and its CMD run in the build context with its ENV, serving HTTP and stopping on SIGTERM; no image is built or run",
};

/** How this repository's tests prove a runtime's generated projects. */
export function verificationOf(runtime: Runtime): Verification {
  if (isContainerRuntime(runtime)) return CUSTOM_CONTAINER;
  if (runtime.family === 'custom') return CUSTOM_RUNTIME;
  return FAMILIES[runtime.family].verification;
}
