import { deployCommand, GENERATIONS } from '../../catalog/generations.js';
import { t } from '../../i18n/index.js';
import type { DoctorCheck } from '../types.js';

/** The Serverless Devs major that reads this s.yaml's edition: installed as `s`, or run through npx. */
export const CLIENT_CHECK: DoctorCheck = {
  id: 'client',
  run: (project, facts) => {
    const generation = GENERATIONS[project.fcVersion];
    const major = generation.devsVersion.split('.')[0] ?? generation.devsVersion;
    const npx = deployCommand(project.fcVersion);
    const [first] = facts.clients;
    if (!first) return [{ check: 'client', status: 'ok', message: t('doctor.client.none', { major }), fix: npx }];
    if (first.version.split('.')[0] === major) return [{ check: 'client', status: 'ok', message: t('doctor.client.ok', { version: first.version, path: first.path, generation: generation.label }) }];
    // `s deploy` would run this `s`, which misreads the edition; the project's own deploy (npm run deploy,
    // CI) goes through npx with the pinned client and does not use it, so it is a warning, not a stop.
    return [{ check: 'client', status: 'warn', message: t('doctor.client.wrongMajor', { version: first.version, path: first.path, major, edition: generation.sYamlEdition }), fix: npx }];
  },
};
