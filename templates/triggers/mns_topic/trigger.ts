import { mnsTopicName } from '../../../generators/core/validators.js';
import { defineTrigger, roleSetting, text } from '../../../generators/core/catalog/triggers/types.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

export default defineTrigger(messages, {
  id: 'mns_topic',
  aliases: ['mns'],
  languages: LANGUAGE_IDS,
  claims: '`{TopicName, MessageId, Message, PublishTime, ...}` (JSON notify format)',
  gives: '`topic`, `messageId`, `publishedAt` (ISO-8601 UTC from ms), `message` (parsed when JSON, else the string)',
  functionType: 'event',
  sampleEvents: ['mns_topic.json'],
  invocationRole: { defaultName: 'aliyunmnsnotificationrole', setting: 'mnsRole' },
  settings: [
    { key: 'mnsTopic', flag: 'mns-topic', kind: 'text', default: 'my-topic', check: mnsTopicName },
    roleSetting('mnsRole', 'mns-role'),
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
});
