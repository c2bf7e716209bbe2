import { GENERATIONS } from '../../catalog/generations.js';
import { t } from '../../i18n/index.js';
import { sYamlProblems } from '../../s-yaml-check.js';
import type { DoctorCheck } from '../types.js';

/**
 * s.yaml reads as a project of its generation (else the report is one failure: see doctor/index.ts),
 * and create's own checks of it: written for the files create writes, they know less than the
 * components (a runtime FC added since, an expression of the user's), so what they find is a warning.
 */
export const S_YAML_CHECK: DoctorCheck = {
  id: 's-yaml',
  run: (project) => {
    const problems = sYamlProblems(project.document.toJSON());
    const generation = GENERATIONS[project.fcVersion];
    const read = { check: 's-yaml', status: 'ok' as const, message: t('doctor.sYaml.ok', { file: project.file, edition: generation.sYamlEdition, generation: generation.label, count: project.functions.length }) };
    return [read, ...problems.map((problem) => ({ check: 's-yaml', status: 'warn' as const, message: problem, fix: t('doctor.sYaml.fix', { file: project.file }) }))];
  },
};
