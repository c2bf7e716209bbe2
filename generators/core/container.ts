import type { FunctionSpec, ProjectSpec } from './validate.js';

/** A lower-case image or namespace name from a function or project name (registries accept no upper case). */
export function imagePathPart(name: string): string {
  const part = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return part.length >= 2 ? part : `fc-${part || 'function'}`;
}

/** The repository a custom container's images go to when none is named: the region's Container Registry, a namespace named after the project. */
export function defaultImageRepo(region: string, name: string): string {
  return `registry.${region}.aliyuncs.com/${imagePathPart(name)}`;
}

/** The image of one function of a custom-container project. */
export function functionImage(spec: ProjectSpec, fn: FunctionSpec): string {
  if (!spec.imageRepo) throw new Error(`${spec.runtime} has no image repository`);
  return `${spec.imageRepo}/${imagePathPart(fn.name)}:latest`;
}
