import { RUNTIMES, type Runtime } from '../../generators/core/catalog/runtimes.js';
import { TRIGGERS, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import type { Language } from '../../generators/core/catalog/languages.js';

/** One generated project of the integration matrix. */
export interface MatrixProject {
  runtime: Runtime;
  language: Language;
  /** Also the folder name. */
  name: string;
  triggers: TriggerId[];
}

const EVENT_TRIGGERS = TRIGGERS.filter((trigger) => trigger.functionType === 'event').map((trigger) => trigger.id);

/**
 * Every runtime × language × trigger from the catalogs (each trigger alone, which covers both
 * function types), plus one event function with every event trigger (dispatch order) and one
 * split project (an HTTP and an event function side by side).
 */
export function matrixProjects(family: Runtime['family']): MatrixProject[] {
  return RUNTIMES.filter((runtime) => runtime.family === family).flatMap((runtime) =>
    runtime.languages.flatMap((language) => [
      ...TRIGGERS.map((trigger) => ({ runtime, language, name: `only-${trigger.id.replace('_', '-')}`, triggers: [trigger.id] })),
      { runtime, language, name: 'all-events', triggers: EVENT_TRIGGERS },
      { runtime, language, name: 'split', triggers: ['http', 'timer', 'oss'] as TriggerId[] },
    ]),
  );
}

/** Projects grouped by runtime and language: each group shares one dependency install. */
export function byGroup(projects: readonly MatrixProject[]): Map<string, MatrixProject[]> {
  const groups = new Map<string, MatrixProject[]>();
  for (const project of projects) {
    const key = `${project.runtime.id}-${project.language}`;
    groups.set(key, [...(groups.get(key) ?? []), project]);
  }
  return groups;
}
