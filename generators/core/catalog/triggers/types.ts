import type { Check } from '../../validators.js';
import type { FcVersion } from '../generations.js';

/** One per-trigger setting: a flag, a wizard question and an s.yaml value at once. */
export interface TriggerSetting {
  /** Key in the answers object, camelCase of the flag. */
  key: string;
  /** CLI flag without the leading `--`. */
  flag: string;
  /** The question, also the `--help` line. */
  message: string;
  /** `list` values come as comma-separated text or a repeated flag. */
  kind: 'text' | 'list' | 'choice';
  choices?: readonly string[];
  default: string | readonly string[];
  /** Checks one value (each item, for lists). */
  check?: Check;
}

export type SettingValues = Readonly<Record<string, string | readonly string[]>>;

/** What a trigger's deploy config depends on: the generation, and expressions Serverless Devs resolves at deploy time. */
export interface DeployContext {
  fcVersion: FcVersion;
  region: string;
  accountId: string;
}

/**
 * A trigger as s.yaml deploys it, in neutral names: the `fc` component (FC 2.0) calls them
 * name/type/role/sourceArn/config, `fc3` triggerName/triggerType/invocationRole/sourceArn/triggerConfig.
 */
export interface TriggerDeployment {
  name: string;
  type: string;
  role?: string;
  sourceArn?: string;
  config: Record<string, unknown>;
}

export interface TriggerDefinition {
  /** FC's trigger type id; `none` = invoked through the API/SDK only. */
  id: string;
  aliases: readonly string[];
  label: string;
  summary: string;
  /** HTTP functions take only the HTTP trigger; event functions take every other one. */
  functionType: 'http' | 'event';
  /** Files under templates/events copied to the project's events/. */
  sampleEvents: readonly string[];
  settings: readonly TriggerSetting[];
  /** Default RAM role the event source assumes to invoke the function, when it needs one. */
  invocationRole?: string;
  /** The s.yaml trigger; undefined when nothing is deployed (`none`). */
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

/** The role ARN for a role name, resolved at deploy time. */
export function roleArn(deploy: DeployContext, roleName: string): string {
  return `acs:ram::${deploy.accountId}:role/${roleName}`;
}
