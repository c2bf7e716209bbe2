import { packageJson, tsconfigs } from '../../manifests.js';
import type { ProjectSpec } from '../../validate.js';
import type { Family, GeneratedFile } from './types.js';
import { sourceDir } from './types.js';
import { t } from '../../i18n/index.js';

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// A config file of the project's own, with vitest's defaults: without one, vitest takes the first it
// finds in a folder above, such as a monorepo's or this tool's checkout, and finds no tests.
const VITEST_CONFIG = "// vitest's defaults. This file keeps vitest from using a config file from a folder above this project.\nexport default {};\n";

/** package.json and vitest's config, and for TypeScript the type-check and build tsconfigs. */
function nodeProjectFiles(spec: ProjectSpec): GeneratedFile[] {
  const files = [{ path: 'package.json', contents: jsonText(packageJson(spec)) }, { path: 'vitest.config.mjs', contents: VITEST_CONFIG }];
  if (spec.language !== 'typescript') return files;
  const { check, build } = tsconfigs(spec);
  return [...files, { path: 'tsconfig.json', contents: jsonText(check) }, { path: 'tsconfig.build.json', contents: jsonText(build) }];
}

export const nodejsFamily: Family = {
  templates: (language) => `nodejs/${language}`,
  projectLayer: false,
  functionLayer: true,
  install: 'npm install',
  installHint: 'npm install',
  test: 'npm test',
  // npm ci installs exactly the committed package-lock.json (create's install writes it).
  ci: { install: 'npm ci' },
  // TypeScript deploys what tsc compiled; s.yaml runs the build before deploying.
  // FC's Node.js hooks take (context, callback), or are async on FC 3.0 (fc-handlers.md §2.3).
  lifecycle: { handlers: () => ({ initializer: 'lifecycle.initialize', preStop: 'lifecycle.preStop' }) },
  codeDir: (language, functionName) => (language === 'typescript' ? `./dist/${functionName}` : `./${sourceDir(functionName)}`),
  testDir: 'test/<function>/',
  projectFiles: nodeProjectFiles,
  buildSteps: (spec) => (spec.language === 'typescript' ? [{ run: 'npm run build', path: './' }] : []),
  handler: (type, async) =>
    type === 'http' ? 'exports.handler = (request, response, context)' : async ? 'exports.handler = async (event, context)' : 'exports.handler = (event, context, callback)',
  local: {
    layer: 'nodejs/local',
    folder: 'fc-local/',
    readsSYaml: true,
    invoke: (call) => {
      const args = [call.event, call.several ? `--function ${call.functionName}` : undefined].filter(Boolean).join(' ');
      return args ? `npm run invoke -- ${args}` : 'npm run invoke';
    },
    dev: (args) => (args ? `npm run dev -- ${args}` : 'npm run dev'),
  },
  verification: {
    level: 'real',
    get detail() { return t('verification.nodejs.detail'); },
  },
};
