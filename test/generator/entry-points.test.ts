import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import Generator from 'yeoman-generator';
import helpers from 'yeoman-test';
import type { AppOptions } from '../../generators/app/options.js';
import { FRAMEWORKS, type Framework } from '../../generators/core/catalog/frameworks.js';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { parseCli } from '../../generators/cli/parse.js';
import { filesBelow, scratchDir } from '../support/cli.js';
import { generateAll, matrixArgs } from '../support/generate.js';
import { matrixProjects } from '../support/matrix.js';

// The shells differ only in how they gather answers and write the plan both share, so one runtime
// stands for its family: every generation × language × trigger (the matrix's projects of the newest
// runtime of each family and generation), and every web framework a custom runtime or FC 2.0 built-in
// Python runtime can serve, in each generation and language (an FC 3.0 HTTP trigger makes an event
// function). The per-runtime matrix runs in the integration tier.
/** One entry per key: the last of each group, so the newest runtime stands for its family. */
function lastOfEach<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
const FAMILIES = [...new Set(RUNTIMES.map((runtime) => runtime.family))];
const NEWEST = lastOfEach(
  FAMILIES.flatMap((family) => matrixProjects(family)),
  (project) => `${project.runtime.family}-${project.fcVersion}-${project.language}-${project.name}`,
);
const MATRIX = NEWEST.map((project) => ({ name: `${project.name}-${project.runtime.id.replaceAll('.', '')}-${project.language}`, args: matrixArgs(project).slice(1) }));
const WEB = lastOfEach(
  RUNTIMES.flatMap((runtime) =>
    runtime.generations.flatMap((fcVersion) =>
      runtime.languages.flatMap((language) =>
        (FRAMEWORKS as readonly Framework[]).filter((framework) => (framework.languages as readonly string[]).includes(language))
          .filter((framework) => runtime.family === 'custom' || (fcVersion === '2' && (framework.builtIn?.runtimes as readonly string[] | undefined)?.includes(runtime.id)))
          .map((framework) => ({
            key: `${runtime.family}-${fcVersion}-${language}-${framework.id}`,
            name: `web-fc${fcVersion}-${runtime.id.replaceAll('.', '')}-${language}-${framework.id}`,
            args: ['--fc-version', fcVersion, '--runtime', runtime.id, '--language', language, '--trigger', 'http', '--framework', framework.id],
          })),
      ),
    ),
  ),
  (project) => project.key,
);
const PROJECTS = [...MATRIX, ...WEB];

/** The packaged Yeoman generator, as a Yeoman user's environment loads it from the installed package. */
const PACKAGED_GENERATOR = join(inject('installedPackage'), 'dist', 'generator.js');

/** Every file of a project with its bytes. */
function snapshot(directory: string): Map<string, Buffer> {
  return new Map(filesBelow(directory).map((file) => [file, readFileSync(join(directory, file))]));
}

describe('the CLI and the Yeoman generator', () => {
  it(`write byte-identical projects for every generation × language × trigger and web framework (${PROJECTS.length} projects)`, async () => {
    expect(WEB.length).toBeGreaterThan(0);
    const parent = scratchDir('cfc-entry-cli-');
    await generateAll(parent, PROJECTS.map((project) => [project.name, ...project.args]));
    for (const project of PROJECTS) {
      // The flags the CLI was given, parsed by the CLI's own parser, are the generator's answers.
      const { answers } = parseCli([project.name, ...project.args]);
      const options: AppOptions = { answers, interactive: false, install: false, git: false, force: false, json: true };
      const result = await helpers.run(PACKAGED_GENERATOR).withOptions(options as never);
      const byYeoman = snapshot(join(result.cwd, project.name));
      const byCli = snapshot(join(parent, project.name));
      expect([...byYeoman.keys()], project.name).toEqual([...byCli.keys()]);
      for (const [file, contents] of byCli) expect(byYeoman.get(file)?.equals(contents), `${project.name}/${file}`).toBe(true);
    }
  }, 600_000);
});

describe('the packaged Yeoman generator', () => {
  it('is composable: a parent generator composes it by path and amends its files through the shared mem-fs', async () => {
    const options: AppOptions = { answers: { directory: 'child', triggers: ['timer'], runtime: 'python3.10' }, interactive: false, install: false, git: false, force: false, json: true };
    class Parent extends Generator {
      async initializing(): Promise<void> {
        await this.composeWith(PACKAGED_GENERATOR, options as never);
      }

      // Runs after the child's writing task: the child's s.yaml is already in the in-memory file system.
      end(): void {
        this.fs.append(this.destinationPath('child', 'README.md'), 'Composed by a parent generator.');
      }
    }
    const result = await helpers.run(Parent as never);
    result.assertFile(['child/s.yaml', 'child/src/child/triggers/timer.py']);
    result.assertFileContent('child/README.md', 'Composed by a parent generator.');
  });
});
