import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { familyOf } from '../../generators/core/catalog/families/index.js';
import { triggerById, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import type { FunctionSpec } from '../../generators/core/validate.js';
import { runCli } from './cli.js';
import type { MatrixProject } from './matrix.js';

export interface GeneratedProject {
  directory: string;
  files: string[];
  functions: FunctionSpec[];
}

/** Generates a matrix project with the built bin, non-interactively, into `parent/<name>`. */
export async function generate(parent: string, project: MatrixProject): Promise<GeneratedProject> {
  const args = [project.name, '--fc-version', project.fcVersion, '--runtime', project.runtime.id, '--language', project.language, ...project.triggers.flatMap((id) => ['--trigger', id])];
  const { stdout, stderr, exitCode } = await runCli([...args, '--yes', '--skip-install', '--no-git', '--json'], { cwd: parent });
  expect(stderr.includes('error'), stderr).toBe(false);
  expect(exitCode).toBe(0);
  return JSON.parse(stdout) as GeneratedProject;
}

/** Writes the smoke runners' manifest: each function's code folder and the sample events it must accept. */
export function writeSmokeManifest(generated: GeneratedProject, project: MatrixProject): string {
  const family = familyOf(project.runtime, project.language);
  const functions = generated.functions.map((fn) => ({
    name: fn.name,
    type: fn.type,
    dir: join(generated.directory, family.codeDir(project.language, fn.name)),
    // An HTTP function gets requests, not events; an event function gets each trigger's samples.
    cases:
      fn.type === 'http'
        ? []
        : fn.triggers.flatMap((trigger: TriggerId) => triggerById(trigger).sampleEvents.map((file) => ({ event: join(generated.directory, 'events', file), trigger }))),
  }));
  const path = join(generated.directory, '..', `${project.name}.smoke.json`);
  writeFileSync(path, JSON.stringify({ runtime: project.runtime.id, functions }));
  return path;
}
