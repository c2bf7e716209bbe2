import manifest from '../../package.json' with { type: 'json' };
import { deployCommand, type FcVersion } from './catalog/generations.js';
import { projectOf } from './project.js';
import type { ProjectSpec } from './project-spec.js';

/** This tool's own version, which a generated project's doctor line pins (the same checks it was written with). */
export const TOOL_VERSION: string = manifest.version;

/** The preflight check a project runs before it deploys: offline, through npx. */
export function doctorCommand(): string {
  return `npx --yes create-fc-function@${TOOL_VERSION} doctor`;
}

/** Doctor, then the deploy: what `npm run deploy` runs, and the README's line for the other languages. */
export function checkedDeployCommand(fcVersion: FcVersion): string {
  return `${doctorCommand()} && ${deployCommand(fcVersion)}`;
}

/** How a project deploys, as its README and create's next steps show it: `npm run deploy` where package.json has that script. */
export function projectDeployCommand(spec: ProjectSpec): string {
  return projectOf(spec).codeFamily === 'nodejs' ? 'npm run deploy' : checkedDeployCommand(spec.fcVersion);
}
