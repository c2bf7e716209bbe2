import { mqInstanceId, mqName } from '../../../generators/core/validators.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { messageSourceSpec, type MessageSource } from '../../../generators/core/catalog/triggers/message-source.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

/** Where a new consumer group starts (SourceRocketMQParameters.Offset). */
export const ROCKETMQ_OFFSETS = { latest: 'CONSUME_FROM_LAST_OFFSET', earliest: 'CONSUME_FROM_FIRST_OFFSET' } as const;

// FC 3.0 API SourceRocketMQParameters, as the fc3 and fc docs' example writes it (triggers.md): a 4.x
// instance (MQ_INST_…). A 5.x instance also needs InstanceType and its endpoint, which are not written.
const source: MessageSource = {
  eventSourceType: 'RocketMQ',
  prefix: { key: 'rocketmq', flag: 'rocketmq' },
  required: ['InstanceId', 'Topic', 'GroupID'],
  parameters: (values) => ({
    InstanceId: text(values, 'rocketmqInstance'),
    Topic: text(values, 'rocketmqTopic'),
    GroupID: text(values, 'rocketmqGroup'),
    Offset: ROCKETMQ_OFFSETS[text(values, 'rocketmqOffset') as keyof typeof ROCKETMQ_OFFSETS],
  }),
};

const shared = messageSourceSpec(source);

export default defineTrigger(messages, {
  id: 'rocketmq',
  aliases: ['rmq'],
  languages: LANGUAGE_IDS,
  claims: 'a push of CloudEvents of type `mq:Topic:SendMessage`',
  gives: '`messages: [{topic, messageId, tags, keys, properties, body}]`',
  sampleEvents: ['rocketmq.json'],
  ...shared,
  settings: [
    { key: 'rocketmqInstance', flag: 'rocketmq-instance', kind: 'text', default: 'MQ_INST_example', check: mqInstanceId },
    { key: 'rocketmqTopic', flag: 'rocketmq-topic', kind: 'text', default: 'my-topic', check: mqName },
    { key: 'rocketmqGroup', flag: 'rocketmq-group', kind: 'text', default: 'GID_my_group', check: mqName },
    { key: 'rocketmqOffset', flag: 'rocketmq-offset', kind: 'choice', choices: Object.keys(ROCKETMQ_OFFSETS), default: 'latest' },
    ...shared.settings,
  ],
  triggerName: 'rocketmq-trigger',
});
