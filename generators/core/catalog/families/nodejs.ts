import type { Family } from './types.js';
import { sourceDir } from './types.js';

export const nodejsFamily: Family = {
  templates: (language) => `nodejs/${language}`,
  projectLayer: false,
  functionLayer: true,
  install: 'npm install',
  installHint: 'npm install',
  test: 'npm test',
  // TypeScript deploys what tsc compiled; s.yaml runs the build before deploying.
  codeDir: (language, functionName) => (language === 'typescript' ? `./dist/${functionName}` : `./${sourceDir(functionName)}`),
  testDir: 'test/<function>/',
  handler: (type, async) =>
    type === 'http' ? 'exports.handler = (request, response, context)' : async ? 'exports.handler = async (event, context)' : 'exports.handler = (event, context, callback)',
  verification: {
    level: 'real',
    detail: "own vitest suite run for real; deployable code parsed as the runtime's ECMAScript edition and run on the runtime's Node.js version",
  },
};
