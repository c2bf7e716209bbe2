import { cronExpression } from '../../../generators/core/cron.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

export default defineTrigger(messages, {
  id: 'timer',
  aliases: ['cron', 'schedule'],
  languages: LANGUAGE_IDS,
  claims: '`{triggerTime, triggerName, payload?}`',
  gives: '`triggerName`, `firedAt` (as given), `payload` (parsed when it is JSON, else the string, `null` when absent)',
  functionType: 'event',
  sampleEvents: ['timer.json'],
  settings: [
    { key: 'cron', flag: 'cron', kind: 'text', default: '0 0 * * * *', check: cronExpression },
    { key: 'timerPayload', flag: 'timer-payload', kind: 'text', default: '{"task":"scheduled-job"}' },
  ],
  requiredConfig: ['cronExpression', 'enable', 'payload'],
  triggerName: 'timer-trigger',
  deployment: (values) => ({
    type: 'timer',
    config: { cronExpression: text(values, 'cron'), enable: true, payload: text(values, 'timerPayload') },
  }),
});
