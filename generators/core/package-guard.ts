import { projectOf } from './project.js';
import type { ProjectSpec } from './project-spec.js';

/**
 * What never belongs in a function's code package, each with the patterns that keep it out. Both
 * components read a `.fcignore` in the code folder (FC 2.0: fc-deploy `generateCodeIngore`, globby
 * patterns relative to codeUri, one file; FC 3.0: @serverless-devs/zip through ignore-walk, gitignore
 * rules in every folder, and no default ignores at all), so every pattern is written in the one form
 * both read alike: `**∕name`, at any depth.
 */
export const NEVER_DEPLOYED: readonly { what: string; patterns: readonly string[] }[] = [
  // The project keeps its tests, sample events and local runner outside the code folders; these catch
  // test files written beside the code. A folder named test or events may be code, and is kept.
  { what: 'test files', patterns: ['**/__tests__', '**/*.test.js', '**/*.test.mjs', '**/*.test.ts', '**/test_*.py', '**/*_test.py'] },
  { what: 'caches', patterns: ['**/__pycache__', '**/*.pyc', '**/.pytest_cache', '**/node_modules/.cache'] },
  { what: 'secrets (.env files; Serverless Devs reads .env beside s.yaml, never from here)', patterns: ['**/.env', '**/.env.*'] },
  { what: 'version control and editor files', patterns: ['**/.git', '**/.DS_Store', '**/.vscode', '**/.idea', '.fcignore'] },
];

/** The `.fcignore` text: each group under a comment that says what it keeps out. */
export function fcIgnoreText(): string {
  const header = [
    '# What Serverless Devs leaves out of this function\'s code package (s deploy; both FC 2.0 and FC 3.0',
    '# read this file in the code folder). The project keeps its tests, sample events and local runner',
    '# outside this folder; this keeps out what lands in it. Patterns: **/name, at any depth.',
  ];
  return `${[...header, ...NEVER_DEPLOYED.flatMap((group) => ['', `# ${group.what}`, ...group.patterns])].join('\n')}\n`;
}

/**
 * The code folders this project writes, each of which gets a `.fcignore`: a function's source folder
 * when that is what s.yaml deploys. A build's output (dist/, a jar, a binary, a publish folder) holds
 * only what the build put there; a container's image is built from its own Dockerfile and .dockerignore.
 */
export function guardedCodeFolders(spec: ProjectSpec): string[] {
  const project = projectOf(spec);
  if (project.hosting.id === 'container') return [];
  return spec.functions.map((fn) => project.family.codeDir(spec.language, fn.name).replace(/^\.\//, '')).filter((folder) => folder.startsWith('src/'));
}

/** The `.fcignore` files of a project. */
export function fcIgnoreFiles(spec: ProjectSpec): { path: string; contents: string }[] {
  return guardedCodeFolders(spec).map((folder) => ({ path: `${folder}/.fcignore`, contents: fcIgnoreText() }));
}

/** Whether a project path is a code folder's `.fcignore`. */
export function isPackageGuard(path: string): boolean {
  return path === '.fcignore' || path.endsWith('/.fcignore');
}
