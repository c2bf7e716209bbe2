import type { Project } from '../project.js';

/** A secret the deploy reads: the CI secret's name and the environment variable it becomes. */
export interface DeploySecret {
  variable: string;
  secret: string;
  holds: string;
}

/** A CI service a generated project can deploy from: its workflow file, built as data. */
export interface CiProvider {
  /** The `--ci` value. */
  id: string;
  /** Its name, as the wizard and README show it. */
  label: string;
  /** Where the service reads its workflow from, relative to the project. */
  path: string;
  /** The default branch a push to which deploys: the service's own default. */
  branch: string;
  /** Why this project cannot use it, in the run's language; undefined: it can. */
  unsupported: (project: Pick<Project, 'codeFamily' | 'hosting'>) => string | undefined;
  /** The workflow file's text, reading these secrets into the deploy's environment. */
  workflow: (project: Project, secrets: readonly DeploySecret[]) => string;
}
