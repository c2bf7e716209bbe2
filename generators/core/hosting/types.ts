import type { DeployStep, LocalRunner } from '../catalog/families/index.js';
import type { Project } from '../project.js';
import type { FunctionSpec } from '../project-spec.js';

/** A function's own settings in s.yaml, as each generation's component names them. */
export interface FunctionFields {
  fc2: Record<string, unknown>;
  fc3: Record<string, unknown>;
}

/** A web function's server started by hand where no local runner serves it: its command, from the project root. */
export interface ServerByHand {
  name: string;
  command: string;
}

/**
 * A kind of hosting: what FC runs for a function (a built-in runtime's handler, a custom runtime's own
 * server, a custom container's image) and everything that follows from it: template layers, s.yaml
 * fields and pre-deploy steps, README lines and the local runner. One module per kind (hosting/*.ts).
 */
export interface Hosting {
  id: 'built-in' | 'custom-runtime' | 'container';
  /** Whether the project's own HTTP server answers FC: HTTP requests pass to it unchanged, events arrive as POST /invoke. */
  ownServer: boolean;
  /** Whether the TypeScript build copies each function's deploy files (bootstrap, package.json, Dockerfile) next to its compiled server. */
  copiesDeployFiles: boolean;
  /** The template layers of a function's type, after the family's function layer; `eventLayers`: its event handler and trigger decoders. */
  typeLayers(project: Project, fn: FunctionSpec, eventLayers: readonly string[]): string[];
  /** What FC runs for the function (code package and handler, start command, or image), per generation. */
  functionFields(project: Project, fn: FunctionSpec): FunctionFields;
  /** The pre-deploy steps after the family's build: installing run-time dependencies, or building the image. */
  deploySteps(project: Project, fn: FunctionSpec): DeployStep[];
  /** What FC calls in the function, for the project README. */
  entryPoint(project: Project, fn: FunctionSpec): string;
  /** Whether the project's Node.js event handlers are FC 3.0's async ones. */
  asyncHandler(project: Project): boolean;
  /** The project's local runner (invoke, dev), where it has one. */
  localRunner(project: Project): LocalRunner | undefined;
  /** Web functions started by hand, where no local runner serves them. */
  serversByHand(project: Project): ServerByHand[];
}
