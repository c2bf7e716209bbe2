import { customServer, type CustomServer } from './catalog/custom-servers.js';
import { codeFamilyOf, FAMILIES, type CodeFamily, type Family } from './catalog/families/index.js';
import { frameworkById, type Framework } from './catalog/frameworks.js';
import { runtimeById, serverInterpreter, type Runtime } from './catalog/runtimes.js';
import type { InterpreterChoice } from './catalog/images.js';
import { hostingOf } from './hosting/index.js';
import type { Hosting } from './hosting/types.js';
import type { FunctionSpec, ProjectSpec } from './project-spec.js';

/**
 * A checked project with its catalog entries looked up once: the runtime, the code family (toolchain)
 * its code is written for, the kind of hosting, the web framework and, off the built-in runtimes, the
 * server and the interpreter it runs on. The plan and s.yaml builders read these, not the ids.
 */
export interface Project {
  spec: ProjectSpec;
  runtime: Runtime;
  codeFamily: CodeFamily;
  family: Family;
  hosting: Hosting;
  framework?: Framework;
  /** The project's own HTTP server in its language (custom runtimes and containers). */
  server?: CustomServer;
  /** The interpreter that server runs on in FC's image or an official layer (custom runtimes). */
  interpreter?: InterpreterChoice;
}

const resolved = new WeakMap<ProjectSpec, Project>();

/** The project of a spec, resolved on first use and kept for the spec's lifetime. */
export function projectOf(spec: ProjectSpec): Project {
  const known = resolved.get(spec);
  if (known) return known;
  const runtime = runtimeById(spec.runtime);
  const codeFamily = codeFamilyOf(runtime, spec.language);
  const hosting = hostingOf(runtime);
  const project: Project = {
    spec,
    runtime,
    codeFamily,
    family: FAMILIES[codeFamily],
    hosting,
    framework: spec.framework ? frameworkById(spec.framework) : undefined,
    server: hosting.ownServer ? customServer(spec.language) : undefined,
    interpreter: hosting.ownServer ? serverInterpreter(runtime, spec.language) : undefined,
  };
  resolved.set(spec, project);
  return project;
}

/** A function's folder name in its language's paths (Go and Java name packages after it). */
export function pathNameOf(project: Project, fn: FunctionSpec): string {
  return project.family.pathName?.(fn.name) ?? fn.name;
}
