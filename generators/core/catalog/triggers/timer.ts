import { cronExpression } from '../../cron.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { text } from './types.js';

export const timerTrigger = {
  id: 'timer',
  aliases: ['cron', 'schedule'],
  get label() { return t('trigger.timer.label'); },
  get summary() { return t('trigger.timer.summary'); },
  functionType: 'event',
  sampleEvents: ['timer.json'],
  settings: [
    { key: 'cron', flag: 'cron', get message() { return t('setting.cron.message'); }, kind: 'text', default: '0 0 * * * *', check: cronExpression },
    { key: 'timerPayload', flag: 'timer-payload', get message() { return t('setting.timerPayload.message'); }, kind: 'text', default: '{"task":"scheduled-job"}' },
  ],
  requiredConfig: ['cronExpression', 'enable', 'payload'],
  triggerName: 'timer-trigger',
  deployment: (values) => ({
    type: 'timer',
    config: { cronExpression: text(values, 'cron'), enable: true, payload: text(values, 'timerPayload') },
  }),
} as const satisfies TriggerDefinition;
