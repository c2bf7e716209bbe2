import { forGeneration, GENERATIONS, type FcVersion } from './catalog/generations.js';
import { RUNTIME_IDS, runtimeById, type RuntimeId } from './catalog/runtimes.js';
import { deployedTriggerId, TRIGGERS, TRIGGERS_PER_FUNCTION } from './catalog/triggers/index.js';
import type { TriggerDefinition } from './catalog/triggers/types.js';
import { t } from './i18n/index.js';

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

// A custom domain names its function by the function resource's own props, which also orders the deploy.
const FUNCTION_NAME_REFERENCE = /^\$\{resources\.([A-Za-z0-9_-]+)\.props\.functionName\}$/;
/** A secret read from the deploying machine's environment (a DTS trigger's password): both clients resolve `${env(NAME)}`. */
const ENVIRONMENT_REFERENCE = /^\$\{env\([A-Za-z_][A-Za-z0-9_]*\)\}$/;

/** Whether an expression is one we write: a var, the account id, or the name of an fc3 function resource of this file. */
function knownExpression(expression: string, document: Props): boolean {
  if (EXPRESSIONS.has(expression) || ENVIRONMENT_REFERENCE.test(expression)) return true;
  const key = FUNCTION_NAME_REFERENCE.exec(expression)?.[1];
  const resource = key !== undefined && isObject(document.resources) ? document.resources[key] : undefined;
  return isObject(resource) && resource.component === GENERATIONS['3'].component;
}

function expressionProblems(document: Props): string[] {
  return strings(document, '').flatMap(([path, text]) => {
    const unknown = (text.match(/\$\{[^}]*\}?/g) ?? []).filter((expression) => !knownExpression(expression, document));
    const template = text.includes('<%') ? ['<%'] : [];
    return [...unknown, ...template].map((expression) => t('syaml.expression', { path, expression }));
  });
}

function triggerProblems(fcVersion: FcVersion, where: string, trigger: Props): string[] {
  const keys = fcVersion === '2' ? { name: 'name', type: 'type', role: 'role', config: 'config' } : { name: 'triggerName', type: 'triggerType', role: 'invocationRole', config: 'triggerConfig' };
  const problems: string[] = [];
  const name = trigger[keys.name];
  const type = trigger[keys.type];
  const config = trigger[keys.config];
  if (typeof name !== 'string' || !TRIGGER_NAME.test(name)) problems.push(t('syaml.notTriggerName', { path: `${where}.${keys.name}`, value: String(name) }));
  // A message source is an eventbridge trigger whose event source names it.
  const eventSourceType = isObject(config) && isObject(config.eventSourceConfig) && typeof config.eventSourceConfig.eventSourceType === 'string' ? config.eventSourceConfig.eventSourceType : undefined;
  const id = typeof type === 'string' ? deployedTriggerId(type, eventSourceType) : undefined;
  const definition = (TRIGGERS as readonly TriggerDefinition[]).find((candidate) => candidate.deployment !== undefined && candidate.id === id);
  if (!definition) return [...problems, t('syaml.notTriggerType', { path: `${where}.${keys.type}`, value: String(type) })];
  if (!isObject(config)) return [...problems, t('syaml.missing', { path: `${where}.${keys.config}` })];
  for (const path of forGeneration(definition.requiredConfig ?? [], fcVersion)) {
    if (at(config, path) === undefined) problems.push(t('syaml.missingForTrigger', { path: `${where}.${keys.config}.${path}`, type: String(type) }));
  }
  const role = trigger[keys.role];
  if (role !== undefined && (typeof role !== 'string' || !ROLE.test(role))) problems.push(t('syaml.notRole', { path: `${where}.${keys.role}`, value: String(role) }));
  if (role !== undefined && !definition.invocationRole) problems.push(t('syaml.noRoleTaken', { path: `${where}.${keys.role}`, type: String(type) }));
  if (fcVersion === '2' && role !== undefined && typeof role === 'string' && !role.startsWith('acs:')) problems.push(t('syaml.fc2RoleArn', { path: `${where}.role`, role }));
  const sourceArn = trigger.sourceArn;
  if (fcVersion === '3' && definition.sourceArnPrefix) {
    if (typeof sourceArn !== 'string' || !sourceArn.startsWith(definition.sourceArnPrefix)) problems.push(t('syaml.sourceArnPrefix', { path: `${where}.sourceArn`, value: String(sourceArn), prefix: definition.sourceArnPrefix }));
    else if (!sourceArn.includes('${config(AccountID)}') && !/:\d+:/.test(sourceArn)) problems.push(t('syaml.sourceArnAccount', { path: `${where}.sourceArn`, value: sourceArn }));
  } else if (sourceArn !== undefined) {
    problems.push(fcVersion === '2' ? t('syaml.sourceArnComputed', { path: `${where}.sourceArn` }) : t('syaml.sourceArnNone', { path: `${where}.sourceArn`, type: String(type) }));
  }
  return problems;
}

function functionProblems(fcVersion: FcVersion, where: string, fn: Props, nameKey: string): string[] {
  const problems: string[] = [];
  if (typeof fn[nameKey] !== 'string' || !NAME.test(fn[nameKey] as string)) problems.push(t('syaml.notFunctionName', { path: `${where}.${nameKey}`, value: String(fn[nameKey]) }));
  const runtime = fn.runtime;
  if (!(RUNTIME_IDS as readonly Value[]).includes(runtime)) return [...problems, t('syaml.notRuntime', { path: `${where}.runtime`, value: String(runtime) })];
  if (!(runtimeById(runtime as RuntimeId).generations as readonly string[]).includes(fcVersion)) problems.push(t('syaml.notGenerationRuntime', { path: `${where}.runtime`, value: String(runtime), generation: GENERATIONS[fcVersion].label }));
  const container = runtime === 'custom-container';
  const code = fcVersion === '2' ? 'codeUri' : 'code';
  // FC 3.0's API wants a handler even of an image, which needs no code; the fc component wants a codeUri of every function.
  const required = ['memorySize', 'timeout', ...(container && fcVersion === '2' ? [] : ['handler']), ...(container && fcVersion === '3' ? [] : [code])];
  for (const key of required) if (fn[key] === undefined) problems.push(t('syaml.missing', { path: `${where}.${key}` }));
  if (container && typeof at(fn, 'customContainerConfig.image') !== 'string') problems.push(t('syaml.missing', { path: `${where}.customContainerConfig.image` }));
  return problems;
}

/** What is wrong with one component's props; an empty list when nothing is. */
function propsProblems(fcVersion: FcVersion, where: string, props: Value): string[] {
  if (!isObject(props)) return [t('syaml.missing', { path: where })];
  const problems = props.region === undefined ? [t('syaml.missing', { path: `${where}.region` })] : [];
  const triggers = props.triggers ?? [];
  if (!Array.isArray(triggers)) return [...problems, t('syaml.notList', { path: `${where}.triggers` })];
  if (triggers.length > TRIGGERS_PER_FUNCTION) problems.push(t('syaml.tooManyTriggers', { path: `${where}.triggers`, count: triggers.length, most: TRIGGERS_PER_FUNCTION }));
  if (fcVersion === '2') {
    const service = props.service;
    if (!isObject(service) || typeof service.name !== 'string' || !NAME.test(service.name)) problems.push(t('syaml.missingServiceName', { path: `${where}.service.name` }));
    if (!isObject(props.function)) return [...problems, t('syaml.missing', { path: `${where}.function` })];
    problems.push(...functionProblems(fcVersion, `${where}.function`, props.function, 'name'));
    // FC 2.0: a function with an HTTP trigger can have no other trigger.
    const types = triggers.map((trigger) => (isObject(trigger) ? trigger.type : undefined));
    if (types.includes('http') && types.length > 1) problems.push(t('syaml.fc2HttpAlone', { path: `${where}.triggers` }));
  } else {
    problems.push(...functionProblems(fcVersion, where, props, 'functionName'));
  }
  triggers.forEach((trigger, index) => {
    const path = `${where}.triggers[${index}]`;
    problems.push(...(isObject(trigger) ? triggerProblems(fcVersion, path, trigger) : [t('syaml.notObject', { path })]));
  });
  return problems;
}

// FC 3.0's custom domains are resources of the fc3-domain component (devsapp/fc3-domain publish.yaml).
const DOMAIN_COMPONENT = 'fc3-domain';
const DOMAIN_PROTOCOLS: readonly Value[] = ['HTTP', 'HTTPS', 'HTTP,HTTPS'];

/** What is wrong with an fc3-domain resource's props: its required fields, and routes that name a path and a function. */
function domainProblems(where: string, props: Value): string[] {
  if (!isObject(props)) return [t('syaml.missing', { path: where })];
  const problems = ['region', 'domainName'].filter((key) => typeof props[key] !== 'string').map((key) => t('syaml.missing', { path: `${where}.${key}` }));
  if (!DOMAIN_PROTOCOLS.includes(props.protocol)) problems.push(t('syaml.notOneOf', { path: `${where}.protocol`, value: String(props.protocol), values: DOMAIN_PROTOCOLS.join(', ') }));
  const routes = at(props, 'routeConfig.routes');
  if (!Array.isArray(routes) || routes.length === 0) return [...problems, t('syaml.missing', { path: `${where}.routeConfig.routes` })];
  routes.forEach((route, index) => {
    for (const key of ['path', 'functionName']) if (!isObject(route) || typeof route[key] !== 'string') problems.push(t('syaml.missing', { path: `${where}.routeConfig.routes[${index}].${key}` }));
  });
  return problems;
}

/** Every problem of an s.yaml document for its generation, each naming the path and the value. */
export function sYamlProblems(document: Value): string[] {
  if (!isObject(document)) return [t('syaml.notMapping', { path: 's.yaml' })];
  const fcVersion = (Object.keys(GENERATIONS) as FcVersion[]).find((id) => GENERATIONS[id].sYamlEdition === document.edition);
  if (!fcVersion) return [t('syaml.edition', { value: String(document.edition), first: GENERATIONS['2'].sYamlEdition, second: GENERATIONS['3'].sYamlEdition })];
  const generation = GENERATIONS[fcVersion];
  const problems = expressionProblems(document);
  if (!isObject(document.vars) || typeof document.vars.region !== 'string') problems.push(t('syaml.missing', { path: 'vars.region' }));
  const componentsKey = fcVersion === '2' ? 'services' : 'resources';
  const components = document[componentsKey];
  if (!isObject(components) || Object.keys(components).length === 0) return [...problems, t('syaml.missingOrEmpty', { path: componentsKey })];
  for (const [key, component] of Object.entries(components)) {
    const where = `${componentsKey}.${key}`;
    if (!isObject(component)) {
      problems.push(t('syaml.notMapping', { path: where }));
      continue;
    }
    if (fcVersion === '3' && component.component === DOMAIN_COMPONENT) {
      problems.push(...domainProblems(`${where}.props`, component.props));
      continue;
    }
    if (component.component !== generation.component) problems.push(t('syaml.notComponent', { path: `${where}.component`, value: String(component.component), component: generation.component }));
    problems.push(...propsProblems(fcVersion, `${where}.props`, component.props));
  }
  return problems;
}
