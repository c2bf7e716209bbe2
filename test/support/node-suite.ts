import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseJs } from 'acorn';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeRuntime } from '../../generators/core/catalog/runtimes.js';
import { filesBelow, scratchDir } from './cli.js';
import { generateMatrix, writeSmokeManifest, type GeneratedProject } from './generate.js';
import { nodeBinary } from './interpreters.js';
import type { Language } from '../../generators/core/catalog/languages.js';
import { byGroup, matrixProjects, type MatrixProject } from './matrix.js';

const SMOKE = fileURLToPath(new URL('./smoke/node-smoke.cjs', import.meta.url));

/** Every .js file of the deployable code parses as the ECMAScript edition the runtime's Node accepts. */
function assertSyntax(directory: string, folder: string, ecmaVersion: NodeRuntime['ecmaVersion']): number {
  const files = filesBelow(join(directory, folder)).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const source = readFileSync(join(directory, folder, file), 'utf8');
    expect(() => parseJs(source, { ecmaVersion, sourceType: 'script' }), `${folder}/${file} on ES${ecmaVersion}`).not.toThrow();
  }
  return files.length;
}

/**
 * The Node.js integration matrix for one language (one test file each, so vitest runs the two
 * languages side by side).
 */
export function defineNodeSuite(language: Language): void {
  const root = scratchDir(`cfc-node-${language}-`);
  const groups = [...byGroup(matrixProjects('nodejs', 'ends').filter((project) => project.language === language))];
  describe.each(groups)('Node.js %s projects', (group, projects) => {
    const groupDir = join(root, group);
    let generated = new Map<string, GeneratedProject>();

    beforeAll(async () => {
      mkdirSync(groupDir, { recursive: true });
      generated = await generateMatrix(groupDir, projects);
      // The group's projects declare the same devDependencies, so one install above them serves all
      // (npm and Node resolve from parent folders); each still runs its own `npm test`.
      const manifests = projects.map((project) => JSON.parse(readFileSync(join(groupDir, project.name, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> });
      for (const manifest of manifests) expect(manifest.devDependencies).toEqual(manifests[0]?.devDependencies);
      writeFileSync(join(groupDir, 'package.json'), JSON.stringify({ private: true, devDependencies: manifests[0]?.devDependencies }));
      // A vitest config in a folder above that finds no tests, as a monorepo's (or this checkout's) would:
      // each project must run its tests with its own config, wherever it is created.
      writeFileSync(join(groupDir, 'vitest.config.mjs'), "export default { test: { include: ['no-such-folder/**'] } };\n");
      await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: groupDir, stdin: 'ignore' });
    });

    it.each(projects)('$name: its own tests pass', async (project: MatrixProject) => {
      const directory = join(groupDir, project.name);
      const { exitCode, stdout, stderr } = await execa('npm', ['test'], { cwd: directory, reject: false, stdin: 'ignore', env: { CI: 'true', NO_COLOR: '1' } });
      expect(exitCode, `${stdout}\n${stderr}`).toBe(0);
      expect(stdout).toMatch(/Tests\s+\d+ passed/);
    });

    it.each(projects)('$name: deployable code parses and runs on the runtime\'s Node', async (project: MatrixProject) => {
      const runtime = project.runtime as NodeRuntime;
      const directory = join(groupDir, project.name);
      if (project.language === 'typescript') await execa('npm', ['run', 'build'], { cwd: directory, stdin: 'ignore' });
      const folder = project.language === 'typescript' ? 'dist' : 'src';
      expect(assertSyntax(directory, folder, runtime.ecmaVersion)).toBeGreaterThan(0);
      const manifest = writeSmokeManifest(generated.get(project.name) as GeneratedProject, project);
      const node = await nodeBinary(runtime.nodeMajor);
      const { stdout } = await execa(node, [SMOKE, manifest], { stdin: 'ignore' });
      expect(stdout).toMatch(new RegExp(`^node v${runtime.nodeMajor}\\.\\d+\\.\\d+: [1-9]\\d* invocations ok`));
    });
  });
}
