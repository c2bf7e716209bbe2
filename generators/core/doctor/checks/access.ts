import { DEPLOY_KEY_VARIABLES } from '../../catalog/deploy-keys.js';
import { deployTimeNames } from '../../hosting/fields.js';
import { t } from '../../i18n/index.js';
import type { DoctorCheck } from '../types.js';

/** The names other Alibaba Cloud tools read (and our CI secrets carry), which Serverless Devs does not: a likely mix-up. */
const OTHER_TOOLS_VARIABLES = ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'];

/** 3.x also reads a JSON alias from any variable named `<alias>_serverless_devs_key` (@serverless-devs/credential ENDS_WITH_KEY_DEVS_KEY). */
const JSON_ALIAS_SUFFIX = '_serverless_devs_key';

/** The alias s.yaml names, with `${env(NAME)}` resolved from the environment's names where it can be. */
function aliasOf(written: unknown, environment: readonly string[]): { alias: string; known: boolean } {
  const alias = String(written ?? 'default');
  const [name] = deployTimeNames(alias);
  return name === undefined ? { alias, known: true } : { alias, known: environment.includes(name) };
}

/**
 * The access alias s.yaml names: in ~/.s/access.yaml, or the keys in the environment (set, or in the
 * .env beside s.yaml, which 2.x's dotenv and 3.x's parse-spec load). 3.x has further sources (a JSON
 * alias variable, the aliyun CLI's config): where only those could hold the keys, it is a warning.
 */
export const ACCESS_CHECK: DoctorCheck = {
  id: 'access',
  run: (project, facts) => {
    const { alias, known } = aliasOf(project.document.get('access'), facts.environment);
    const has = (names: readonly string[]) => DEPLOY_KEY_VARIABLES.every((name) => names.includes(name));
    if (has(facts.environment)) return [{ check: 'access', status: 'ok', message: t('doctor.access.environment', { names: DEPLOY_KEY_VARIABLES.join(', ') }) }];
    if (has([...facts.environment, ...facts.dotEnv])) return [{ check: 'access', status: 'ok', message: t('doctor.access.dotEnv', { file: project.file, names: DEPLOY_KEY_VARIABLES.join(', ') }) }];
    // An alias given at deploy time (`${env(ALIAS)}`) names an alias doctor cannot see: only its variable is checked.
    if (alias.includes('${') && known) return [{ check: 'access', status: 'warn', message: t('doctor.access.atDeploy', { alias, file: project.file }) }];
    if (facts.accessAliases?.includes(alias)) return [{ check: 'access', status: 'ok', message: t('doctor.access.alias', { alias, file: project.file }) }];
    const fix = t('doctor.access.fix', { alias, names: DEPLOY_KEY_VARIABLES.join(', ') });
    const elsewhere = [...facts.environment.filter((name) => name.endsWith(JSON_ALIAS_SUFFIX)), ...facts.otherKeySources];
    if (project.fcVersion === '3' && elsewhere.length > 0) return [{ check: 'access', status: 'warn', message: t('doctor.access.elsewhere', { alias, sources: elsewhere.join(', ') }), fix }];
    const partial = DEPLOY_KEY_VARIABLES.filter((name) => facts.environment.includes(name));
    const others = OTHER_TOOLS_VARIABLES.filter((name) => facts.environment.includes(name));
    const found = facts.accessAliases === undefined ? t('doctor.access.noFile') : t('doctor.access.aliases', { aliases: facts.accessAliases.join(', ') || '-' });
    const hint = partial.length > 0 ? t('doctor.access.partial', { names: partial.join(', ') }) : others.length > 0 ? t('doctor.access.otherNames', { names: others.join(', ') }) : '';
    return [{ check: 'access', status: 'fail', message: `${t('doctor.access.missing', { alias, file: project.file, found })}${hint ? ` ${hint}` : ''}`, fix }];
  },
};
