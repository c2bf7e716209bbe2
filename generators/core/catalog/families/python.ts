import { minorVersion } from '../images.js';
import { runtimeById, serverInterpreter, type RuntimeId } from '../runtimes.js';
import type { ProjectSpec } from '../../project-spec.js';
import type { Family } from './types.js';
import { sourceDir } from './types.js';
import { t } from '../../i18n/index.js';

/** The oldest Python the CI runners' setup offers on their current Ubuntu image. */
const CI_PYTHON_FLOOR = [3, 9] as const;

/** The Python a CI job tests with: the runtime's own (a custom runtime's server's), from 3.9 up. */
function ciPythonVersion(spec: ProjectSpec): string {
  const runtime = runtimeById(spec.runtime as RuntimeId);
  const choice = serverInterpreter(runtime, spec.language);
  const own = runtime.family === 'python' ? runtime.pythonVersion : choice && 'interpreter' in choice ? minorVersion(choice.interpreter.version) : CI_PYTHON_FLOOR;
  const [major, minor] = own[1] >= CI_PYTHON_FLOOR[1] ? own : CI_PYTHON_FLOOR;
  return `${major}.${minor}`;
}

export const pythonFamily: Family = {
  templates: () => 'python',
  projectLayer: true,
  functionLayer: false,
  // A virtual environment (.venv is git-ignored): Debian's and Ubuntu's own Python refuse a global pip install (PEP 668).
  installHint: 'python3 -m venv .venv && . .venv/bin/activate && python3 -m pip install -r requirements-dev.txt',
  test: 'python3 -m pytest',
  ci: { setup: { tool: 'python', version: ciPythonVersion }, install: 'python -m pip install -r requirements-dev.txt' },
  // FC's Python hooks take (context) (fc-handlers.md §2.3); the module's functions follow PEP 8.
  lifecycle: { handlers: () => ({ initializer: 'lifecycle.initialize', preStop: 'lifecycle.pre_stop' }) },
  codeDir: (_language, functionName) => `./${sourceDir(functionName)}`,
  testDir: 'tests/<function>/',
  handler: (type) => (type === 'http' ? 'def handler(environ, start_response)  # WSGI' : 'def handler(event, context)'),
  local: {
    layer: 'python/local',
    folder: 'fc_local/',
    readsSYaml: true,
    invoke: (call) => ['python3 -m fc_local invoke', call.event, call.several ? `--function ${call.functionName}` : undefined].filter(Boolean).join(' '),
    dev: (args) => `python3 -m fc_local dev${args ? ` ${args}` : ''}`,
  },
  verification: {
    level: 'real',
    get detail() { return t('verification.python.detail'); },
  },
};
