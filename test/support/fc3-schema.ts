import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { referenceFile } from './reference.js';

type Schema = Record<string, any>;

/** The fc3 component's props schema, copied unchanged from devsapp/fc3 (shared/reference/upstream). */
function upstreamSchema(): Schema {
  return JSON.parse(readFileSync(referenceFile('upstream/devsapp-fc3/src/schema.json'), 'utf8')) as Schema;
}

// The definition each trigger type's config must meet; the schema itself accepts any object
// for every type (its anyOf includes Tablestore's `{type: object}`).
const CONFIG_DEFINITION: Record<string, string> = {
  http: 'IHttpTriggerConfig',
  timer: 'ITimerTriggerConfig',
  oss: 'IOssTriggerConfig',
  log: 'ILogTriggerConfig',
  cdn_events: 'ICdnTriggerConfig',
  tablestore: 'IOtsConfig',
  mns_topic: 'IMnsTriggerConfig',
  eventbridge: 'IEventBridge',
};

/** The event sources that invoke through a role, and the sourceArn each names. */
const ROLE_AND_ARN: Record<string, { role: string; arn: RegExp }> = {
  oss: { role: 'aliyunosseventnotificationrole', arn: /^acs:oss:[a-z0-9-]+:[^:]+:[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/ },
  log: { role: 'aliyunlogetlrole', arn: /^acs:log:[a-z0-9-]+:[^:]+:project\/[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/ },
  cdn_events: { role: 'aliyuncdneventnotificationrole', arn: /^acs:cdn:\*:[^:]+$/ },
  tablestore: { role: 'aliyuntablestorestreamnotificationrole', arn: /^acs:ots:[a-z0-9-]+:[^:]+:instance\/[A-Za-z][A-Za-z0-9-]+\/table\/[A-Za-z_][A-Za-z0-9_]*$/ },
  mns_topic: { role: 'aliyunmnsnotificationrole', arn: /^acs:mns:[a-z0-9-]+:[^:]+:\/topics\/[A-Za-z][A-Za-z0-9-]*$/ },
};

let compiled: { props: ValidateFunction; configs: Record<string, ValidateFunction> } | undefined;

function validators() {
  if (compiled) return compiled;
  const schema = upstreamSchema();
  const definitions = schema.definitions as Schema;
  // Known faults of the generated schema, mended: jobConfig numbers are typed as strings (the API
  // and every example use integers), and EventBridge's runOptions, eventSinkConfig and
  // eventSourceParameters are required although fc3's own working Default-bus e2e file omits them.
  definitions.ILogTriggerConfig.properties.jobConfig.properties.maxRetryTime = { type: 'integer', minimum: 0, maximum: 100 };
  definitions.ILogTriggerConfig.properties.jobConfig.properties.triggerInterval = { type: 'integer', minimum: 3, maximum: 600 };
  definitions.IEventBridge.required = (definitions.IEventBridge.required as string[]).filter((key) => key !== 'runOptions' && key !== 'eventSinkConfig');
  definitions.IEventBridge.properties.eventSourceConfig.required = ['eventSourceType'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(schema, 'fc3');
  const configs = Object.fromEntries(Object.entries(CONFIG_DEFINITION).map(([type, name]) => [type, ajv.compile({ $ref: `fc3#/definitions/${name}` })]));
  compiled = { props: ajv.compile({ $ref: 'fc3' }), configs };
  return compiled;
}

/**
 * Checks one fc3 component's props: the upstream schema, then what that schema lets through —
 * name patterns, each trigger's config against its own type's definition, and the role and
 * source ARN every event source needs.
 */
export function fc3PropsErrors(props: Record<string, any>, vars: Record<string, string>): string[] {
  const resolved = JSON.parse(JSON.stringify(props).replace(/\$\{vars\.(\w+)\}/g, (_match, key: string) => vars[key] ?? '').replaceAll('${config(AccountID)}', '1234567890123456')) as Record<string, any>;
  const { props: validateProps, configs } = validators();
  const errors: string[] = [];
  if (!validateProps(resolved)) errors.push(...(validateProps.errors ?? []).map((error) => `props${error.instancePath} ${error.message}`));
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(String(resolved.functionName))) errors.push(`functionName ${resolved.functionName} is not a valid FC name`);
  // A custom container's code is its image, which customContainerConfig names; every other function uploads code.
  const container = resolved.runtime === 'custom-container';
  const required = container ? ['handler', 'memorySize', 'timeout'] : ['code', 'handler', 'memorySize', 'timeout'];
  for (const key of required) if (resolved[key] === undefined) errors.push(`props.${key} is missing`);
  if (container && typeof resolved.customContainerConfig?.image !== 'string') errors.push('props.customContainerConfig.image is missing');
  for (const trigger of (resolved.triggers ?? []) as Record<string, any>[]) {
    const where = `trigger ${trigger.triggerName}`;
    if (!/^[A-Za-z_][A-Za-z0-9_-]{0,127}$/.test(String(trigger.triggerName))) errors.push(`${where}: invalid triggerName`);
    const validateConfig = configs[trigger.triggerType];
    if (!validateConfig) errors.push(`${where}: unknown triggerType ${trigger.triggerType}`);
    else if (!validateConfig(trigger.triggerConfig)) errors.push(...(validateConfig.errors ?? []).map((error) => `${where}: triggerConfig${error.instancePath} ${error.message}`));
    if (trigger.triggerType === 'tablestore' && Object.keys(trigger.triggerConfig ?? {}).length > 0) errors.push(`${where}: Tablestore's triggerConfig must be {}`);
    const needs = ROLE_AND_ARN[trigger.triggerType];
    if (needs) {
      // Left out, fc3 gets or creates the source's default role; given, it is a role name or ARN.
      if (trigger.invocationRole !== undefined && !/^(acs:ram::\d+:role\/)?[A-Za-z0-9.-]{1,64}$/.test(String(trigger.invocationRole))) errors.push(`${where}: invocationRole ${trigger.invocationRole} is not a RAM role name or ARN`);
      if (!needs.arn.test(String(trigger.sourceArn))) errors.push(`${where}: sourceArn ${trigger.sourceArn} is not of the form ${needs.arn}`);
    } else if (trigger.invocationRole !== undefined || trigger.sourceArn !== undefined) {
      errors.push(`${where}: ${trigger.triggerType} triggers take no invocationRole or sourceArn`);
    }
  }
  return errors;
}

/** The function resources of an FC 3.0 s.yaml (component fc3), without the custom domain's (fc3-domain). */
export function functionResources<T extends { component?: unknown }>(resources: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(resources).filter(([, resource]) => resource.component === 'fc3'));
}
