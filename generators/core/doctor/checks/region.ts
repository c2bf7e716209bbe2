import { ALL_REGION_IDS, REGION_IDS } from '../../catalog/regions.js';
import { GENERATIONS } from '../../catalog/generations.js';
import { regionProblem, RUNTIMES, type Runtime } from '../../catalog/runtimes.js';
import { t } from '../../i18n/index.js';
import type { CheckResult, DoctorCheck } from '../types.js';

/** The region s.yaml deploys a function to: its own `region`, else `vars.region` (what `${vars.region}` names). */
function regionOf(project: Parameters<DoctorCheck['run']>[0], written: string | undefined): string | undefined {
  if (written && written !== '${vars.region}') return written;
  const region = project.document.getIn(['vars', 'region']);
  return typeof region === 'string' ? region : undefined;
}

/**
 * Each function's region is one its generation deploys to, and FC offers its runtime there. Only what
 * the catalogs know for certain fails: a region given at deploy time (`${env(REGION)}`) is not checked,
 * and a region or runtime the catalogs do not list (FC adds them) is FC's to judge.
 */
export const REGION_CHECK: DoctorCheck = {
  id: 'region',
  run: (project) => {
    const { fcVersion } = project;
    return project.functions.map((fn): CheckResult => {
      const region = regionOf(project, fn.region);
      const runtime = (RUNTIMES as readonly Runtime[]).find((candidate) => candidate.id === fn.runtime);
      if (region === undefined) return { check: 'region', status: 'fail', message: t('doctor.region.none', { name: fn.name }), fix: t('doctor.region.noneFix') };
      if (region.includes('${')) return { check: 'region', status: 'ok', message: t('doctor.region.atDeploy', { name: fn.name, region }) };
      if (!ALL_REGION_IDS.includes(region)) return { check: 'region', status: 'warn', message: t('doctor.region.unknown', { name: fn.name, region }), fix: t('doctor.region.choose', { regions: REGION_IDS[fcVersion].join(', ') }) };
      if (!runtime) {
        const inGeneration = REGION_IDS[fcVersion].includes(region);
        return inGeneration
          ? { check: 'region', status: 'warn', message: t('doctor.region.unknownRuntime', { name: fn.name, runtime: fn.runtime ?? '-', region }) }
          : { check: 'region', status: 'fail', message: t('doctor.region.notInGeneration', { region, generation: GENERATIONS[fcVersion].label }), fix: t('doctor.region.choose', { regions: REGION_IDS[fcVersion].join(', ') }) };
      }
      const problem = regionProblem(runtime, fcVersion, region);
      if (problem) return { check: 'region', status: 'fail', message: t('doctor.region.notOffered', { name: fn.name, runtime: runtime.id, region }), fix: problem };
      return { check: 'region', status: 'ok', message: t('doctor.region.ok', { name: fn.name, region, runtime: runtime.id }) };
    });
  },
};
