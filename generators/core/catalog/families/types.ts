import type { FunctionSpec, ProjectSpec } from '../../validate.js';
import type { FunctionType } from '../function-types.js';
import type { Language } from '../languages.js';

/** A file the planner builds as data (a manifest, a build file), never from a template. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** One step Serverless Devs runs before it deploys a function (`actions.pre-deploy` in s.yaml). */
export interface DeployStep {
  run: string;
  path: string;
}

/**
 * How this repository's own tests prove a family's generated projects, from strongest to weakest:
 * `real` (their own tests run with the real toolchain and real dependencies), `stand-in-sdk` (the real
 * toolchain, with FC's SDK replaced by an API-compatible stand-in under test/fixtures), `code-only` (the code's
 * own tests run for real, its packaging — a container image — is not built here), `substitute-toolchain`
 * (compiled and tested with another toolchain than the one FC users build with).
 */
export type VerificationLevel = 'real' | 'stand-in-sdk' | 'code-only' | 'substitute-toolchain';

export interface Verification {
  level: VerificationLevel;
  /** One sentence: what runs, on what, and what is not verified; in the current language. */
  readonly detail: string;
}

/** A language toolchain a CI runner sets up (catalog/ci maps each to its provider's own step). */
export type CiTool = 'python' | 'java' | 'go' | 'php' | 'dotnet';

/** What a CI job needs to install and test a project of the family; Node.js is always set up (Serverless Devs runs on it). */
export interface CiToolchain {
  /** The language's own toolchain, and its version for a project (or the project file that names it); absent: Node.js alone. */
  setup?: { tool: CiTool; version: (spec: ProjectSpec) => string } | { tool: CiTool; versionFile: string };
  /** Installs what the tests need, from the committed lockfile where there is one; absent: the test command fetches it. */
  install?: string;
}

/** What differs per code family: where its templates are, how its projects are built, installed and tested. */
export interface Family {
  /** Template folder (under templates/) for a language of this family. */
  templates: (language: Language) => string;
  /** Whether that folder has a `project/` layer of files shared by all functions. */
  projectLayer: boolean;
  /** Whether it has a `function/` layer that every function gets, whatever its type. */
  functionLayer: boolean;
  /** Command that installs the project's dev dependencies; undefined = the tool does not run one. */
  install?: string;
  /** How the user installs dependencies by hand. */
  installHint: string;
  /** The project's own test command. */
  test: string;
  /** How a CI workflow sets it up, installs and tests it. */
  ci: CiToolchain;
  /** What s.yaml deploys for a function (a folder or an archive), relative to the project root. */
  codeDir: (language: Language, functionName: string) => string;
  /** Where a function's tests are, as the project README shows it (`<function>` stands for the name). */
  testDir: string;
  /** The handler's signature for a function type, as FC calls it (`async`: FC 3.0's async Node.js handler). */
  handler: (type: FunctionType, async: boolean) => string;
  /** FC's `handler` setting of a function; `index.handler` when absent. */
  handlerSetting?: (functionName: string) => string;
  /** What `__function__` becomes in template paths (and the `pathName` EJS value); the function name when absent. */
  pathName?: (functionName: string) => string;
  /** Files built as data for the whole project: manifests, build files. */
  projectFiles?: (spec: ProjectSpec) => GeneratedFile[];
  /** Steps that build a function's deployable code before Serverless Devs deploys it. */
  buildSteps?: (spec: ProjectSpec, fn: FunctionSpec) => DeployStep[];
  /** EJS data a family's templates need beyond the common set. */
  templateData?: (spec: ProjectSpec, fn: FunctionSpec) => Record<string, unknown>;
  /**
   * The family's lifecycle hooks (templates/<templates>/lifecycle: a module with an initializer and a
   * preStop hook, and its test), and FC's handler settings that name them; absent: the family has none yet.
   */
  lifecycle?: { handlers: (functionName: string) => { initializer: string; preStop: string } };
  /** The local runner the project gets (`invoke` and `dev`, no Docker) and how it is called; absent: none yet. */
  local?: LocalRunner;
  verification: Verification;
}

/** One `invoke` the README shows: the event file, the function, and whether the project has others to choose from. */
export interface LocalCall {
  event?: string;
  functionName: string;
  /** The function's folder name under src/ (`pathName`). */
  pathName: string;
  several: boolean;
}

/** A project's own local runner: its template layer and the commands its README shows. */
export interface LocalRunner {
  /** Template folder (under templates/) rendered into the project root; absent: each function's own templates bring it. */
  layer?: string;
  /** Where it lands in the project, as the README names it. */
  folder: string;
  /** The command that runs one function once with an event (no event file: it reads stdin). */
  invoke: (call: LocalCall) => string;
  /** The command that serves the functions on localhost, given its arguments (`--port`, `--timers`; may be empty); absent: invoke only. */
  dev?: (args: string) => string;
  /**
   * Whether it reads s.yaml (the functions' names, settings and triggers); a runner that does not knows the
   * functions by their folders, so invoke needs `--function` whenever there are several.
   */
  readsSYaml: boolean;
}

/** Where a function's source lives in the Node.js and Python projects; TypeScript compiles it to dist/<function>. */
export function sourceDir(functionName: string): string {
  return `src/${functionName}`;
}
