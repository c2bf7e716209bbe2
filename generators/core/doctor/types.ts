import type { ExistingProject } from '../add/s-yaml-model.js';

/** A check's verdict: fine, worth a look (the deploy may still work), or a deploy that would fail. */
export type CheckStatus = 'ok' | 'warn' | 'fail';

/** One line of the report: what was checked, what was found, and how to fix it when it is not fine. */
export interface CheckResult {
  check: string;
  status: CheckStatus;
  message: string;
  fix?: string;
}

/** A Serverless Devs client found on this machine (`s` on PATH). */
export interface FoundClient {
  version: string;
  path: string;
}

/** The size of what a function's zip would hold, measured by the shell with the component's rules (package-rules.ts). */
export interface MeasuredPackage {
  /** The s.yaml key of the function. */
  function: string;
  /** codeUri / code as s.yaml gives it; absent: the function has no code package (an image, code in OSS). */
  code?: string;
  /** Absent: the folder or file does not exist yet (a build makes it). */
  files?: number;
  /** Bytes before and after compression (deflate, at the level the component zips with). */
  bytes?: number;
  compressed?: number;
  /** The largest top-level entries of the package, largest first, with their compressed bytes. */
  largest?: { path: string; compressed: number }[];
}

/** What the shell gathered on this machine, offline: nothing here came from the network. */
export interface DoctorFacts {
  /** s.yaml as read, or why it could not be read as a project and what to do. */
  project: ExistingProject | { error: string; fix: string };
  clients: readonly FoundClient[];
  /** The aliases of ~/.s/access.yaml (names only); undefined when there is no such file. */
  accessAliases?: readonly string[];
  /** Names of the environment variables that are set (values are never read). */
  environment: readonly string[];
  /** Names set in the .env beside s.yaml, which both clients load into the environment they deploy with. */
  dotEnv: readonly string[];
  /** Where else Serverless Devs 3.x looks for keys, found on this machine (~/.aliyun/config.json). */
  otherKeySources: readonly string[];
  packages: readonly MeasuredPackage[];
}

/** A check of a project that is ready to deploy: one concern, its lines. */
export interface DoctorCheck {
  id: string;
  run: (project: ExistingProject, facts: DoctorFacts) => CheckResult[];
}
