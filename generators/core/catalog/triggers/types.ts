import { t, type MessageKey } from '../../i18n/index.js';
import { ramRole, type Check } from '../../validators.js';
import type { FcVersion, PerGeneration } from '../generations.js';

/** One per-trigger setting: a flag, a wizard question and an s.yaml value at once. */
export interface TriggerSetting {
  /** Key in the answers object, camelCase of the flag. */
  key: string;
  /** CLI flag without the leading `--`. */
  flag: string;
  /** The question, also the `--help` line, in the current language. */
  readonly message: string;
  /** `list` values come as comma-separated text or a repeated flag. */
  kind: 'text' | 'list' | 'choice';
  choices?: readonly string[];
  default: string | readonly string[];
  /** Checks one value (each item, for lists). */
  check?: Check;
  /** Only a flag: the wizard keeps the default, which is what a new account needs. */
  flagOnly?: true;
}

export type SettingValues = Readonly<Record<string, string | readonly string[]>>;

/** What a trigger's deploy config depends on: the generation, and expressions Serverless Devs resolves at deploy time. */
export interface DeployContext {
  fcVersion: FcVersion;
  region: string;
  accountId: string;
  /** The function's final name, as s.yaml deploys it. */
  functionName: string;
  /** The trigger's final name: the definition's `triggerName`, or, where `add` meets one taken, `oss-trigger-2`. */
  triggerName: string;
}

/**
 * A trigger as s.yaml deploys it, in neutral names: the `fc` component (FC 2.0) calls them
 * type/sourceArn/config, `fc3` triggerType/sourceArn/triggerConfig (the name comes from the DeployContext). The role is
 * added by s.yaml's builder, which knows the function's other triggers.
 */
export interface TriggerDeployment {
  type: string;
  /** The event source's ARN: fc3 needs it; the fc component (FC 2.0) computes it from the config itself. */
  sourceArn?: string;
  config: Record<string, unknown>;
}

/** The RAM role an event source assumes to invoke the function. */
export interface InvocationRole {
  /** The role the console and fc3 create for this source (RAM names are case-insensitive; fc3 writes them lower-case). */
  defaultName: string;
  /** The setting that names an existing role instead. */
  setting: string;
}

export interface TriggerDefinition {
  /** FC's trigger type id; `none` = invoked through the API/SDK only. */
  id: string;
  aliases: readonly string[];
  /** The menu's name of the trigger, in the current language. */
  readonly label: string;
  /** What fires it, in the current language. */
  readonly summary: string;
  /** HTTP functions take only the HTTP trigger; event functions take every other one. */
  functionType: 'http' | 'event';
  /** Files under templates/events copied to the project's events/. */
  sampleEvents: readonly string[];
  settings: readonly TriggerSetting[];
  /** The RAM role the event source invokes the function with, when it needs one. */
  invocationRole?: InvocationRole;
  /** Config keys (dotted paths) each generation's component requires, checked before anything is written. */
  requiredConfig?: PerGeneration<readonly string[]>;
  /** What every sourceArn of this trigger starts with on FC 3.0 (the fc component computes it on FC 2.0). */
  sourceArnPrefix?: string;
  /** The name a trigger of this kind gets in s.yaml (`oss-trigger`); with `deployment`. */
  triggerName?: string;
  /** The s.yaml trigger; undefined when nothing is deployed (`none`). It sees the final function and trigger names. */
  deployment?: (values: SettingValues, deploy: DeployContext) => TriggerDeployment;
}

/** Reads a text setting. */
export function text(values: SettingValues, key: string): string {
  const value = values[key];
  if (typeof value !== 'string') throw new Error(`Setting ${key} is not text`);
  return value;
}

/** Reads a list setting. */
export function list(values: SettingValues, key: string): string[] {
  const value = values[key];
  if (!Array.isArray(value)) throw new Error(`Setting ${key} is not a list`);
  return [...value];
}

/** The role ARN for a role name in the deploying account. */
export function roleArn(accountId: string, roleName: string): string {
  return `acs:ram::${accountId}:role/${roleName}`;
}

/** The flag-only setting that names an existing RAM role for a trigger, e.g. `--oss-role`; `message` names the event source. */
export function roleSetting(key: string, flag: string, message: MessageKey): TriggerSetting {
  return {
    key,
    flag,
    get message() {
      return t(message);
    },
    kind: 'text',
    default: '',
    check: ramRole,
    flagOnly: true,
  };
}
