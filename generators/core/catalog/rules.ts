import { andList, t } from '../i18n/index.js';
import { TRIGGERS, type TriggerDefinition } from './triggers/index.js';
import { messagePerGeneration, type FcVersion, type PerGeneration } from './generations.js';

/**
 * The rules a recommendation's reasons point at; ids are stable for `--json` consumers. A rule whose
 * truth depends on the generation has one text per generation, so no reason says on FC 3.0 what
 * only holds on FC 2.0. Texts are looked up when read, in the current language.
 */
export const RULES = {
  'http-trigger-only': messagePerGeneration('rule.http-trigger-only.fc2', 'rule.http-trigger-only.fc3'),
  // The triggers an event function takes, from the catalog: FC 2.0 every one but HTTP, FC 3.0 every one.
  'event-triggers': {
    get '2'() { return t('rule.event-triggers.fc2', { triggers: triggersInList(triggersOn('2').filter((trigger) => trigger.id !== 'http')) }); },
    get '3'() { return t('rule.event-triggers.fc3', { triggers: triggersInList(triggersOn('3')) }); },
  },
  get 'fc2-http-exclusive'() { return t('rule.fc2-http-exclusive'); },
  get 'fc3-http-event'() { return t('rule.fc3-http-event'); },
  get 'web-function-alternative'() { return t('rule.web-function-alternative'); },
  get 'event-function-alternative'() { return t('rule.event-function-alternative'); },
  get 'web-function'() { return t('rule.web-function'); },
  get 'web-function-use-case'() { return t('rule.web-function-use-case'); },
  get 'web-function-runtime'() { return t('rule.web-function-runtime'); },
  get 'custom-runtime-passthrough'() { return t('rule.custom-runtime-passthrough'); },
  get 'api-always-available'() { return t('rule.api-always-available'); },
  get 'no-signal'() { return t('rule.no-signal'); },
  get 'use-case'() { return t('rule.use-case'); },
  get 'type-override'() { return t('rule.type-override'); },
} as const satisfies Record<string, PerGeneration<string>>;

export type RuleId = keyof typeof RULES;

/** "timers, OSS, …, and API/SDK calls": each trigger as a list names it, in catalog order. */
function triggersInList(triggers: readonly TriggerDefinition[]): string {
  return andList(triggers.map((trigger) => trigger.inList));
}

/** The triggers a generation's component can create. */
function triggersOn(fcVersion: FcVersion): TriggerDefinition[] {
  return TRIGGERS.filter((trigger) => trigger.generations?.includes(fcVersion) ?? true);
}
