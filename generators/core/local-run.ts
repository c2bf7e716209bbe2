import type { LocalRunner } from './catalog/families/index.js';
import { triggerById } from './catalog/triggers/index.js';
import { pathNameOf, projectOf, type Project } from './project.js';
import type { FunctionSpec, ProjectSpec } from './validate.js';

/** The port the local runner's dev server listens on unless told otherwise. */
export const DEV_PORT = 9000;
/** The dev server's path that invokes a function with the request body as its event. */
export const INVOKE_PATH = '/_invoke/';

/** What the README shows of the project's local runner. */
export interface LocalRunSection {
  folder: string;
  readsSYaml: boolean;
  invoke: string[];
  /** A sample event piped to the invoke command, which reads it from stdin. */
  stdin: string;
  /** Absent where the runner has no dev server. */
  dev?: string;
  timers?: string;
  http: { name: string; base: string }[];
  events: { name: string; command: string }[];
}

/** FC 2.0 HTTP functions on built-in runtimes take requests only; the runner invokes every other function with events. */
function takesEvents(project: Project, fn: FunctionSpec): boolean {
  // As the runners decide it (fc-local/project.js takesEvents): a server of the project's own with the HTTP
  // trigger, and an FC 2.0 HTTP function, take requests only; FC 3.0 gives an event function HTTP as an event.
  return !(fn.triggers.includes('http') && (project.hosting.ownServer || fn.type === 'http'));
}

/** The project's local runner, where its hosting has one (a container's function is its image; a Go or Java server is started as it is). */
export function localRunner(spec: ProjectSpec): LocalRunner | undefined {
  const project = projectOf(spec);
  return project.hosting.localRunner(project);
}

/** A web function that runs by hand as it does on FC: its command, and where it answers. */
export interface OwnServer {
  name: string;
  command: string;
  base: string;
}

/** The web functions a project starts by hand where it has no local runner: a custom runtime's Go and Java servers. */
export function ownServers(spec: ProjectSpec): OwnServer[] {
  const project = projectOf(spec);
  // Without FC_SERVER_PORT a server listens on loopback port 9000 (templates/custom/go/web-main, custom/java/web).
  return project.hosting.serversByHand(project).map((server) => ({ ...server, base: `http://localhost:${DEV_PORT}` }));
}

/** The local runner's commands for this project's functions, as its README lists them; undefined: it has none. */
export function localRunSection(spec: ProjectSpec): LocalRunSection | undefined {
  const project = projectOf(spec);
  const runner = project.hosting.localRunner(project);
  if (!runner) return undefined;
  const invokable = spec.functions.filter((fn) => takesEvents(project, fn));
  const several = (runner.readsSYaml ? invokable : spec.functions).length > 1;
  const call = (fn: FunctionSpec, event?: string) => runner.invoke({ event, functionName: fn.name, pathName: pathNameOf(project, fn), several });
  const samples = invokable.flatMap((fn) =>
    fn.triggers.flatMap((id) => triggerById(id).sampleEvents.filter((file) => file.endsWith('.json')).map((file) => ({ fn, file }))),
  );
  const served = spec.functions.filter((fn) => fn.triggers.includes('http'));
  const base = `http://localhost:${DEV_PORT}`;
  const timed = spec.functions.some((fn) => fn.triggers.includes('timer'));
  const invokeOnly = {
    folder: runner.folder,
    readsSYaml: runner.readsSYaml,
    invoke: samples.map(({ fn, file }) => call(fn, `events/${file}`)),
    stdin: samples[0] ? `cat events/${samples[0].file} | ${call(samples[0].fn)}` : '',
    http: [],
    events: [],
  };
  if (!runner.dev) return invokeOnly;
  return {
    ...invokeOnly,
    dev: runner.dev(''),
    timers: timed ? runner.dev('--timers') : undefined,
    http: served.map((fn) => ({ name: fn.name, base: served.length === 1 ? base : `${base}/${fn.name}` })),
    events: samples
      .filter(({ fn }, index) => samples.findIndex((sample) => sample.fn === fn) === index)
      .map(({ fn, file }) => ({ name: fn.name, command: `curl -X POST --data-binary @events/${file} ${base}${INVOKE_PATH}${fn.name}` })),
  };
}
