import { eventSourceName } from '../../validators.js';
import type { TriggerDefinition } from './types.js';
import { text } from './types.js';

export const eventbridgeTrigger = {
  id: 'eventbridge',
  aliases: ['eb'],
  label: 'EventBridge events',
  summary: 'CloudEvents from Alibaba Cloud services on the default event bus',
  functionType: 'event',
  sampleEvents: ['eventbridge.json'],
  // EventBridge invokes through service-linked roles, so the trigger names none.
  settings: [
    { key: 'eventbridgeSource', flag: 'eventbridge-source', message: 'Event source to subscribe to', kind: 'text', default: 'acs.oss', check: eventSourceName },
  ],
  requiredConfig: ['triggerEnable', 'asyncInvocationType', 'eventRuleFilterPattern', 'eventSourceConfig.eventSourceType'],
  deployment: (values) => ({
    name: 'eventbridge-trigger',
    type: 'eventbridge',
    config: {
      triggerEnable: true,
      asyncInvocationType: false,
      eventRuleFilterPattern: JSON.stringify({ source: [text(values, 'eventbridgeSource')] }),
      eventSourceConfig: { eventSourceType: 'Default' },
    },
  }),
} as const satisfies TriggerDefinition;
