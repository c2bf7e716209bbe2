import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One function module of an s.yaml: its pre-deploy steps and the function's own props (fc3's props, the fc component's props.function). */
export interface FunctionModule {
  preDeploy: { run: string; path: string }[];
  fn: Record<string, unknown>;
}

/** The function modules of a project's s.yaml in either edition (a custom domain's fc3-domain module is not one). */
export function functionModules(projectDir: string): FunctionModule[] {
  type Module = { component?: unknown; actions?: { 'pre-deploy'?: { run: string; path: string }[] }; props: Record<string, unknown> };
  const document = parse(readFileSync(join(projectDir, 's.yaml'), 'utf8')) as { resources?: Record<string, Module>; services?: Record<string, Module> };
  return Object.values(document.resources ?? document.services ?? {})
    .filter((module) => module.component === 'fc' || module.component === 'fc3')
    .map((module) => ({ preDeploy: module.actions?.['pre-deploy'] ?? [], fn: (module.props.function ?? module.props) as Record<string, unknown> }));
}
