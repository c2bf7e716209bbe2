import type { FunctionType } from './function-types.js';
import type { Language } from './languages.js';
import type { Runtime } from './runtimes.js';

/** The language toolchain a project's code and tests use. */
export type CodeFamily = 'nodejs' | 'python';

/** What differs per runtime family: where its templates are and how its projects are installed and tested. */
export interface Family {
  /** Template folder (under templates/) for a language of this family. */
  templates: (language: Language) => string;
  /** Whether that folder has a `project/` layer of files shared by all functions. */
  projectLayer: boolean;
  /** Whether it has a `function/` layer that every function gets, whatever its type. */
  functionLayer: boolean;
  /** Command that installs the project's dev dependencies; undefined = the tool does not run one. */
  install?: string;
  /** How the user installs dependencies by hand. */
  installHint: string;
  /** The project's own test command. */
  test: string;
  /** Where a function's deployable code is, relative to the project root. */
  codeDir: (language: Language, functionName: string) => string;
  /** Where a function's tests are. */
  testDir: string;
  /** The handler's signature for a function type, as FC calls it (`async`: FC 3.0's async Node.js handler). */
  handler: (type: FunctionType, async: boolean) => string;
}

/** Where a function's source lives in every project; TypeScript compiles it to dist/<function>. */
export function sourceDir(functionName: string): string {
  return `src/${functionName}`;
}

export const FAMILIES: Record<CodeFamily, Family> = {
  nodejs: {
    templates: (language) => `nodejs/${language}`,
    projectLayer: false,
    functionLayer: true,
    install: 'npm install',
    installHint: 'npm install',
    test: 'npm test',
    // TypeScript deploys what tsc compiled; s.yaml runs the build before deploying.
    codeDir: (language, functionName) => (language === 'typescript' ? `./dist/${functionName}` : `./${sourceDir(functionName)}`),
    testDir: 'test',
    handler: (type, async) =>
      type === 'http' ? 'exports.handler = (request, response, context)' : async ? 'exports.handler = async (event, context)' : 'exports.handler = (event, context, callback)',
  },
  python: {
    templates: () => 'python',
    projectLayer: true,
    functionLayer: false,
    // pip would install into whatever interpreter is active; leave that choice to the user.
    installHint: 'python3 -m pip install -r requirements-dev.txt',
    test: 'python3 -m pytest',
    codeDir: (_language, functionName) => `./${sourceDir(functionName)}`,
    testDir: 'tests',
    handler: (type) => (type === 'http' ? 'def handler(environ, start_response)  # WSGI' : 'def handler(event, context)'),
  },
};

/** The toolchain of a runtime and language: a custom runtime's is its server's language. */
export function codeFamilyOf(runtime: Runtime, language: Language): CodeFamily {
  if (runtime.family !== 'custom') return runtime.family;
  return language === 'python' ? 'python' : 'nodejs';
}

/** The family entry of a runtime and language. */
export function familyOf(runtime: Runtime, language: Language): Family {
  return FAMILIES[codeFamilyOf(runtime, language)];
}
