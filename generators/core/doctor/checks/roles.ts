import { deployedTriggerId, triggerById } from '../../catalog/triggers/index.js';
import { t } from '../../i18n/index.js';
import type { CheckResult, DoctorCheck } from '../types.js';

/** The trigger field that names its role, as each generation's component reads it. */
const ROLE_FIELD = { '2': 'role', '3': 'invocationRole' } as const;

/**
 * The RAM roles the deploy needs: a trigger whose service invokes the function with a role (OSS, SLS,
 * CDN, MNS, Tablestore) either names one, which must exist, or gets the one the component creates,
 * which the deploying key needs RAM permission for; so does a function role s.yaml asks to create.
 * Whether a role exists is the cloud's to say: offline, doctor names each and what it needs.
 */
export const ROLES_CHECK: DoctorCheck = {
  id: 'roles',
  run: (project) => {
    const results: CheckResult[] = [];
    for (const fn of project.functions) {
      for (const trigger of fn.triggers) {
        const id = deployedTriggerId(trigger.type, trigger.eventSourceType);
        const role = id === undefined ? undefined : triggerById(id).invocationRole;
        if (!role) continue;
        if (trigger.hasRole) results.push({ check: 'roles', status: 'ok', message: t('doctor.roles.named', { trigger: trigger.name, type: trigger.type }) });
        else results.push({ check: 'roles', status: 'warn', message: t('doctor.roles.created', { trigger: trigger.name, type: trigger.type, role: role.defaultName }), fix: t('doctor.roles.createdFix', { role: role.defaultName, field: ROLE_FIELD[project.fcVersion], file: project.file }) });
      }
    }
    // FC 2.0's `service.role: {name, policies}` is a role fc-deploy creates.
    if (project.fcVersion === '2') {
      for (const fn of project.functions) {
        const service = project.document.getIn([project.modulesKey, fn.key, 'props', 'service', 'role', 'name']);
        if (typeof service === 'string') results.push({ check: 'roles', status: 'warn', message: t('doctor.roles.serviceRole', { role: service, name: fn.name }), fix: t('doctor.roles.serviceRoleFix') });
      }
    }
    return results.length > 0 ? results : [{ check: 'roles', status: 'ok', message: t('doctor.roles.none') }];
  },
};
