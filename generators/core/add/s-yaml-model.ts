import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { FC_VERSION_IDS, GENERATIONS, type FcVersion } from '../catalog/generations.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';

/** A trigger already in s.yaml, as either component names it. */
export interface ExistingTrigger {
  name: string;
  type: string;
  /** The version or alias it serves; FC's default is LATEST. */
  qualifier: string;
  /** Whether it names the role its source invokes with (role, or fc3's invocationRole). */
  hasRole: boolean;
  /** An eventbridge trigger's event source (`eventSourceConfig.eventSourceType`): which message source it reads. */
  eventSourceType?: string;
}

/** A function module of s.yaml: what `add` needs to know of it, and where it is. */
export interface ExistingFunction {
  /** Its key under `services` (edition 1.0.0) or `resources` (3.0.0). */
  key: string;
  name: string;
  runtime?: string;
  handler?: string;
  /** codeUri (FC 2.0) or code (FC 3.0), when it is a path. */
  code?: string;
  triggers: ExistingTrigger[];
  /** FC 2.0: the service's name, when props.service is a map with one. */
  service?: string;
  /** The port a custom runtime's or container's server listens on. */
  port?: number;
  /** props.region as written (a name or an expression). */
  region?: string;
  /** Path to the node that holds `triggers` (FC 2.0: props; FC 3.0: props too). */
  propsPath: string[];
}

/** An s.yaml read for `add`: its generation, its functions, and the document for editing. */
export interface ExistingProject {
  /** s.yaml or s.yml, relative to the project. */
  file: string;
  fcVersion: FcVersion;
  text: string;
  document: Document.Parsed;
  /** `services` or `resources`. */
  modulesKey: string;
  functions: ExistingFunction[];
  /** Modules of other components (a custom domain, a bucket), left alone. */
  others: { key: string; component: string }[];
  /** Whether `vars.region` exists, which our own modules refer to. */
  hasRegionVar: boolean;
}

const MODULES_KEY: Record<FcVersion, string> = { '2': 'services', '3': 'resources' };

/**
 * The generation a component belongs to: `fc`, `devsapp/fc` and `fc@1.2.3` deploy FC 2.0, their
 * fc3 forms FC 3.0 (as fc3's own s2tos3 reads them); any other component is not a function.
 */
export function componentGeneration(component: string): FcVersion | undefined {
  const name = component.trim().replace(/^devsapp\//, '').replace(/@.*$/, '');
  return FC_VERSION_IDS.find((id) => GENERATIONS[id].component === name);
}

function text(node: unknown): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value).trim();
  return undefined;
}

function mapAt(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

function triggersOf(props: YAMLMap, fcVersion: FcVersion): ExistingTrigger[] {
  const list = props.get('triggers', true);
  if (!isSeq(list)) return [];
  const [nameKey, typeKey, roleKey, configKey] = fcVersion === '2' ? ['name', 'type', 'role', 'config'] : ['triggerName', 'triggerType', 'invocationRole', 'triggerConfig'];
  return (list as YAMLSeq).items.flatMap((item) => {
    const trigger = mapAt(item);
    if (!trigger) return [];
    const eventSourceType = text(mapAt(mapAt(trigger.get(configKey, true))?.get('eventSourceConfig', true))?.get('eventSourceType', true));
    return [{ name: text(trigger.get(nameKey, true)) ?? '', type: text(trigger.get(typeKey, true)) ?? '', qualifier: text(trigger.get('qualifier', true)) ?? 'LATEST', hasRole: trigger.has(roleKey), ...(eventSourceType ? { eventSourceType } : {}) }];
  });
}

/** A name written as `${vars.x}` (start-fc's templates do), as the variable gives it. */
function withVars(name: string | undefined, vars: YAMLMap | undefined): string | undefined {
  const variable = /^\$\{vars\.([A-Za-z0-9_-]+)\}$/.exec(name ?? '')?.[1];
  return (variable === undefined ? undefined : text(vars?.get(variable, true))) ?? name;
}

function functionOf(key: string, props: YAMLMap, fcVersion: FcVersion, vars: YAMLMap | undefined): ExistingFunction {
  const triggers = triggersOf(props, fcVersion);
  if (fcVersion === '3') {
    const found = { key, name: withVars(text(props.get('functionName', true)), vars) ?? key, triggers, propsPath: [key, 'props'] };
    return withOptional(found, { runtime: text(props.get('runtime', true)), handler: text(props.get('handler', true)), code: text(props.get('code', true)), region: text(props.get('region', true)), port: portOf(props.getIn(['customRuntimeConfig', 'port'], true), props.getIn(['customContainerConfig', 'port'], true)) });
  }
  const fn = mapAt(props.get('function', true));
  const service = mapAt(props.get('service', true));
  const found = { key, name: withVars(text(fn?.get('name', true)), vars) ?? key, triggers, propsPath: [key, 'props'] };
  return withOptional(found, { runtime: text(fn?.get('runtime', true)), handler: text(fn?.get('handler', true)), code: text(fn?.get('codeUri', true)), service: text(service?.get('name', true)), region: text(props.get('region', true)), port: portOf(fn?.get('caPort', true)) });
}

function portOf(...nodes: unknown[]): number | undefined {
  const port = nodes.map((node) => Number(text(node))).find((value) => Number.isInteger(value) && value > 0);
  return port;
}

function withOptional<T extends object>(base: T, optional: Record<string, string | number | undefined>): T {
  return { ...base, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) };
}

/**
 * Reads an s.yaml for `add`: the edition fixes the generation (1.0.0 FC 2.0, 3.0.0 FC 3.0), and
 * every module of that generation's component is a function. Pure; throws a UserError naming what
 * is wrong when the file is not a project `add` can grow.
 */
export function readProject(source: string, file: string): ExistingProject {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new UserError(t('add.unparsable', { file, problem: (error.message.split('\n')[0] ?? '').replace(/:$/, '') }));
  const root = mapAt(document.contents);
  if (!root) throw new UserError(t('add.notAMap', { file }));
  const edition = text(root.get('edition', true));
  const fcVersion = FC_VERSION_IDS.find((id) => GENERATIONS[id].sYamlEdition === edition);
  if (!fcVersion) throw new UserError(t('add.edition', { file, edition: JSON.stringify(edition ?? null), editions: FC_VERSION_IDS.map((id) => `${GENERATIONS[id].sYamlEdition} (${GENERATIONS[id].label})`).join(', ') }));
  const modulesKey = MODULES_KEY[fcVersion];
  const modules = mapAt(root.get(modulesKey, true));
  if (!modules) throw new UserError(t('add.noModules', { file, key: modulesKey }));

  const vars = mapAt(root.get('vars', true));
  const functions: ExistingFunction[] = [];
  const others: { key: string; component: string }[] = [];
  for (const pair of modules.items) {
    const key = text(pair.key) ?? '';
    const module = mapAt(pair.value);
    const component = text(module?.get('component', true)) ?? '';
    const generation = componentGeneration(component);
    const props = mapAt(module?.get('props', true));
    if (generation === undefined || !props) {
      others.push({ key, component });
      continue;
    }
    if (generation !== fcVersion) {
      throw new UserError(t('add.componentEdition', { file, key, component, edition: edition ?? '', expected: GENERATIONS[fcVersion].component }));
    }
    functions.push(functionOf(key, props, fcVersion, vars));
  }
  if (functions.length === 0) {
    const found = others.map((other) => `${other.key} (${other.component || '?'})`).join(', ') || '-';
    throw new UserError(t('add.noFunctions', { file, key: modulesKey, found, component: GENERATIONS[fcVersion].component }));
  }
  return { file, fcVersion, text: source, document, modulesKey, functions, others, hasRegionVar: vars?.has('region') ?? false };
}
