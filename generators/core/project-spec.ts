import type { FcVersion } from './catalog/generations.js';
import type { FunctionType, TypeChoice } from './catalog/function-types.js';
import type { Language } from './catalog/languages.js';
import type { FrameworkId } from './catalog/frameworks.js';
import type { RuntimeId } from './catalog/runtimes.js';
import type { TriggerId } from './catalog/triggers/index.js';
import type { SettingValues } from './catalog/triggers/types.js';
import type { UseCaseId } from './catalog/use-cases.js';
import type { Recommendation } from './recommend.js';
import type { ProductionSettings } from './catalog/function-settings/types.js';

/** One function of a project: its name, type and triggers. */
export interface FunctionSpec {
  name: string;
  type: FunctionType;
  triggers: TriggerId[];
}

/** A checked, complete description of the project to write. */
export interface ProjectSpec {
  directory: string;
  /** The name given; also the FC 2.0 service name. */
  name: string;
  fcVersion: FcVersion;
  region: string;
  runtime: RuntimeId;
  language: Language;
  type: TypeChoice;
  /** The triggers the user named (aliases resolved); the functions' triggers may add or drop `none`. */
  triggers: TriggerId[];
  useCases: UseCaseId[];
  recommendation: Recommendation;
  functions: FunctionSpec[];
  /** Settings of the project's triggers, defaults filled in. */
  settings: SettingValues;
  /** Trigger names other than the definitions' own: `add` names a second oss trigger `oss-trigger-2`. */
  triggerNames?: Readonly<Partial<Record<TriggerId, string>>>;
  /** Custom runtimes only: the web function's framework, and the port the servers listen on. */
  framework?: FrameworkId;
  port?: number;
  /** Custom containers only: the registry repository of the functions' images, when one was named (else the region's). */
  imageRepo?: string;
  /** Projects with an HTTP trigger: the custom domain in front of it (`auto`: a test domain Serverless Devs assigns); absent: none. */
  domain?: string;
  /** Web functions on a custom runtime or container: how many requests one instance serves at once. */
  instanceConcurrency?: number;
  /** The function's memory (MB) and execution timeout (s), as s.yaml sets them. */
  memorySize: number;
  timeout: number;
  /** The CI service whose workflow the project gets (catalog/ci), or `none`. */
  ci: string;
  /** Environment, role, logs, network, layers, sizes, async invocation, GPU: absent ones as FC does by default. */
  production: ProductionSettings;
  /** Flags whose value was not given and took the default. */
  defaulted: string[];
}
