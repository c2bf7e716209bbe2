import { isMap } from 'yaml';
import { posix } from 'node:path';
import { hostingOf } from '../hosting/index.js';
import { pathNameOf, projectOf } from '../project.js';
import { DEFAULT_CUSTOM_RUNTIME, DEFAULT_RUNTIME, RUNTIMES, type RuntimeId } from '../catalog/runtimes.js';
import { sortTriggers, triggerById, type TriggerId, triggerLanguageProblem } from '../catalog/triggers/index.js';
import { roleArn } from '../catalog/triggers/types.js';
import { UserError } from '../errors.js';
import { t, withLocale } from '../i18n/index.js';
import type { ProjectSpec } from '../project-spec.js';
import { functionNameFrom } from '../questions/names.js';
import { ACCOUNT_ID, REGION, sYamlObject } from '../s-yaml.js';
import { flatAnswers, resolveProject, type RawAnswers } from '../validate.js';
import { codeChanges, type FileChange, type ManualChange } from './file-changes.js';
import { catalogTriggers, PROJECT_WIDE, recogniseFunction, specOf, type AddContext, type FileMap, type RecognisedFunction } from './recognise.js';
import { triggerRefusal } from './rules.js';
import type { ExistingFunction, ExistingProject } from './s-yaml-model.js';
import { spliceAdditions, type Addition } from './s-yaml-splice.js';
import { contractPath, isSharedData } from '../plan.js';
import { isPackageGuard } from '../package-guard.js';
import { EDITOR_CONFIG } from '../editor-config.js';

export type { FileChange, ManualChange } from './file-changes.js';

/** Everything `add` will do, before anything is written. */
export interface AddPlan {
  /** s.yaml first, then the code, tests and sample events. */
  changes: FileChange[];
  /** Changes the user makes by hand, with why. */
  manual: ManualChange[];
  /** What the user should know: code not recognised, sample events kept, another test command. */
  notes: string[];
  functions: string[];
  triggers: { function: string; trigger: TriggerId; name: string }[];
}

/** The function `add trigger` adds to: the one named (by function name or module key), or the only one. */
export function targetFunction(project: ExistingProject, wanted: string | undefined): ExistingFunction {
  const names = project.functions.map((fn) => fn.name).join(', ');
  if (wanted === undefined) {
    if (project.functions.length === 1) return project.functions[0] as ExistingFunction;
    throw new UserError(t('add.whichFunction', { functions: names }), { where: '--function', expected: names });
  }
  const found = project.functions.find((fn) => fn.name === wanted) ?? project.functions.find((fn) => fn.key === wanted);
  if (!found) throw new UserError(t('add.noSuchFunction', { value: JSON.stringify(wanted), functions: names }), { where: '--function', value: JSON.stringify(wanted), expected: names });
  return found;
}

/** A trigger name FC takes that the function does not have yet: `oss-trigger`, else `oss-trigger-2`, … */
function freeTriggerName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let count = 2; taken.has(name); count += 1) name = `${wanted}-${count}`;
  taken.add(name);
  return name;
}

/** Replaces our `${vars.region}` in every string, for an s.yaml that has no vars.region. */
function withRegion(value: unknown, region: string): unknown {
  if (typeof value === 'string') return value.replaceAll(REGION, region);
  if (Array.isArray(value)) return value.map((item) => withRegion(item, region));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withRegion(item, region)]));
  return value;
}

/** The region our new s.yaml text refers to: `${vars.region}` where the file has it, else the function's own. */
function regionFix(project: ExistingProject): (value: unknown) => unknown {
  const region = project.functions.find((fn) => fn.region !== undefined)?.region;
  return project.hasRegionVar || region === undefined ? (value) => value : (value) => withRegion(value, region);
}

/** The neutral project a trigger's s.yaml entry is built from: the answers' settings, a function with that one trigger. */
function triggerSpec(project: ExistingProject, fn: ExistingFunction, trigger: TriggerId, name: string, answers: RawAnswers): ProjectSpec {
  const type = project.fcVersion === '2' && trigger === 'http' ? 'http' : 'event';
  // The function's own name (made valid when s.yaml's is a ${vars} expression), and the trigger's final one: the deployment sees both.
  const spec = resolveProject({ ...answers, directory: '.', name: functionNameFrom(fn.name), fcVersion: project.fcVersion, triggers: [trigger], type, useCases: [] });
  return { ...spec, triggerNames: { [trigger]: name } };
}

/** The s.yaml entries of new triggers, named apart from the function's others. */
function triggerItems(project: ExistingProject, fn: ExistingFunction, triggers: readonly TriggerId[], answers: RawAnswers): { id: TriggerId; name: string; item: Record<string, unknown> }[] {
  const taken = new Set(fn.triggers.map((trigger) => trigger.name));
  const roleKey = project.fcVersion === '2' ? 'role' : 'invocationRole';
  // FC 2.0: fc-deploy's one created role trusts one source, so a second such trigger names the console's default role.
  const sharesRole = project.fcVersion === '2' && (catalogTriggers(fn) ?? []).some((id, index) => triggerById(id).invocationRole && !fn.triggers[index]?.hasRole);
  const fix = regionFix(project);
  return triggers.filter((id) => triggerById(id).deployment).map((id) => {
    const name = freeTriggerName(triggerById(id).triggerName as string, taken);
    const spec = triggerSpec(project, fn, id, name, answers);
    const modules = sYamlObject(spec)[project.modulesKey] as Record<string, { props: { triggers: Record<string, unknown>[] } }>;
    const item = { ...(Object.values(modules)[0]?.props.triggers[0] as Record<string, unknown>) };
    const role = triggerById(id).invocationRole;
    if (sharesRole && role && item[roleKey] === undefined) item[roleKey] = roleArn(ACCOUNT_ID, role.defaultName);
    return { id, name, item: fix(item) as Record<string, unknown> };
  });
}

/**
 * The function's triggers after the addition, in the dispatch order `create` writes (the catalog's:
 * `http` first, `eventbridge`, whose decoder takes any CloudEvent, after the triggers whose events
 * are CloudEvents too, `none` last), so a new trigger's decoder is tried before one that would take its events.
 */
function nextTriggers(current: readonly TriggerId[], added: readonly TriggerId[]): TriggerId[] {
  return sortTriggers([...current, ...added]);
}

function sYamlChange(project: ExistingProject, additions: readonly Addition[]): FileChange {
  return { path: project.file, before: project.text, after: spliceAdditions(project.text, project.document, additions) };
}

/**
 * Our sample events of the new triggers, and their contracts where our contract test runs them
 * (a function this tool wrote), where the project has none yet.
 */
function sampleEventChanges(triggers: readonly TriggerId[], context: AddContext, rendered: FileMap, withContracts: boolean): FileChange[] {
  return triggers.flatMap((id) => [...triggerById(id).sampleEvents.map((file) => `events/${file}`), ...(withContracts ? [contractPath(id)] : [])])
    .filter((path) => context.read(path) === undefined && rendered.has(path))
    .map((path) => ({ path, after: rendered.get(path) as string }));
}

/**
 * Code `add` writes for a function it does not recognise: for interpreted runtimes whose folder is
 * deployed as it is, the trigger's decoder module and its helpers, into the function's folder, where
 * no file of that name exists; the handler itself is the user's, so the lines that call the decoder
 * are printed, never written.
 */
function foreignCode(project: ExistingProject, fn: ExistingFunction, added: readonly TriggerId[], context: AddContext): { changes: FileChange[]; manual: ManualChange[]; notes: string[]; rendered: FileMap } {
  const runtime = RUNTIMES.find((candidate) => candidate.id === fn.runtime);
  const fallback: RuntimeId = project.fcVersion === '3' && fn.runtime?.startsWith('custom') ? DEFAULT_CUSTOM_RUNTIME : DEFAULT_RUNTIME;
  const shape = { runtime: runtime?.id ?? fallback, language: runtime?.languages[0] ?? 'javascript', name: 'function', type: 'event' as const, triggers: [...added] };
  const spec = specOf(project, shape);
  const rendered = spec ? context.render(spec) : new Map<string, string>();
  const family = spec ? projectOf(spec).family : undefined;
  const ours = spec && family ? family.codeDir(spec.language, 'function').replace(/^\.\//, '') : '';
  const theirs = fn.code?.replace(/^\.\//, '').replace(/\/+$/, '');
  // Only a built-in runtime's deployed source folder takes our modules as they are.
  const placeable = spec !== undefined && runtime !== undefined && !hostingOf(runtime).ownServer && ours.startsWith('src/') && theirs !== undefined && !/\.(jar|zip)$/.test(theirs);
  const changes: FileChange[] = [];
  if (placeable) {
    const entry = (fn.handler ?? 'index.handler').split('.')[0];
    for (const [path, contents] of rendered) {
      if (!path.startsWith(`${ours}/`)) continue;
      const inside = path.slice(ours.length + 1);
      if (posix.parse(inside).name === entry && !inside.includes('/')) continue;
      const target = `${theirs}/${inside}`;
      if (context.read(target) === undefined) changes.push({ path: target, after: contents });
    }
  }
  if (!placeable) {
    const reference = t('add.wire.reference', { triggers: added.map((id) => `--trigger ${id}`).join(' '), runtime: fn.runtime ?? '?', fcVersion: project.fcVersion });
    return { changes, manual: [], notes: [reference], rendered };
  }
  const entry = handlerFile(theirs as string, fn.handler, context);
  const { codeFamily } = projectOf(spec as ProjectSpec);
  // The lines take the handler's own form: a Node.js handler that is async returns the result, a callback one passes it on.
  const wire = codeFamily === 'python' ? 'python' : codeFamily === 'php' ? 'php' : /\basync\b/.test(context.read(entry) ?? '') ? 'nodejsAsync' : 'nodejs';
  const manual = [{ path: entry, diff: added.map((id) => t(`add.wire.${wire}`, { id })).join('\n') }];
  return { changes, manual, notes: [], rendered };
}

/** The file that defines a handler setting such as `index.handler`: the module, with the extension it has on disk. */
function handlerFile(folder: string, handler: string | undefined, context: AddContext): string {
  const module = (handler ?? 'index.handler').split('.')[0] as string;
  const found = ['.js', '.cjs', '.mjs', '.py', '.php'].map((extension) => `${folder}/${module}${extension}`).find((path) => context.read(path) !== undefined);
  return found ?? `${folder}/${module}`;
}

/**
 * The project as create resolved it, for its README: the project's name with every trigger of its
 * functions, where that gives back exactly these functions (an FC 2.0 HTTP function and its event
 * sibling come from one create); else the first function's own spec.
 */
function projectSpecOf(project: ExistingProject, kin: readonly RecognisedFunction[]): ProjectSpec {
  const first = (kin[0] as RecognisedFunction).spec;
  const name = functionNameFrom(String(project.document.get('name') ?? first.name));
  const triggers = sortTriggers(kin.flatMap((found) => found.spec.functions.flatMap((fn) => fn.triggers)));
  try {
    const whole = resolveProject({ directory: '.', name, fcVersion: project.fcVersion, region: first.region, runtime: first.runtime, language: first.language, triggers, useCases: [] });
    const names = (functions: readonly { name: string }[]) => functions.map((fn) => fn.name).sort().join();
    return names(whole.functions) === names(kin.flatMap((found) => found.spec.functions)) ? whole : first;
  } catch (error) {
    if (error instanceof UserError) return first;
    throw error;
  }
}

/** What to set before deploying: the environment variables the added triggers' s.yaml entries read secrets from. */
function secretNotes(added: readonly TriggerId[], answers: RawAnswers): string[] {
  const given = flatAnswers(answers);
  return added.flatMap((id) => triggerById(id).settings.filter((setting) => setting.environmentSecret).map((setting) => t('add.setSecret', { name: String(given[setting.key] ?? setting.default), holds: setting.message })));
}

/** Plans `add trigger`: the s.yaml entries, and the code as this tool would have written it. */
export function planAddTrigger(project: ExistingProject, request: { function?: string; triggers: readonly TriggerId[]; answers: RawAnswers }, context: AddContext): AddPlan {
  const fn = targetFunction(project, request.function);
  const added = sortTriggers(new Set(request.triggers));
  for (const id of added) {
    const refusal = triggerRefusal(project.fcVersion, fn, id);
    if (refusal) throw new UserError(refusal.instead ? `${refusal.message} ${t('add.instead', { command: refusal.instead })}` : refusal.message);
  }
  const recognised = recogniseFunction(project, fn, fn.port, context);
  // Our function's language must have code for every added trigger.
  const languageProblem = recognised ? triggerLanguageProblem(added, recognised.spec.language) : undefined;
  if (languageProblem) throw new UserError(languageProblem);
  if (recognised && project.fcVersion === '3' && recognised.shape.type === 'http' && added.some((id) => id !== 'http')) {
    throw new UserError(`${t('add.eventOnWeb', { function: fn.name })} ${t('add.instead', { command: `create-fc-function add function --trigger ${added.filter((id) => id !== 'http').join(' --trigger ')}` })}`);
  }
  // Settings and trigger files are English data, whatever language the run speaks.
  return withLocale('en', () => {
    const items = triggerItems(project, fn, added, request.answers);
    const path = [project.modulesKey, ...fn.propsPath, 'triggers'];
    const changes: FileChange[] = [sYamlChange(project, items.map(({ item }) => ({ kind: 'item', path, item })))];
    const manual: ManualChange[] = [];
    const notes: string[] = [];
    let rendered: FileMap;
    const code = recognised ? recognisedCode(project, recognised, added, context) : undefined;
    if (code) {
      changes.push(...code.changes);
      manual.push(...code.manual);
      notes.push(...code.keptEvents.map((file) => t('add.keptEvent', { file })));
      rendered = code.rendered;
    } else {
      const foreign = foreignCode(project, fn, added, context);
      changes.push(...foreign.changes);
      manual.push(...foreign.manual);
      notes.push(t(foreign.manual.length > 0 ? 'add.foreignCode' : 'add.foreignBuiltCode', { function: fn.name, handler: fn.handler ?? '?' }), ...foreign.notes);
      rendered = foreign.rendered;
    }
    changes.push(...sampleEventChanges(added, context, rendered, code !== undefined).filter((event) => !changes.some((change) => change.path === event.path)));
    notes.push(...secretNotes(added, request.answers));
    // A trigger changes no package: the code folder's .fcignore is create's and add function's to write, and the user's to edit.
    const [sYaml, ...files] = changes.filter((change) => !isPackageGuard(change.path));
    return { changes: [sYaml as FileChange, ...byPath(files)], manual: manual.filter((change) => !isPackageGuard(change.path)), notes, functions: [], triggers: items.map(({ id, name }) => ({ function: fn.name, trigger: id, name })) };
  });
}

function recognisedCode(project: ExistingProject, recognised: RecognisedFunction, added: readonly TriggerId[], context: AddContext) {
  const shape = { ...recognised.shape, triggers: nextTriggers(recognised.shape.triggers, added) };
  const spec = specOf(project, shape);
  if (!spec) return undefined;
  const rendered = context.render(spec);
  // The function's render is the whole project's only where it is the project's one function.
  const whole = project.functions.length === 1 && project.others.length === 0 ? [EDITOR_CONFIG] : [];
  return { ...codeChanges(recognised.rendered, rendered, context.read, whole), rendered };
}

/** Files rendered for the whole project, which add function merges where every function is one this tool wrote. */
const WHOLE_PROJECT_FILES = ['README.md', EDITOR_CONFIG];

/** The FC 2.0 service a new function joins: the first function's, as written (a map or `${vars.service}`). */
function sharedService(project: ExistingProject): unknown {
  const first = project.functions[0] as ExistingFunction;
  return project.document.getIn([project.modulesKey, ...first.propsPath, 'service']);
}

/** The name of the FC 2.0 service a new function joins, where s.yaml writes it out (not as a ${vars} expression). */
function sharedServiceName(project: ExistingProject): string | undefined {
  const service = sharedService(project);
  const name = isMap(service) ? service.get('name') : undefined;
  return typeof name === 'string' && !name.includes('${') ? name : undefined;
}

/** The production settings FC 2.0 keeps on the service (devsapp/fc docs/zh/yaml/service.md), which every function of it shares. */
export const FC2_SERVICE_SETTINGS = ['role', 'logs', 'vpc', 'nas'] as const;

/** Plans `add function`: new modules in s.yaml, the function's files, and the project files it needs. */
export function planAddFunction(project: ExistingProject, answers: RawAnswers, context: AddContext): AddPlan {
  return withLocale('en', () => {
    const resolved = resolveProject({ ...answers, directory: '.', fcVersion: project.fcVersion });
    // FC 2.0: the new function joins the project's service, which its spec's name stands for (a destination function:NAME is in it).
    const serviceName = project.fcVersion === '2' ? sharedServiceName(project) : undefined;
    const spec = serviceName ? { ...resolved, name: serviceName } : resolved;
    // FC 2.0 keeps these on the service, which the new function shares: they are the service's to change, in s.yaml.
    const serviceWide = FC2_SERVICE_SETTINGS.filter((key) => spec.production[key] !== undefined);
    if (project.fcVersion === '2' && serviceWide.length > 0) throw new UserError(t('add.serviceSetting', { flags: serviceWide.map((key) => `--${key}`).join(', ') }));
    const taken = new Set(project.functions.flatMap((fn) => [fn.name, fn.key]).concat(project.others.map((other) => other.key)));
    for (const fn of spec.functions) {
      if (taken.has(fn.name)) throw new UserError(t('add.nameTaken', { value: JSON.stringify(fn.name), names: [...taken].join(', ') }), { where: '--name', value: JSON.stringify(fn.name) });
    }
    // Functions of the same runtime and language that this tool wrote share project files (a pom.xml, a test project) with the new ones.
    const kin = project.functions
      .filter((fn) => fn.runtime === spec.runtime)
      .map((fn) => recogniseFunction(project, fn, fn.port, context))
      .filter((found): found is RecognisedFunction => found !== undefined && found.spec.language === spec.language);
    // The kin's triggers keep their default settings in the renders; only their code is compared.
    const settings = Object.assign({}, ...kin.map((found) => found.spec.settings), spec.settings) as ProjectSpec['settings'];
    const kinFunctions = kin.map((found) => found.spec.functions[0] as ProjectSpec['functions'][number]);
    const base = kin.length > 0 ? context.render({ ...spec, settings, functions: kinFunctions }) : undefined;
    const next = context.render({ ...spec, settings, functions: [...kinFunctions, ...spec.functions] });
    const own = context.render(spec);
    for (const path of own.keys()) {
      if (!base?.has(path) && !isSharedData(path) && !PROJECT_WIDE.has(path) && context.read(path) !== undefined && isFunctionFile(path, spec)) {
        throw new UserError(t('add.pathExists', { path }));
      }
    }
    const objects = sYamlObject(spec)[project.modulesKey] as Record<string, Record<string, unknown>>;
    const fix = regionFix(project);
    const service = project.fcVersion === '2' ? sharedService(project) : undefined;
    // Every module the new functions bring: each function's, and on FC 3.0 an HTTP function's fc3-domain resource.
    for (const key of Object.keys(objects)) {
      if (taken.has(key)) throw new UserError(t('add.nameTaken', { value: JSON.stringify(key), names: [...taken].join(', ') }), { where: '--name', value: JSON.stringify(key) });
    }
    const functionNames = new Set(spec.functions.map((fn) => fn.name));
    const additions: Addition[] = Object.entries(objects).map(([key, value]) => {
      const module = fix(value) as Record<string, Record<string, unknown>>;
      const withService = service === undefined || !functionNames.has(key) ? module : { ...module, props: { ...module.props, service: toData(service) } };
      return { kind: 'entry', path: [project.modulesKey], key, value: withService };
    });
    // Where every function is kin, the README can be rendered for the whole project, as create wrote it
    // (the project's own name and recommendation, from its first function) and as it will be.
    const whole = kin.length > 0 && kin.length === project.functions.length && project.others.length === 0;
    const code = codeChanges(base, next, context.read);
    if (whole) {
      const first = projectSpecOf(project, kin);
      const wholeFiles = (functions: ProjectSpec['functions']) => {
        const rendered = context.render({ ...first, settings, functions });
        return new Map(WHOLE_PROJECT_FILES.flatMap((path) => (rendered.has(path) ? [[path, rendered.get(path) as string]] : []))) as FileMap;
      };
      const merged = codeChanges(wholeFiles(kinFunctions), wholeFiles([...kinFunctions, ...spec.functions]), context.read, WHOLE_PROJECT_FILES);
      code.changes.push(...merged.changes);
      code.manual.push(...merged.manual);
    }
    const { family } = projectOf(spec);
    refuseClassClash(code.changes, base);
    const notes = code.keptEvents.map((file) => t('add.keptEvent', { file }));
    return {
      changes: [sYamlChange(project, additions), ...byPath(code.changes)],
      manual: code.manual,
      // A function of a runtime the project had not used has its own test command.
      notes: [...notes, ...(kin.length === 0 ? [t('add.testWith', { command: `${family.installHint} && ${family.test}` })] : []), ...(whole ? [] : [t('add.readmeByHand', { functions: spec.functions.map((fn) => fn.name).join(', ') })])],
      functions: spec.functions.map((fn) => fn.name),
      triggers: [],
    };
  });
}

/**
 * PHPUnit loads every test file of the project into one process, and our PHP test classes have no
 * namespace: a second function of the same kind would declare HandlerTest twice, so it is refused.
 */
function refuseClassClash(changes: readonly FileChange[], base: FileMap | undefined): void {
  const declared = (text: string) => [...text.matchAll(/^class (\w+)/gm)].map((match) => match[1] as string);
  const existing = new Set([...(base?.entries() ?? [])].filter(([path]) => path.endsWith('.php')).flatMap(([, text]) => declared(text)));
  const clash = changes.filter((change) => change.path.endsWith('Test.php')).flatMap((change) => declared(change.after)).find((name) => existing.has(name));
  if (clash) throw new UserError(t('add.phpClassClash', { name: clash }));
}

function byPath(changes: readonly FileChange[]): FileChange[] {
  return [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function toData(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON: () => unknown }).toJSON() : node;
}

/** Whether a path of a new function's render is its own (under a folder named after it), not shared by the project. */
function isFunctionFile(path: string, spec: ProjectSpec): boolean {
  const project = projectOf(spec);
  return spec.functions.some((fn) => path.split('/').includes(pathNameOf(project, fn)));
}

