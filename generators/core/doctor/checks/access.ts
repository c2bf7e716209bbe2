import { DEPLOY_KEY_VARIABLES } from '../../catalog/deploy-keys.js';
import { t } from '../../i18n/index.js';
import type { DoctorCheck } from '../types.js';

/** The names other Alibaba Cloud tools read (and our CI secrets carry), which Serverless Devs does not: a likely mix-up. */
const OTHER_TOOLS_VARIABLES = ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'];

/** The access alias s.yaml names: in ~/.s/access.yaml, or the keys in the environment. */
export const ACCESS_CHECK: DoctorCheck = {
  id: 'access',
  run: (project, facts) => {
    const alias = String(project.document.get('access') ?? 'default');
    const fromEnvironment = DEPLOY_KEY_VARIABLES.every((name) => facts.environment.includes(name));
    if (fromEnvironment) return [{ check: 'access', status: 'ok', message: t('doctor.access.environment', { names: DEPLOY_KEY_VARIABLES.join(', ') }) }];
    if (facts.accessAliases?.includes(alias)) return [{ check: 'access', status: 'ok', message: t('doctor.access.alias', { alias }) }];
    const partial = DEPLOY_KEY_VARIABLES.filter((name) => facts.environment.includes(name));
    const others = OTHER_TOOLS_VARIABLES.filter((name) => facts.environment.includes(name));
    const found = facts.accessAliases === undefined ? t('doctor.access.noFile') : t('doctor.access.aliases', { aliases: facts.accessAliases.join(', ') || '-' });
    const hint = partial.length > 0 ? t('doctor.access.partial', { names: partial.join(', ') }) : others.length > 0 ? t('doctor.access.otherNames', { names: others.join(', ') }) : '';
    return [{
      check: 'access',
      status: 'fail',
      message: `${t('doctor.access.missing', { alias, found })}${hint ? ` ${hint}` : ''}`,
      fix: t('doctor.access.fix', { alias, names: DEPLOY_KEY_VARIABLES.join(', ') }),
    }];
  },
};
