import { mnsTopicName } from '../../validators.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { roleSetting, text } from './types.js';

export const mnsTopicTrigger = {
  id: 'mns_topic',
  aliases: ['mns'],
  get label() { return t('trigger.mns_topic.label'); },
  get summary() { return t('trigger.mns_topic.summary'); },
  functionType: 'event',
  sampleEvents: ['mns_topic.json'],
  invocationRole: { defaultName: 'aliyunmnsnotificationrole', setting: 'mnsRole' },
  settings: [
    { key: 'mnsTopic', flag: 'mns-topic', get message() { return t('setting.mnsTopic.message'); }, kind: 'text', default: 'my-topic', check: mnsTopicName },
    roleSetting('mnsRole', 'mns-role', 'setting.mnsRole.message'),
  ],
  requiredConfig: { '2': ['topicName', 'notifyContentFormat', 'notifyStrategy'], '3': ['notifyContentFormat', 'notifyStrategy'] },
  sourceArnPrefix: 'acs:mns:',
  triggerName: 'mns-topic-trigger',
  deployment: (values, deploy) => ({
    type: 'mns_topic',
    sourceArn: `acs:mns:${deploy.region}:${deploy.accountId}:/topics/${text(values, 'mnsTopic')}`,
    config: {
      // fc3 takes the topic from sourceArn alone.
      ...(deploy.fcVersion === '2' ? { topicName: text(values, 'mnsTopic') } : {}),
      // JSON carries the topic, message id and publish time along with the body; the handler reads them.
      notifyContentFormat: 'JSON',
      notifyStrategy: 'BACKOFF_RETRY',
    },
  }),
} as const satisfies TriggerDefinition;
