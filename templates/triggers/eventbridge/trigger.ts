import { eventSourceName } from '../../../generators/core/validators.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

export default defineTrigger(messages, {
  id: 'eventbridge',
  aliases: ['eb'],
  languages: LANGUAGE_IDS,
  claims: 'one CloudEvents 1.0 object or an array of them (`specversion` present)',
  gives: '`events: [{id, source, type, subject, time, data}]`',
  functionType: 'event',
  sampleEvents: ['eventbridge.json'],
  // EventBridge invokes through service-linked roles, so the trigger names none.
  settings: [
    { key: 'eventbridgeSource', flag: 'eventbridge-source', kind: 'text', default: 'acs.oss', check: eventSourceName },
  ],
  requiredConfig: ['triggerEnable', 'asyncInvocationType', 'eventRuleFilterPattern', 'eventSourceConfig.eventSourceType'],
  triggerName: 'eventbridge-trigger',
  deployment: (values) => ({
    type: 'eventbridge',
    config: {
      triggerEnable: true,
      asyncInvocationType: false,
      eventRuleFilterPattern: JSON.stringify({ source: [text(values, 'eventbridgeSource')] }),
      eventSourceConfig: { eventSourceType: 'Default' },
    },
  }),
});
