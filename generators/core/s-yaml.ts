import { Document } from 'yaml';
import { customServerOf, type StartCommand } from './catalog/custom-servers.js';
import { familyOf } from './catalog/families/index.js';
import { functionImage } from './container.js';
import { domainRoute, fc2CustomDomains, fc3DomainKey, fc3DomainResource } from './domain.js';
import { runtimeNpmPackages, runtimePipRequirement } from './manifests.js';
import { customBase, isContainer } from './project-kind.js';
import { GENERATIONS, type FcVersion } from './catalog/generations.js';
import { layerArn, layerPath, minorVersion } from './catalog/images.js';
import { runtimeById, serverInterpreter } from './catalog/runtimes.js';
import { triggerById, type TriggerId } from './catalog/triggers/index.js';
import { roleArn, type TriggerDeployment } from './catalog/triggers/types.js';
import { UserError } from './errors.js';
import { t } from './i18n/index.js';
import { sYamlProblems } from './s-yaml-check.js';
import { DEFAULT_MEMORY, fc3Cpu } from './questions/limits.js';
import type { FunctionSpec, ProjectSpec } from './validate.js';

// Serverless Devs resolves these when it deploys. 2.x resolves config() only with the key unquoted
// (@serverless-devs/core's parser looks a quoted key up quotes and all); 3.x takes both forms.
export const REGION = '${vars.region}';
export const ACCOUNT_ID = '${config(AccountID)}';


/** A trigger as the builder needs it: its deployment and the role it invokes with, if any. */
interface BuiltTrigger extends TriggerDeployment {
  role?: string;
}

/** The role ARN or name a user gave for a trigger's source, written as each component reads it. */
function givenRole(spec: ProjectSpec, role: string): string {
  // fc3 completes a bare role name with the account id itself; the fc component takes only an ARN.
  return spec.fcVersion === '3' || role.startsWith('acs:') ? role : roleArn(ACCOUNT_ID, role);
}

/**
 * The role a trigger invokes with. Left out, both components provide one: fc3 gets or creates the
 * console's default role of the source (devsapp/fc3 src/base.ts _handleDefaultTriggerRole), and the
 * fc component's fc-deploy creates FcDeployCreateRole-<service>-<function> trusting the source
 * (devsapp/fc-deploy src/lib/fc/trigger.ts makeInvocationRole). That role is one per function and
 * trusts one service, so an FC 2.0 function with several such triggers names the console's default
 * roles instead, which must exist (the README says so).
 */
function triggerRole(spec: ProjectSpec, fn: FunctionSpec, id: TriggerId): string | undefined {
  const role = triggerById(id).invocationRole;
  if (!role) return undefined;
  const given = spec.settings[role.setting];
  if (typeof given === 'string' && given !== '') return givenRole(spec, given);
  if (spec.fcVersion === '3') return undefined;
  return fc2SharedRoleTriggers(spec, fn).length > 1 ? roleArn(ACCOUNT_ID, role.defaultName) : undefined;
}

/** An FC 2.0 function's triggers that would share the one role fc-deploy creates for it. */
export function fc2SharedRoleTriggers(spec: ProjectSpec, fn: FunctionSpec): TriggerId[] {
  return fn.triggers.filter((id) => {
    const role = triggerById(id).invocationRole;
    return role !== undefined && !spec.settings[role.setting];
  });
}

function deployments(spec: ProjectSpec, fn: FunctionSpec): BuiltTrigger[] {
  const context = { fcVersion: spec.fcVersion, region: REGION, accountId: ACCOUNT_ID };
  return fn.triggers.flatMap((id) => {
    const build = triggerById(id).deployment;
    if (!build) return [];
    const role = triggerRole(spec, fn, id);
    return [{ ...build(spec.settings, context), ...(role ? { role } : {}) }];
  });
}

/**
 * The `fc` component (FC 2.0) names a trigger's fields name/type/role/config. It computes each
 * source's ARN from the config and the deploying account (fc-deploy src/lib/utils/utils.ts
 * transfromTriggerConfig), so none is written.
 */
function fc2Trigger(trigger: BuiltTrigger): Record<string, unknown> {
  const { name, type, role, config } = trigger;
  return { name, type, ...(role ? { role } : {}), config };
}

/** The `fc3` component names them triggerName/triggerType/invocationRole/triggerConfig, per qualifier. */
function fc3Trigger(trigger: BuiltTrigger): Record<string, unknown> {
  const { name, type, role, sourceArn, config } = trigger;
  return {
    triggerName: name,
    triggerType: type,
    qualifier: 'LATEST',
    ...(role ? { invocationRole: role } : {}),
    ...(sourceArn ? { sourceArn } : {}),
    triggerConfig: config,
  };
}

function description(spec: ProjectSpec, fn: FunctionSpec): string {
  const kind = fn.type === 'event' ? 'Event function' : spec.port === undefined ? 'HTTP function' : 'Web function';
  return `${kind} (${fn.triggers.join(', ')})`;
}

/** How FC starts a custom runtime's server of a function in the project's language (catalog/custom-servers.ts). */
export function serverStart(spec: ProjectSpec, fn: FunctionSpec): StartCommand {
  const runtime = runtimeById(spec.runtime);
  const choice = serverInterpreter(runtime, spec.language);
  const pathName = familyOf(runtime, spec.language).pathName?.(fn.name) ?? fn.name;
  return customServerOf(spec.language).start({ pathName, interpreter: choice && 'interpreter' in choice ? choice.interpreter : undefined });
}

/** customRuntimeConfig's command and args. */
function startCommand(spec: ProjectSpec, fn: FunctionSpec): Record<string, unknown> {
  const start = serverStart(spec, fn);
  return { command: [...start.command], ...(start.args ? { args: [...start.args] } : {}) };
}

/** The function's size, as the answers give it (both components call the fields memorySize and timeout). */
function size(spec: ProjectSpec): { memorySize: number; timeout: number } {
  return { memorySize: spec.memorySize, timeout: spec.timeout };
}

// FC 3.0 also sizes CPU (in a band the memory sets) and disk (its smallest is 512 MB): always for a
// container, and for code when the memory is not the default, from which FC derives them itself.
const fc3Size = (spec: ProjectSpec) => ({ cpu: fc3Cpu(spec.memorySize), diskSize: 512 });

/** A function's own settings, as each generation's component names them. */
interface FunctionFields {
  fc2: Record<string, unknown>;
  fc3: Record<string, unknown>;
}

/**
 * The official layer that brings a custom runtime's interpreter where its image lacks one, and the PATH
 * that finds it (a PATH replaces FC's default, so it is written whole, as FC's own templates do).
 */
function interpreterLayerFields(spec: ProjectSpec): Record<string, unknown> {
  const choice = serverInterpreter(runtimeById(spec.runtime), spec.language);
  const layer = choice && 'layer' in choice ? choice.layer : undefined;
  return layer ? { layers: [layerArn(layer, REGION)], environmentVariables: { PATH: layerPath(layer), ...layer.environment } } : {};
}

/** A code package: the folder or archive to upload, the handler, and for a custom runtime how to start its server. */
function codeFields(spec: ProjectSpec, fn: FunctionSpec): FunctionFields {
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const codeDir = family.codeDir(spec.language, fn.name);
  const handler = (customBase(spec) ? undefined : family.handlerSetting?.(fn.name)) ?? 'index.handler';
  const port = spec.port;
  const layer = interpreterLayerFields(spec);
  return {
    fc2: { codeUri: codeDir, handler, ...size(spec), ...layer, ...(port === undefined ? {} : { caPort: port, customRuntimeConfig: startCommand(spec, fn) }) },
    fc3: { code: codeDir, handler, ...size(spec), ...(spec.memorySize === DEFAULT_MEMORY.code ? {} : fc3Size(spec)), ...layer, ...(port === undefined ? {} : { customRuntimeConfig: { ...startCommand(spec, fn), port } }) },
  };
}

/** A custom container: its image and the port its server listens on, no code package. */
function containerFields(spec: ProjectSpec, fn: FunctionSpec): FunctionFields {
  const image = functionImage(spec, fn, REGION);
  return {
    // The legacy component wants a codeUri for every function: here the image's build context.
    fc2: { codeUri: familyOf(runtimeById(spec.runtime), spec.language).codeDir(spec.language, fn.name), ...size(spec), caPort: spec.port, customContainerConfig: { image } },
    // FC 3.0's API requires a handler of every function; a container's server ignores it.
    fc3: { handler: 'index.handler', ...size(spec), ...fc3Size(spec), customContainerConfig: { image, port: spec.port } },
  };
}

/** A function's component props: the fc component (FC 2.0) nests the function in a service, fc3 has it at the top. */
function props(spec: ProjectSpec, fn: FunctionSpec): Record<string, unknown> {
  const fields = isContainer(spec) ? containerFields(spec, fn) : codeFields(spec, fn);
  const triggers = deployments(spec, fn);
  // A web server serves many requests at once; FC's default of 1 would start an instance per request.
  const concurrency = fn.type === 'http' && spec.instanceConcurrency !== undefined ? { instanceConcurrency: spec.instanceConcurrency } : {};
  const common = { description: description(spec, fn), runtime: spec.runtime, ...concurrency };
  if (spec.fcVersion === '2') {
    const route = domainRoute(spec);
    const domain = route?.fn === fn ? { customDomains: fc2CustomDomains(route.domain) } : {};
    return {
      region: REGION,
      service: { name: spec.name, description: `${spec.name}: generated by create-fc-function` },
      function: { name: fn.name, ...common, ...fields.fc2 },
      ...(triggers.length > 0 ? { triggers: triggers.map(fc2Trigger) } : {}),
      ...domain,
    };
  }
  return { region: REGION, functionName: fn.name, ...common, ...fields.fc3, ...(triggers.length > 0 ? { triggers: triggers.map(fc3Trigger) } : {}) };
}

/**
 * pip resolves for the Python that runs it unless told otherwise: a built-in runtime's packages are
 * chosen for its own Python version and FC's x86-64 Linux, as wheels (nothing is compiled locally).
 */
function pipTargetFlags(spec: ProjectSpec): string {
  const runtime = runtimeById(spec.runtime);
  const choice = serverInterpreter(runtime, spec.language);
  // A custom runtime's server runs on the Python its image or layer holds (a container's image installs for its own).
  const version = runtime.family === 'python' ? runtime.pythonVersion : choice && 'interpreter' in choice ? minorVersion(choice.interpreter.version) : undefined;
  return version ? ` --python-version ${version.join('.')} --platform manylinux2014_x86_64 --only-binary=:all:` : '';
}

/** Steps Serverless Devs runs before deploying a function: compile, then install its run-time dependencies into its folder. */
export function preDeploy(spec: ProjectSpec, fn: FunctionSpec): { run: string; path: string }[] {
  const family = familyOf(runtimeById(spec.runtime), spec.language);
  const codeDir = family.codeDir(spec.language, fn.name);
  const steps = [...(family.buildSteps?.(spec, fn) ?? [])];
  if (isContainer(spec)) {
    // The image installs the function's dependencies itself, for FC's x86-64 instances whatever the
    // machine; the component pushes it to the registry when it deploys.
    return [...steps, { run: `docker build --platform linux/amd64 -t ${functionImage(spec, fn, REGION)} .`, path: codeDir }];
  }
  if (runtimeNpmPackages(spec, fn).length > 0) steps.push({ run: 'npm install --omit=dev --no-package-lock', path: codeDir });
  if (runtimePipRequirement(spec, fn)) steps.push({ run: `python3 -m pip install --target vendor${pipTargetFlags(spec)} -r requirements.txt`, path: codeDir });
  return steps;
}

/** Edition 1.0.0 lists components under `services`, edition 3.0.0 under `resources`. */
const COMPONENTS_KEY: Record<FcVersion, string> = { '2': 'services', '3': 'resources' };

/** The s.yaml of a project as data. */
export function sYamlObject(spec: ProjectSpec): Record<string, unknown> {
  const generation = GENERATIONS[spec.fcVersion];
  const components: [string, unknown][] = spec.functions.map((fn) => {
    const steps = preDeploy(spec, fn);
    return [fn.name, { component: generation.component, ...(steps.length > 0 ? { actions: { 'pre-deploy': steps } } : {}), props: props(spec, fn) }];
  });
  // FC 3.0 deploys a custom domain as a resource of its own; FC 2.0 has it in the function's props.
  const route = domainRoute(spec);
  if (spec.fcVersion === '3' && route) components.push([fc3DomainKey(route.fn), fc3DomainResource(route.domain, route.fn, REGION)]);
  return {
    edition: generation.sYamlEdition,
    name: spec.name,
    access: 'default',
    vars: { region: spec.region },
    [COMPONENTS_KEY[spec.fcVersion]]: Object.fromEntries(components),
  };
}

/** The s.yaml of a project, serialised once it passes our own checks of what the components accept. */
export function sYamlText(spec: ProjectSpec): string {
  const generation = GENERATIONS[spec.fcVersion];
  const object = sYamlObject(spec);
  const problems = sYamlProblems(object);
  if (problems.length > 0) {
    throw new UserError(t('syaml.wouldNotDeploy', { problems: problems.map((problem) => `  ${problem}`).join('\n') }));
  }
  const document = new Document(object);
  document.commentBefore = ` ${generation.label} project for Serverless Devs ${generation.devsPackage.split('@').at(-1)}.x: npx ${generation.devsPackage} deploy`;
  return document.toString({ lineWidth: 0 });
}
