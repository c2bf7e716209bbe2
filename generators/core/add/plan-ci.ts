import { ciProviderById, CI_PROVIDERS } from '../ci/index.js';
import { deploySecretsOf } from '../ci/deploy-step.js';
import { UserError } from '../errors.js';
import { t, withLocale } from '../i18n/index.js';
import { projectOf } from '../project.js';
import type { AddPlan } from './plan-add.js';
import { recogniseFunction, type AddContext } from './recognise.js';
import type { ExistingProject } from './s-yaml-model.js';

/**
 * Plans `add ci <provider>`: the workflow create would have written, for the toolchain of the project's
 * first function this tool recognises, reading the secrets s.yaml reads now. It writes one new file and
 * never replaces one: a workflow already there is the user's.
 */
export function planAddCi(project: ExistingProject, providerId: string | undefined, context: AddContext): AddPlan {
  const ids = CI_PROVIDERS.map((provider) => provider.id);
  const provider = providerId === undefined ? undefined : ciProviderById(providerId);
  if (!provider) throw new UserError(t('add.ciProvider', { given: providerId ?? '-', choices: ids.join(', ') }), { where: '--ci', value: JSON.stringify(providerId ?? null), expected: ids.join(', ') });
  const functions = project.functions.map((fn) => ({ fn, recognised: recogniseFunction(project, fn, fn.port, context) }));
  const [recognised] = functions.flatMap(({ recognised: found }) => (found ? [found] : []));
  if (!recognised) throw new UserError(t('add.ciUnrecognised', { file: project.file }));
  // One workflow sets up one toolchain and runs one test command: a project of several languages needs its own.
  const families = [...new Set(functions.flatMap(({ recognised: found }) => (found ? [projectOf(found.spec).codeFamily] : [])))];
  if (families.length > 1) throw new UserError(t('add.ciLanguages', { families: families.join(', ') }));
  const unrecognised = functions.filter(({ recognised: found }) => !found).map(({ fn }) => fn.name);
  const found = projectOf({ ...recognised.spec, ci: provider.id });
  const refusal = provider.unsupported(found);
  if (refusal) throw new UserError(t('add.ciUnsupported', { provider: provider.id, reason: refusal }), { where: '--ci', value: JSON.stringify(provider.id), expected: CI_PROVIDERS.filter((candidate) => candidate.unsupported(found) === undefined).map((candidate) => candidate.id).join(', ') });
  const existing = context.read(provider.path);
  if (existing !== undefined) throw new UserError(t('add.ciExists', { path: provider.path }));
  const secrets = deploySecretsOf(project.text);
  // Generated files are English, whatever language the run speaks.
  const contents = withLocale('en', () => provider.workflow(found, secrets));
  return {
    changes: [{ path: provider.path, after: contents }],
    manual: [],
    notes: [
      t('add.ciSecrets', { label: provider.label, secrets: secrets.map((secret) => secret.secret).join(', ') }),
      ...(unrecognised.length > 0 ? [t('add.ciUnrecognisedFunctions', { functions: unrecognised.join(', '), test: found.family.test })] : []),
    ],
    functions: [],
    triggers: [],
  };
}
