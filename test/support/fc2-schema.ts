import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { referenceFile } from './reference.js';

type Schema = Record<string, any>;

/**
 * The schema with its known faults mended (reference README): its runtime enum predates nodejs18
 * and nodejs20 and lacks go1 and dotnetcore3.1 (FC 2.0 runtimes that the component's own start
 * templates deploy, and that the fc3 component's 2to3 migration knows), its trigger filter demands CDN's `domain` of every trigger, and it predates the
 * eventbridge trigger that the component's docs configure.
 */
function mendedSchema(): Schema {
  // The legacy fc component's own property schema, copied unchanged from devsapp/fc.
  const schema = parse(readFileSync(referenceFile('upstream/devsapp-fc/publish.yaml'), 'utf8')).Properties as Schema;
  schema.properties.function.properties.runtime.enum.push('nodejs18', 'nodejs20', 'go1', 'dotnetcore3.1');
  const trigger = schema.properties.triggers.items.oneOf[0];
  trigger.properties.type.enum.push('eventbridge');
  delete trigger.properties.config.properties.filter.required;
  trigger.properties.config.oneOf.push({ required: ['triggerEnable', 'eventRuleFilterPattern', 'eventSourceConfig'] });
  return schema;
}

let validator: ValidateFunction | undefined;

/** Validates one component's props against the legacy fc schema; returns Ajv's errors. */
export function fc2SchemaErrors(props: unknown, vars: Record<string, string>): unknown[] {
  validator ??= new Ajv({ strict: false, allErrors: true }).compile(mendedSchema());
  // Serverless Devs substitutes ${vars.x} before the component sees the props.
  const resolved = JSON.parse(JSON.stringify(props).replace(/\$\{vars\.(\w+)\}/g, (_match, key: string) => vars[key] ?? '').replaceAll('${config(AccountID)}', '1234567890123456'));
  return validator(resolved) ? [] : (validator.errors ?? []);
}
