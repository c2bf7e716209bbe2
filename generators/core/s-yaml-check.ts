import { forGeneration, GENERATIONS, type FcVersion } from './catalog/generations.js';
import { RUNTIME_IDS, runtimeById, type RuntimeId } from './catalog/runtimes.js';
import { TRIGGERS } from './catalog/triggers/index.js';
import type { TriggerDefinition } from './catalog/triggers/types.js';

/**
 * The shape of the s.yaml this tool writes, checked before anything is written: our own rules,
 * written from the components' facts (shared/reference fc-triggers.md §1, devsapp/fc3 and
 * devsapp/fc-deploy sources), so a project that a component would reject or misread is caught
 * at scaffold time, with the path and the value named.
 */

type Value = unknown;
type Props = Record<string, Value>;

// The only deploy-time expressions the generator writes; anything else of the form ${...} is a bug.
const EXPRESSIONS = new Set(['${vars.region}', '${config(AccountID)}']);
const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const TRIGGER_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
const ROLE = /^(acs:ram::(\d+|\$\{config\(AccountID\)\}):role\/)?[A-Za-z0-9.-]{1,64}$/;

function isObject(value: Value): value is Props {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(value: Value, path: string): Value {
  return path.split('.').reduce<Value>((current, key) => (isObject(current) ? current[key] : undefined), value);
}

/** Every string in a value with its path, for the expression check. */
function strings(value: Value, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

function expressionProblems(document: Props): string[] {
  return strings(document, '').flatMap(([path, text]) => {
    const unknown = (text.match(/\$\{[^}]*\}?/g) ?? []).filter((expression) => !EXPRESSIONS.has(expression));
    const template = text.includes('<%') ? ['<%'] : [];
    return [...unknown, ...template].map((expression) => `${path}: "${expression}" would be evaluated by Serverless Devs at deploy time`);
  });
}

function triggerProblems(fcVersion: FcVersion, where: string, trigger: Props): string[] {
  const keys = fcVersion === '2' ? { name: 'name', type: 'type', role: 'role', config: 'config' } : { name: 'triggerName', type: 'triggerType', role: 'invocationRole', config: 'triggerConfig' };
  const problems: string[] = [];
  const name = trigger[keys.name];
  const type = trigger[keys.type];
  const config = trigger[keys.config];
  if (typeof name !== 'string' || !TRIGGER_NAME.test(name)) problems.push(`${where}.${keys.name}: ${String(name)} is not a trigger name`);
  const definition = (TRIGGERS as readonly TriggerDefinition[]).find((candidate) => candidate.deployment !== undefined && candidate.id === type);
  if (!definition) return [...problems, `${where}.${keys.type}: ${String(type)} is not a trigger type this tool deploys`];
  if (!isObject(config)) return [...problems, `${where}.${keys.config} is missing`];
  for (const path of forGeneration(definition.requiredConfig ?? [], fcVersion)) {
    if (at(config, path) === undefined) problems.push(`${where}.${keys.config}.${path} is missing (${type} triggers need it)`);
  }
  const role = trigger[keys.role];
  if (role !== undefined && (typeof role !== 'string' || !ROLE.test(role))) problems.push(`${where}.${keys.role}: ${String(role)} is not a RAM role name or ARN`);
  if (role !== undefined && !definition.invocationRole) problems.push(`${where}.${keys.role}: ${type} triggers take no role`);
  if (fcVersion === '2' && role !== undefined && typeof role === 'string' && !role.startsWith('acs:')) problems.push(`${where}.role: the fc component takes a role ARN, not the name ${role}`);
  const sourceArn = trigger.sourceArn;
  if (fcVersion === '3' && definition.sourceArnPrefix) {
    if (typeof sourceArn !== 'string' || !sourceArn.startsWith(definition.sourceArnPrefix)) problems.push(`${where}.sourceArn: ${String(sourceArn)} does not start with ${definition.sourceArnPrefix}`);
    else if (!sourceArn.includes('${config(AccountID)}') && !/:\d+:/.test(sourceArn)) problems.push(`${where}.sourceArn: ${sourceArn} names no account`);
  } else if (sourceArn !== undefined) {
    problems.push(`${where}.sourceArn: ${fcVersion === '2' ? 'the fc component computes it from the config' : `${type} triggers take none`}`);
  }
  return problems;
}

function functionProblems(fcVersion: FcVersion, where: string, fn: Props, nameKey: string): string[] {
  const problems: string[] = [];
  if (typeof fn[nameKey] !== 'string' || !NAME.test(fn[nameKey] as string)) problems.push(`${where}.${nameKey}: ${String(fn[nameKey])} is not a function name`);
  const runtime = fn.runtime;
  if (!(RUNTIME_IDS as readonly Value[]).includes(runtime)) return [...problems, `${where}.runtime: ${String(runtime)} is not a runtime`];
  if (!(runtimeById(runtime as RuntimeId).generations as readonly string[]).includes(fcVersion)) problems.push(`${where}.runtime: ${String(runtime)} is not an ${GENERATIONS[fcVersion].label} runtime`);
  const container = runtime === 'custom-container';
  const code = fcVersion === '2' ? 'codeUri' : 'code';
  // FC 3.0's API wants a handler even of an image, which needs no code; the fc component wants a codeUri of every function.
  const required = ['memorySize', 'timeout', ...(container && fcVersion === '2' ? [] : ['handler']), ...(container && fcVersion === '3' ? [] : [code])];
  for (const key of required) if (fn[key] === undefined) problems.push(`${where}.${key} is missing`);
  if (container && typeof at(fn, 'customContainerConfig.image') !== 'string') problems.push(`${where}.customContainerConfig.image is missing`);
  return problems;
}

/** What is wrong with one component's props; an empty list when nothing is. */
function propsProblems(fcVersion: FcVersion, where: string, props: Value): string[] {
  if (!isObject(props)) return [`${where} is missing`];
  const problems = props.region === undefined ? [`${where}.region is missing`] : [];
  const triggers = props.triggers ?? [];
  if (!Array.isArray(triggers)) return [...problems, `${where}.triggers is not a list`];
  if (triggers.length > 10) problems.push(`${where}.triggers: FC allows 10 triggers per function, not ${triggers.length}`);
  if (fcVersion === '2') {
    const service = props.service;
    if (!isObject(service) || typeof service.name !== 'string' || !NAME.test(service.name)) problems.push(`${where}.service.name is missing or not a service name`);
    if (!isObject(props.function)) return [...problems, `${where}.function is missing`];
    problems.push(...functionProblems(fcVersion, `${where}.function`, props.function, 'name'));
    // FC 2.0: a function with an HTTP trigger can have no other trigger.
    const types = triggers.map((trigger) => (isObject(trigger) ? trigger.type : undefined));
    if (types.includes('http') && types.length > 1) problems.push(`${where}.triggers: an FC 2.0 function with an HTTP trigger can have no other trigger`);
  } else {
    problems.push(...functionProblems(fcVersion, where, props, 'functionName'));
  }
  triggers.forEach((trigger, index) => {
    const path = `${where}.triggers[${index}]`;
    problems.push(...(isObject(trigger) ? triggerProblems(fcVersion, path, trigger) : [`${path} is not an object`]));
  });
  return problems;
}

/** Every problem of an s.yaml document for its generation, each naming the path and the value. */
export function sYamlProblems(document: Value): string[] {
  if (!isObject(document)) return ['s.yaml is not a mapping'];
  const fcVersion = (Object.keys(GENERATIONS) as FcVersion[]).find((id) => GENERATIONS[id].sYamlEdition === document.edition);
  if (!fcVersion) return [`edition: ${String(document.edition)} is neither ${Object.values(GENERATIONS).map((generation) => generation.sYamlEdition).join(' nor ')}`];
  const generation = GENERATIONS[fcVersion];
  const problems = expressionProblems(document);
  if (!isObject(document.vars) || typeof document.vars.region !== 'string') problems.push('vars.region is missing');
  const componentsKey = fcVersion === '2' ? 'services' : 'resources';
  const components = document[componentsKey];
  if (!isObject(components) || Object.keys(components).length === 0) return [...problems, `${componentsKey} is missing or empty`];
  for (const [key, component] of Object.entries(components)) {
    const where = `${componentsKey}.${key}`;
    if (!isObject(component)) {
      problems.push(`${where} is not a mapping`);
      continue;
    }
    if (component.component !== generation.component) problems.push(`${where}.component: ${String(component.component)} is not ${generation.component}`);
    problems.push(...propsProblems(fcVersion, `${where}.props`, component.props));
  }
  return problems;
}
