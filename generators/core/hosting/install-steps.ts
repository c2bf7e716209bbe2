import type { DeployStep } from '../catalog/families/index.js';
import { minorVersion } from '../catalog/images.js';
import { runtimeNpmPackages, runtimePipRequirement } from '../manifests.js';
import type { Project } from '../project.js';
import type { FunctionSpec } from '../project-spec.js';

/**
 * pip resolves for the Python that runs it unless told otherwise: a built-in runtime's packages are
 * chosen for its own Python version and FC's x86-64 Linux, as wheels (nothing is compiled locally);
 * a custom runtime's server runs on the Python its image or layer holds.
 */
function pipTargetFlags(project: Project): string {
  const { runtime, interpreter } = project;
  const version = runtime.family === 'python' ? runtime.pythonVersion : interpreter && 'interpreter' in interpreter ? minorVersion(interpreter.interpreter.version) : undefined;
  return version ? ` --python-version ${version.join('.')} --platform manylinux2014_x86_64 --only-binary=:all:` : '';
}

/** Installing a function's run-time dependencies (a web framework) into its deployed folder, where it has any. */
export function dependencySteps(project: Project, fn: FunctionSpec): DeployStep[] {
  const codeDir = project.family.codeDir(project.spec.language, fn.name);
  return [
    ...(runtimeNpmPackages(project.spec, fn).length > 0 ? [{ run: 'npm install --omit=dev --no-package-lock', path: codeDir }] : []),
    ...(runtimePipRequirement(project.spec, fn) ? [{ run: `python3 -m pip install --target vendor${pipTargetFlags(project)} -r requirements.txt`, path: codeDir }] : []),
  ];
}
