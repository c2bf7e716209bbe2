import type { Project } from '../project.js';
import { GITEE } from './gitee.js';
import { GITHUB } from './github.js';
import type { CiProvider } from './types.js';
import { deploySecrets } from './deploy-step.js';

export type { CiProvider, DeploySecret } from './types.js';

/** The CI services a project can deploy from, in the wizard's order. */
export const CI_PROVIDERS: readonly CiProvider[] = [GITHUB, GITEE];

/** `--ci` values: none, or a provider. */
export const CI_IDS: readonly string[] = ['none', ...CI_PROVIDERS.map((provider) => provider.id)];

/** A provider by its `--ci` id. */
export function ciProviderById(id: string): CiProvider | undefined {
  return CI_PROVIDERS.find((provider) => provider.id === id);
}

/** The workflow file of a project that asked for one. */
export function ciFiles(project: Project): { path: string; contents: string }[] {
  const provider = ciProviderById(project.spec.ci);
  return provider ? [{ path: provider.path, contents: provider.workflow(project, deploySecrets(project)) }] : [];
}
