import { ACCESS_CHECK } from './checks/access.js';
import { CLIENT_CHECK } from './checks/client.js';
import { PACKAGE_CHECK } from './checks/package-size.js';
import { REGION_CHECK } from './checks/region.js';
import { ROLES_CHECK } from './checks/roles.js';
import { S_YAML_CHECK } from './checks/s-yaml.js';
import type { CheckResult, DoctorCheck, DoctorFacts } from './types.js';

/** Every check, in the order the report shows them: the file first, then what the deploy needs of this machine and the cloud. */
export const DOCTOR_CHECKS: readonly DoctorCheck[] = [S_YAML_CHECK, CLIENT_CHECK, ACCESS_CHECK, REGION_CHECK, PACKAGE_CHECK, ROLES_CHECK];

/** The report of a project: one line per finding. Pure: the shell gathered the facts. */
export function doctorReport(facts: DoctorFacts): CheckResult[] {
  const { project } = facts;
  if ('error' in project) return [{ check: 's-yaml', status: 'fail', message: project.error, fix: project.fix }];
  return DOCTOR_CHECKS.flatMap((check) => check.run(project, facts));
}

/** Whether a deploy should go ahead: no finding failed. */
export function readyToDeploy(results: readonly CheckResult[]): boolean {
  return results.every((result) => result.status !== 'fail');
}
