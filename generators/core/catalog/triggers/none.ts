import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';

export const apiInvocation = {
  id: 'none',
  aliases: ['api', 'sdk'],
  get label() { return t('trigger.none.label'); },
  get summary() { return t('trigger.none.summary'); },
  functionType: 'event',
  sampleEvents: ['invoke.json'],
  settings: [],
} as const satisfies TriggerDefinition;
