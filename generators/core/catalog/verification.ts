import { t } from '../i18n/index.js';
import { FAMILIES, type Verification } from './families/index.js';
import { isContainerRuntime, type Runtime } from './runtimes.js';

const CUSTOM_RUNTIME: Verification = {
  level: 'real',
  get detail() { return t('verification.custom.detail'); },
};

// No Docker engine runs where these tests run, so the Dockerfile is checked, not built.
const CUSTOM_CONTAINER: Verification = {
  level: 'code-only',
  get detail() { return t('verification.custom-container.detail'); },
};

/** How this repository's tests prove a runtime's generated projects. */
export function verificationOf(runtime: Runtime): Verification {
  if (isContainerRuntime(runtime)) return CUSTOM_CONTAINER;
  if (runtime.family === 'custom') return CUSTOM_RUNTIME;
  return FAMILIES[runtime.family].verification;
}
