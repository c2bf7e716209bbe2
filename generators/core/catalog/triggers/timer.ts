import { cronExpression } from '../../cron.js';
import type { TriggerDefinition } from './types.js';
import { text } from './types.js';

export const timerTrigger = {
  id: 'timer',
  aliases: ['cron', 'schedule'],
  label: 'Timer (cron schedule)',
  summary: 'runs on a cron schedule (UTC unless CRON_TZ is given) with a fixed payload',
  functionType: 'event',
  sampleEvents: ['timer.json'],
  settings: [
    { key: 'cron', flag: 'cron', message: 'Cron expression (seconds first, UTC)', kind: 'text', default: '0 0 * * * *', check: cronExpression },
    { key: 'timerPayload', flag: 'timer-payload', message: 'Payload the timer sends (event.payload)', kind: 'text', default: '{"task":"scheduled-job"}' },
  ],
  requiredConfig: ['cronExpression', 'enable', 'payload'],
  deployment: (values) => ({
    name: 'timer-trigger',
    type: 'timer',
    config: { cronExpression: text(values, 'cron'), enable: true, payload: text(values, 'timerPayload') },
  }),
} as const satisfies TriggerDefinition;
