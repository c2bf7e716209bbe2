import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../generators/cli/parse.js';
import { editorFiles, inspectPort } from '../../generators/core/editor-config.js';
import { localRunSection } from '../../generators/core/local-run.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject } from '../../generators/core/validate.js';
import { renderPlan } from '../../generators/write/render.js';

// .vscode/launch.json, built from the catalogs: each configuration runs the project's own local runner
// on files the project has, and "Attach" looks where `invoke --inspect` waits.
interface Configuration {
  name: string;
  type: string;
  request: string;
  program?: string;
  module?: string;
  args?: string[];
  port?: number;
  connect?: { host: string; port: number };
}

const specOf = (args: string[]) => resolveProject(parseCli(['dbg', ...args]).answers);
const launchOf = (args: string[]) => {
  const files = editorFiles(specOf(args));
  expect(files.map((file) => file.path)).toEqual(['.vscode/launch.json']);
  const parsed = JSON.parse((files[0] as { contents: string }).contents) as { version: string; configurations: Configuration[] };
  expect((files[0] as { contents: string }).contents.endsWith('}\n')).toBe(true);
  return parsed;
};

// Each project, and the functions its README invokes (FC 2.0's HTTP functions take requests only); `attach`:
// whether `invoke --inspect` can debug it (not a custom runtime's own server).
const WITH_RUNNER: [string, string[], string[], boolean][] = [
  ['Node.js, JavaScript, FC 3.0', ['--fc-version', '3', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss', '--trigger', 'timer'], ['dbg'], true],
  ['Node.js, TypeScript, FC 3.0', ['--fc-version', '3', '--runtime', 'nodejs20', '--language', 'typescript', '--trigger', 'oss'], ['dbg'], true],
  ['Node.js, FC 2.0, an HTTP function beside an event function', ['--fc-version', '2', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'http', '--trigger', 'oss'], ['dbg-event'], true],
  ['Python, FC 3.0', ['--fc-version', '3', '--runtime', 'python3.10', '--trigger', 'oss', '--trigger', 'log'], ['dbg'], true],
  ['Python, FC 2.0, an HTTP function beside an event function', ['--fc-version', '2', '--runtime', 'python3.10', '--trigger', 'http', '--trigger', 'timer'], ['dbg-event'], true],
];

const WITHOUT_RUNNER: [string, string[]][] = [
  ['Java', ['--fc-version', '3', '--runtime', 'java11', '--trigger', 'oss']],
  ['Go', ['--fc-version', '3', '--runtime', 'go1', '--trigger', 'oss']],
  ['PHP', ['--fc-version', '2', '--runtime', 'php7.2', '--trigger', 'oss']],
  ['.NET', ['--fc-version', '2', '--runtime', 'dotnetcore3.1', '--trigger', 'oss']],
  ['a container', ['--fc-version', '3', '--runtime', 'custom-container', '--language', 'javascript', '--trigger', 'oss']],
  ['a custom runtime\'s Go server, which takes no events', ['--fc-version', '3', '--runtime', 'custom.debian10', '--language', 'go', '--trigger', 'http']],
  // Its server starts through bootstrap, a shell script, which no debugger here is shown to follow.
  ['a custom runtime\'s Node.js event function', ['--fc-version', '3', '--runtime', 'custom.debian10', '--language', 'typescript', '--trigger', 'oss']],
];

describe('editorFiles: .vscode/launch.json', () => {
  it.each(WITH_RUNNER)('%s: each configuration runs the runner on files the project has', (_name, args, invoked, attaches) => {
    const spec = specOf(args);
    const { version, configurations } = launchOf(args);
    expect(version).toBe('0.2.0');
    const written = new Set(renderPlan(planProject(spec)).map((file) => file.path));
    const launches = configurations.filter((configuration) => configuration.request === 'launch');
    // One per function the README invokes, with its first sample, and the dev server.
    const section = localRunSection(spec);
    expect(launches.map((configuration) => configuration.name)).toEqual([...invoked.map((name) => expect.stringMatching(new RegExp(`^Invoke ${name} with events/\\w+\\.json$`))), 'Dev server']);
    for (const configuration of launches) {
      const entry = configuration.program?.replace('${workspaceFolder}/', '') ?? `${configuration.module}/__main__.py`;
      expect(written, `${configuration.name}: ${entry}`).toContain(entry);
      const [command, ...rest] = configuration.args ?? [];
      expect(['invoke', 'dev']).toContain(command);
      for (const arg of rest.filter((value) => value.startsWith('events/'))) expect(written, `${configuration.name}: ${arg}`).toContain(arg);
      if (command === 'invoke') expect(spec.functions.map((fn) => fn.name)).toContain(rest[rest.indexOf('--function') + 1]);
      // Each event file is one the README's own invoke commands use.
      if (command === 'invoke') expect(section?.invoke.some((line) => line.includes(rest[0] as string))).toBe(true);
    }
    const attach = configurations.filter((configuration) => configuration.request === 'attach');
    expect(attach).toHaveLength(attaches ? 1 : 0);
    if (attaches) expect(attach[0]?.port ?? attach[0]?.connect?.port).toBe(inspectPort(spec));
  });

  it.each(WITHOUT_RUNNER)('%s: no launch.json (no runner that can debug)', (_name, args) => {
    expect(editorFiles(specOf(args))).toEqual([]);
  });

  it('Node.js: node launches fc-local/cli.js; Python: debugpy runs the fc_local module; both attach on loopback', () => {
    const node = launchOf(['--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss']).configurations;
    expect(node[0]).toEqual({
      name: 'Invoke dbg with events/oss.json', type: 'node', request: 'launch', program: '${workspaceFolder}/fc-local/cli.js',
      args: ['invoke', 'events/oss.json', '--function', 'dbg'], cwd: '${workspaceFolder}', skipFiles: ['<node_internals>/**'], console: 'integratedTerminal',
    });
    expect(node.at(-1)).toMatchObject({ type: 'node', request: 'attach', address: '127.0.0.1', port: 9229 });
    const python = launchOf(['--runtime', 'python3.10', '--trigger', 'oss']).configurations;
    expect(python[0]).toEqual({
      name: 'Invoke dbg with events/oss.json', type: 'debugpy', request: 'launch', module: 'fc_local',
      args: ['invoke', 'events/oss.json', '--function', 'dbg'], cwd: '${workspaceFolder}', justMyCode: true, console: 'integratedTerminal',
    });
    expect(python.at(-1)).toMatchObject({ type: 'debugpy', request: 'attach', connect: { host: '127.0.0.1', port: 5678 } });
  });

  it('"Attach" looks on the port each runner\'s --inspect waits on by default', () => {
    const runner = fileURLToPath(new URL('../../templates/nodejs/local/fc-local/debugging.js', import.meta.url));
    const { DEFAULT_PORT } = createRequire(runner)(runner) as { DEFAULT_PORT: number };
    expect(inspectPort(specOf(['--runtime', 'nodejs20', '--trigger', 'oss']))).toBe(DEFAULT_PORT);
    const python = readFileSync(fileURLToPath(new URL('../../templates/python/local/fc_local/debugging.py', import.meta.url)), 'utf8');
    expect(inspectPort(specOf(['--runtime', 'python3.10', '--trigger', 'oss']))).toBe(Number(/^DEFAULT_PORT = (\d+)$/m.exec(python)?.[1]));
  });
});
