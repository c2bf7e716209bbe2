import { GENERATIONS } from '../../catalog/generations.js';
import { REGION_IDS } from '../../catalog/regions.js';
import { regionsOffering, RUNTIMES, type Runtime } from '../../catalog/runtimes.js';
import { t } from '../../i18n/index.js';
import type { DoctorCheck, CheckResult } from '../types.js';

/** The region s.yaml deploys to: `vars.region`, or a function's own `region` when it is a name. */
function regionOf(project: Parameters<DoctorCheck['run']>[0], written: string | undefined): string | undefined {
  if (written && !written.includes('${')) return written;
  const region = project.document.getIn(['vars', 'region']);
  return typeof region === 'string' ? region : undefined;
}

/** Each function's region is one its generation deploys to, and FC offers its runtime there. */
export const REGION_CHECK: DoctorCheck = {
  id: 'region',
  run: (project) => {
    const { fcVersion } = project;
    const generation = GENERATIONS[fcVersion];
    return project.functions.map((fn): CheckResult => {
      const region = regionOf(project, fn.region);
      if (region === undefined) return { check: 'region', status: 'fail', message: t('doctor.region.none', { name: fn.name }), fix: t('doctor.region.noneFix') };
      if (!REGION_IDS[fcVersion].includes(region)) return { check: 'region', status: 'fail', message: t('doctor.region.notInGeneration', { region, generation: generation.label }), fix: t('doctor.region.choose', { regions: REGION_IDS[fcVersion].join(', ') }) };
      const runtime = (RUNTIMES as readonly Runtime[]).find((candidate) => candidate.id === fn.runtime);
      // A runtime this tool does not know (or none: a container) is FC's to judge; the region still is.
      if (!runtime) return { check: 'region', status: 'ok', message: t('doctor.region.ok', { name: fn.name, region, runtime: fn.runtime ?? '-' }) };
      if (!(runtime.generations as readonly string[]).includes(fcVersion)) return { check: 'region', status: 'fail', message: t('doctor.region.runtimeNotInGeneration', { runtime: runtime.id, generation: generation.label }), fix: t('doctor.region.runtimeFix') };
      const offering = regionsOffering(runtime, fcVersion);
      if (!offering.includes(region)) return { check: 'region', status: 'fail', message: t('doctor.region.notOffered', { name: fn.name, runtime: runtime.id, region }), fix: t('doctor.region.choose', { regions: offering.join(', ') }) };
      return { check: 'region', status: 'ok', message: t('doctor.region.ok', { name: fn.name, region, runtime: runtime.id }) };
    });
  },
};
