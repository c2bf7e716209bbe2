import type { CodeFamily, LocalRunner } from './catalog/families/index.js';
import { triggerById } from './catalog/triggers/index.js';
import { localRunner, localRunSection } from './local-run.js';
import { pathNameOf, projectOf } from './project.js';
import type { FunctionSpec, ProjectSpec } from './validate.js';

/** Where VS Code reads a project's debug configurations. */
export const EDITOR_CONFIG = '.vscode/launch.json';

/** One VS Code debug configuration (launch.json's `configurations`): plain data, as VS Code reads it. */
type DebugConfiguration = Record<string, unknown> & { name: string; type: string; request: 'launch' | 'attach' };

/** How VS Code runs a family's local runner under its debugger, and attaches to the runner's `--inspect`. */
interface EditorDebugger {
  /** The port `invoke --inspect` waits on unless told otherwise (the runner's DEFAULT_PORT). */
  inspectPort: number;
  launch: (runner: LocalRunner, name: string, args: string[]) => DebugConfiguration;
  attach: (name: string, port: number) => DebugConfiguration;
}

const WORKSPACE = '${workspaceFolder}';

// Only the runners that can start a function under a debugger (templates/*/local: --inspect) have one.
const DEBUGGERS: Partial<Record<CodeFamily, EditorDebugger>> = {
  nodejs: {
    // Node.js's own default (templates/nodejs/local/fc-local/debugging.js).
    inspectPort: 9229,
    // js-debug follows the runner's forked worker by itself. No outFiles: the TypeScript build emits no source maps.
    launch: (runner, name, args) => ({ name, type: 'node', request: 'launch', program: `${WORKSPACE}/${runner.folder}cli.js`, args, cwd: WORKSPACE, skipFiles: ['<node_internals>/**'], console: 'integratedTerminal' }),
    // The worker waits under --inspect-brk: resume it once the editor's breakpoints are set.
    attach: (name, port) => ({ name, type: 'node', request: 'attach', address: '127.0.0.1', port, continueOnAttach: true, skipFiles: ['<node_internals>/**'] }),
  },
  python: {
    // debugpy's own default (templates/python/local/fc_local/debugging.py).
    inspectPort: 5678,
    // debugpy follows the runner's worker subprocess by itself (subProcess is on by default).
    launch: (runner, name, args) => ({ name, type: 'debugpy', request: 'launch', module: runner.folder.replace(/\/$/, ''), args, cwd: WORKSPACE, justMyCode: true, console: 'integratedTerminal' }),
    attach: (name, port) => ({ name, type: 'debugpy', request: 'attach', connect: { host: '127.0.0.1', port }, justMyCode: true }),
  },
};

/** The `--inspect` port a family's runner waits on by default; undefined where its runner has no debugger support. */
export function inspectPort(spec: ProjectSpec): number | undefined {
  return DEBUGGERS[projectOf(spec).codeFamily]?.inspectPort;
}

/**
 * Each event function with its first sample event, as the README's invoke commands list them: the README
 * decides which functions take events, and launch.json offers what it shows.
 */
function invocations(spec: ProjectSpec, runner: LocalRunner, listed: ReadonlySet<string>): { fn: FunctionSpec; event: string }[] {
  const project = projectOf(spec);
  return spec.functions.flatMap((fn) => {
    const listedFor = (event: string) => [true, false].some((several) => listed.has(runner.invoke({ event, functionName: fn.name, pathName: pathNameOf(project, fn), several })));
    const event = fn.triggers.flatMap((id) => triggerById(id).sampleEvents.map((file) => `events/${file}`)).find(listedFor);
    return event ? [{ fn, event }] : [];
  });
}

/** VS Code's launch.json for a project whose local runner can debug (Node.js, Python); none for the others. */
export function editorFiles(spec: ProjectSpec): { path: string; contents: string }[] {
  const project = projectOf(spec);
  const runner = localRunner(spec);
  const section = localRunSection(spec);
  const editor = DEBUGGERS[project.codeFamily];
  // A custom runtime's server starts through its own command (bootstrap, a shell script), which neither
  // debugger is shown to follow: no configuration is offered that a test has not seen stop.
  if (!runner || !section || !editor || project.hosting.ownServer) return [];
  const configurations: DebugConfiguration[] = [
    // --function always: the configuration names its function, whatever functions `add` brings later.
    ...invocations(spec, runner, new Set(section.invoke)).map(({ fn, event }) => editor.launch(runner, `Invoke ${fn.name} with ${event}`, ['invoke', event, '--function', fn.name])),
    ...(runner.dev ? [editor.launch(runner, 'Dev server', ['dev'])] : []),
    editor.attach(`Attach to invoke --inspect (127.0.0.1:${editor.inspectPort})`, editor.inspectPort),
  ];
  // VS Code reads launch.json as JSON with comments; plain JSON is a part of that.
  return [{ path: EDITOR_CONFIG, contents: `${JSON.stringify({ version: '0.2.0', configurations }, null, 2)}\n` }];
}
