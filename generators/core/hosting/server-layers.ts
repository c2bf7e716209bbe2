import type { Project } from '../project.js';
import type { FunctionSpec } from '../project-spec.js';

/** The template folder of the project's own server in its language (templates/custom/<language>). */
export function serverTemplates(project: Project): string {
  return `custom/${project.spec.language}`;
}

/** The layers whose app a web server serves, when its framework reuses one (Django's app, the Python WSGI handler). */
function servedLayers(project: Project): string[] {
  return [...(project.framework?.serves?.[project.spec.language] ?? [])];
}

/** The server folder of a web function: its framework's own, or the one that serves its app. */
function serverLayer(project: Project): string {
  const { framework } = project;
  return `${serverTemplates(project)}/web/${framework?.servedBy ?? framework?.id ?? 'none'}`;
}

/**
 * The layers of a function that the project's own server runs, after `start` (what starts it: a
 * bootstrap, or a container's Dockerfile): a web function is the server, with its tests, its
 * framework's app and the start every framework of the language shares; an event function's handler
 * sits behind the event server.
 */
export function ownServerLayers(project: Project, fn: FunctionSpec, start: readonly string[], eventLayers: readonly string[]): string[] {
  const base = serverTemplates(project);
  if (fn.type === 'http') {
    const main = project.server?.serverMain ? [`${base}/${project.server.serverMain}`] : [];
    return [...start, `${base}/web-tests`, ...servedLayers(project), ...main, serverLayer(project)];
  }
  return [...eventLayers, ...start, `${base}/event-server`];
}

/** The start line of the README's entry point: what FC runs, then where the request or event goes. */
export function serverEntryPoint(project: Project, fn: FunctionSpec, start: string): string {
  if (fn.type === 'http') return `${start} → server (${project.spec.framework ?? 'none'}) on FC_SERVER_PORT ${project.spec.port ?? ''}`.trim();
  return `${start} → server: POST /invoke → index.handler(event, context)`;
}
