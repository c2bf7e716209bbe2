import { GENERATIONS } from '../../catalog/generations.js';
import { t } from '../../i18n/index.js';
import { sYamlProblems } from '../../s-yaml-check.js';
import type { DoctorCheck } from '../types.js';

/** s.yaml reads as a project of its generation and passes the checks create runs before it writes one. */
export const S_YAML_CHECK: DoctorCheck = {
  id: 's-yaml',
  run: (project) => {
    const problems = sYamlProblems(project.document.toJSON());
    const generation = GENERATIONS[project.fcVersion];
    if (problems.length === 0) return [{ check: 's-yaml', status: 'ok', message: t('doctor.sYaml.ok', { file: project.file, edition: generation.sYamlEdition, generation: generation.label, count: project.functions.length }) }];
    return problems.map((problem) => ({ check: 's-yaml', status: 'fail', message: problem, fix: t('doctor.sYaml.fix', { file: project.file }) }));
  },
};
