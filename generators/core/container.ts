import type { FunctionSpec, ProjectSpec } from './validate.js';

/** A lower-case image or namespace name from a function or project name (registries accept no upper case). */
export function imagePathPart(name: string, maxLength = 64): string {
  const part = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/, '');
  return part.length >= 2 ? part : `fc-${part || 'function'}`;
}

// Container Registry namespaces have at most 30 characters.
const NAMESPACE_LENGTH = 30;

/**
 * The repository a custom container's images go to when none is named: the Container Registry of
 * `region` (an s.yaml expression such as `${vars.region}`, so the images follow the region), in a
 * namespace named after the project.
 */
export function defaultImageRepo(region: string, name: string): string {
  return `registry.${region}.aliyuncs.com/${imagePathPart(name, NAMESPACE_LENGTH)}`;
}

/** The image repository of a custom-container project, the default one written for `region`. */
export function imageRepo(spec: ProjectSpec, region: string): string {
  return spec.imageRepo ?? defaultImageRepo(region, spec.name);
}

/** The image of one function of a custom-container project. */
export function functionImage(spec: ProjectSpec, fn: FunctionSpec, region: string): string {
  return `${imageRepo(spec, region)}/${imagePathPart(fn.name)}:latest`;
}
