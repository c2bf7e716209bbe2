import { existsSync, mkdirSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaPackageSegment, javaTriggerClass } from '../../generators/core/catalog/families/java.js';
import type { JavaRuntime } from '../../generators/core/catalog/runtimes.js';
import { scratchDir } from '../support/cli.js';
import { generateMatrix, type GeneratedProject } from '../support/generate.js';
import { byGroup, matrixProjects, type MatrixProject } from '../support/matrix.js';
import { toolchainTier } from '../support/tier.js';
import { javaToolchainMissing, prepareMaven, runMaven, surefireTotals, writeAggregator, type MavenSetup } from '../support/toolchains/java.js';

const root = scratchDir('cfc-java-matrix-');
const runs = toolchainTier('Java', javaToolchainMissing());
let maven: Promise<MavenSetup> | undefined;
// Made by the first group that needs it: a failing file-level hook would hide the toolchain test's message.
const mavenSetup = () => (maven ??= prepareMaven(join(root, 'maven')));

/** The class-file major version javac writes for a Java release (8 → 52, 11 → 55). */
function classFileMajor(release: number): number {
  return release + 44;
}

function majorVersionOf(classFile: string): number {
  const header = Buffer.alloc(8);
  const fd = openSync(classFile, 'r');
  try {
    readSync(fd, header, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt16BE(6);
}

/** The test classes a project's functions must have run: the dispatch or HTTP test, and one per trigger. */
function expectedTestClasses(generated: GeneratedProject): string[] {
  return generated.functions.flatMap((fn) => {
    const pkg = `fc.${javaPackageSegment(fn.name)}`;
    if (fn.type === 'http') return [`${pkg}.AppTest`];
    const perTrigger = fn.triggers.flatMap((id) => [`${pkg}.${javaTriggerClass(id)}Test`, ...(id === 'tablestore' ? [`${pkg}.CborDecoderTest`] : [])]);
    return [`${pkg}.AppTest`, ...perTrigger];
  });
}

describe.skipIf(!runs).each([...byGroup(matrixProjects('java'))])('Java %s projects', (group, projects) => {
  const groupDir = join(root, group);
  let generated = new Map<string, GeneratedProject>();
  let build: Awaited<ReturnType<typeof runMaven>>;

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    generated = await generateMatrix(groupDir, projects);
    // One Maven run for the whole group: Maven's start-up dominates a single small project's build.
    // `package` runs each project's own tests (Surefire) and builds its shaded target/function.jar.
    writeAggregator(groupDir, projects.map((project) => project.name));
    build = await runMaven(groupDir, await mavenSetup(), ['--fail-at-end', 'package']);
  }, 600_000);

  it('Maven builds and tests every project', () => {
    expect(build.exitCode, build.all).toBe(0);
  });

  it.each(projects)('$name: its own tests pass', (project: MatrixProject) => {
    const totals = surefireTotals(join(groupDir, project.name));
    expect(totals.classes.sort()).toEqual(expectedTestClasses(generated.get(project.name) as GeneratedProject).sort());
    expect(totals.tests).toBeGreaterThan(0);
    expect({ failures: totals.failures, errors: totals.errors, skipped: totals.skipped }).toEqual({ failures: 0, errors: 0, skipped: 0 });
  });

  // javac 17 compiled with --release <runtime's Java>: the language level and the API of that Java.
  it.each(projects)('$name: compiled for the runtime\'s Java, packed into one jar with its dependencies', async (project: MatrixProject) => {
    const release = (project.runtime as JavaRuntime).javaRelease;
    const directory = join(groupDir, project.name);
    const jar = join(directory, 'target', 'function.jar');
    expect(existsSync(jar)).toBe(true);
    const { stdout } = await execa('jar', ['tf', jar], { stdin: 'ignore' });
    const entries = new Set(stdout.split('\n'));
    expect(entries.has('com/google/gson/Gson.class')).toBe(true);
    expect(entries.has('com/aliyun/fc/runtime/Context.class')).toBe(true);
    expect([...entries].some((entry) => entry.startsWith('javax/servlet/')), 'the servlet API is provided by FC').toBe(false);
    for (const fn of (generated.get(project.name) as GeneratedProject).functions) {
      const app = `fc/${javaPackageSegment(fn.name)}/App.class`;
      expect(entries.has(app), app).toBe(true);
      expect(majorVersionOf(join(directory, 'target', 'classes', app))).toBe(classFileMajor(release));
    }
  });
});
