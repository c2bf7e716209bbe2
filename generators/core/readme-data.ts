import { productionNotes } from './catalog/function-settings/index.js';
import { sourceDir } from './catalog/families/index.js';
import { functionTypeLabel } from './catalog/function-types.js';
import { recommend } from './recommend.js';
import { GENERATIONS } from './catalog/generations.js';
import { LANGUAGE_LABELS } from './catalog/languages.js';
import { triggerById } from './catalog/triggers/index.js';
import { runtimePipRequirement } from './manifests.js';
import { projectOf } from './project.js';
import { fc2SharedRoleTriggers, preDeploy } from './s-yaml.js';
import { imageRepo } from './container.js';
import { AUTO_DOMAIN, domainRoute } from './domain.js';
import { localRunSection, ownServers } from './local-run.js';
import { ciProviderById, CI_PROVIDERS } from './ci/index.js';
import { deploySecrets } from './ci/deploy-step.js';
import { mirrorsFor } from './ci/mirrors.js';
import { checkedDeployCommand, doctorCommand, projectDeployCommand } from './deploy-commands.js';
import { editorFiles } from './editor-config.js';
import { guardedCodeFolders } from './package-guard.js';
import type { Project } from './project.js';
import type { ProjectSpec } from './validate.js';

/** How the user installs what the project's tests need. */
export function installHint(spec: ProjectSpec): string {
  const { family } = projectOf(spec);
  const requirements = spec.functions.filter((fn) => runtimePipRequirement(spec, fn)).map((fn) => ` -r ${sourceDir(fn.name)}/requirements.txt`);
  return `${family.installHint}${requirements.join('')}`;
}

/** Each distinct step s.yaml runs before deploying, in order. */
function preDeploySteps(spec: ProjectSpec): { run: string; path: string }[] {
  const steps = spec.functions.flatMap((fn) => preDeploy(spec, fn));
  return steps.filter((step, index) => steps.findIndex((other) => other.run === step.run && other.path === step.path) === index);
}

/** Where each trigger's invocation role comes from when the project deploys, for the README. */
function triggerRoles(spec: ProjectSpec): string[] {
  return spec.functions.flatMap((fn) =>
    fn.triggers.flatMap((id) => {
      const role = triggerById(id).invocationRole;
      if (!role) return [];
      const where = `\`${fn.name}\` (${id})`;
      const given = spec.settings[role.setting];
      if (typeof given === 'string' && given !== '') return [`${where}: the role you named, \`${given}\`, which must exist and trust the service.`];
      if (spec.fcVersion === '3') return [`${where}: fc3 uses the console's default role \`${role.defaultName}\`, and creates it on the first deploy if the account lacks it.`];
      if (fc2SharedRoleTriggers(spec, fn).length > 1) {
        return [`${where}: the console's default role \`${role.defaultName}\`, which must exist: the console creates it when you first add such a trigger, or name another with \`--${triggerById(id).settings.find((setting) => setting.key === role.setting)?.flag}\`.`];
      }
      return [`${where}: the fc component creates the role \`FcDeployCreateRole-${spec.name}-${fn.name}\`, trusting the service, on the first deploy.`];
    }),
  );
}

/** The custom domain, for the README: which function it serves and whether Serverless Devs assigns it. */
function domainOf(spec: ProjectSpec): { function: string; auto: boolean; name?: string } | undefined {
  const route = domainRoute(spec);
  return route && { function: route.fn.name, auto: route.domain === AUTO_DOMAIN, name: route.domain };
}

/** The toolchains a CI build step needs, as a person configuring one reads them. */
function toolchainLabel(project: Project): string {
  const setup = project.family.ci.setup;
  if (!setup) return 'Node.js 20';
  const names = { python: 'Python', java: 'JDK', go: 'Go', php: 'PHP', dotnet: '.NET SDK' } as const;
  return `Node.js 20 and ${names[setup.tool]} ${'versionFile' in setup ? `(the version ${setup.versionFile} names)` : setup.version(project.spec)}`;
}

/** The README's CI section: the workflow the project has, the secrets it reads, and the providers it could add. */
function ciSection(project: Project): Record<string, unknown> {
  const provider = ciProviderById(project.spec.ci);
  const open = CI_PROVIDERS.filter((candidate) => candidate.unsupported(project) === undefined).map((candidate) => candidate.id);
  return {
    workflow: provider && { label: provider.label, path: provider.path, branch: provider.branch, keyless: provider.id === 'github' },
    secrets: deploySecrets(project),
    add: open.map((id) => `npx create-fc-function add ci ${id}`).join('` or `'),
    install: project.family.ci.install ?? project.family.installHint,
    test: project.family.test,
    toolchain: toolchainLabel(project),
  };
}

/** The README's debugging section, where the project has editor configurations: the runner's invoke with --inspect. */
function debuggingSection(spec: ProjectSpec, local: ReturnType<typeof localRunSection>): Record<string, unknown> | undefined {
  if (editorFiles(spec).length === 0 || !local || local.invoke.length === 0) return undefined;
  const python = projectOf(spec).codeFamily === 'python';
  return { python, typescript: spec.language === 'typescript', invoke: `${local.invoke[0]} --inspect`, port: python ? 5678 : 9229, dev: local.dev ? `${local.dev}${python ? ' ' : ' -- '}--inspect` : undefined };
}

/** What the project README says about the project. */
export function readmeData(spec: ProjectSpec): Record<string, unknown> {
  const project = projectOf(spec);
  const { runtime, family } = project;
  const generation = GENERATIONS[spec.fcVersion];
  // The spec's reasons are in the run's language; the README is English, like every generated file.
  const recommendation = recommend({ triggers: spec.triggers, useCases: spec.useCases, fcVersion: spec.fcVersion, type: spec.type, customRuntime: project.hosting.ownServer });
  return {
    name: spec.name,
    runtime: `${runtime.label} (\`${runtime.id}\`)`,
    language: LANGUAGE_LABELS[spec.language],
    generation: generation.label,
    devsPackage: generation.devsPackage,
    devsMajor: generation.devsPackage.split('@').at(-1),
    edition: generation.sYamlEdition,
    component: generation.component,
    region: spec.region,
    installHint: installHint(spec),
    testCommand: family.test,
    local: localRunSection(spec),
    debugging: debuggingSection(spec, localRunSection(spec)),
    guarded: guardedCodeFolders(spec).length > 0,
    deploy: { command: projectDeployCommand(spec), runs: checkedDeployCommand(spec.fcVersion), doctor: doctorCommand() },
    ci: ciSection(project),
    mirrors: mirrorsFor(family.ci.setup?.tool),
    ownServers: ownServers(spec),
    testDir: family.testDir,
    functions: spec.functions.map((fn) => ({
      name: fn.name,
      type: functionTypeLabel(fn.type, spec.fcVersion),
      handler: project.hosting.entryPoint(project, fn),
      codeDir: family.codeDir(spec.language, fn.name),
      triggers: fn.triggers.map((id) => (id === 'none' ? 'none (API/SDK calls)' : `\`${id}\``)).join(', '),
    })),
    preDeploySteps: preDeploySteps(spec),
    container: project.hosting.id === 'container' ? { repo: imageRepo(spec, spec.region), default: spec.imageRepo === undefined, port: spec.port } : undefined,
    invokeCommands: spec.functions
      .filter((fn) => fn.type === 'event')
      .flatMap((fn) =>
        fn.triggers.flatMap((id) =>
          triggerById(id)
            .sampleEvents.filter((file) => file.endsWith('.json'))
            .map((file) => `npx ${generation.devsPackage} ${fn.name} invoke --event-file events/${file}`),
        ),
      ),
    httpFunctions: spec.functions.filter((fn) => fn.type === 'http').map((fn) => fn.name),
    reasons: recommendation.reasons.map((reason) => reason.message),
    alternatives: recommendation.alternatives.map((alternative) => ({ text: alternative.reason.message, flags: alternative.flags.join(' ') })),
    hasEvents: spec.functions.some((fn) => fn.type === 'event'),
    roles: triggerRoles(spec),
    secrets: environmentSecrets(spec),
    // A table cell must not end at a `|` inside a value.
    settings: productionNotes(spec).map((note) => ({ ...note, value: note.value.replaceAll('|', '\\|') })),
    fillIns: fillIns(spec),
    deployNotes: [...new Set(spec.functions.flatMap((fn) => fn.triggers).flatMap((id) => triggerById(id).deployNotes?.[spec.fcVersion] ?? []))],
    warnings: recommendation.warnings,
    domain: domainOf(spec),
  };
}

/** The environment variables the deploy reads secrets from (`${env(NAME)}` in s.yaml), with what each holds. */
export function environmentSecrets(spec: ProjectSpec): { name: string; holds: string }[] {
  const triggers = spec.functions.flatMap((fn) => fn.triggers).flatMap((id) =>
    triggerById(id)
      .settings.filter((setting) => setting.environmentSecret)
      .map((setting) => ({ name: String(spec.settings[setting.key] ?? setting.default), holds: setting.message })),
  );
  const variables = Object.entries(spec.production.environmentSecrets ?? {}).map(([name, from]) => ({ name: from, holds: `the functions' environment variable ${name}` }));
  return [...triggers, ...variables];
}

/** The settings whose value is an example to replace before deploying, with their flag and value. */
function fillIns(spec: ProjectSpec): { flag: string; value: string; holds: string }[] {
  return spec.functions.flatMap((fn) => fn.triggers).flatMap((id) =>
    triggerById(id)
      .settings.filter((setting) => setting.fillIn)
      .map((setting) => ({ flag: setting.flag, value: String(spec.settings[setting.key] ?? setting.default), holds: setting.message })),
  );
}
