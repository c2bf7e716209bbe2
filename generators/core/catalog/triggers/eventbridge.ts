import { eventSourceName } from '../../validators.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { text } from './types.js';

export const eventbridgeTrigger = {
  id: 'eventbridge',
  aliases: ['eb'],
  get label() { return t('trigger.eventbridge.label'); },
  get summary() { return t('trigger.eventbridge.summary'); },
  functionType: 'event',
  sampleEvents: ['eventbridge.json'],
  // EventBridge invokes through service-linked roles, so the trigger names none.
  settings: [
    { key: 'eventbridgeSource', flag: 'eventbridge-source', get message() { return t('setting.eventbridgeSource.message'); }, kind: 'text', default: 'acs.oss', check: eventSourceName },
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
} as const satisfies TriggerDefinition;
