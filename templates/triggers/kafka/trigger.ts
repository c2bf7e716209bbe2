import { mqInstanceId, mqName } from '../../../generators/core/validators.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { messageSourceSpec, type MessageSource } from '../../../generators/core/catalog/triggers/message-source.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

/** Where a new consumer group starts (SourceKafkaParameters.OffsetReset). */
export const KAFKA_OFFSETS = ['latest', 'earliest'] as const;

// FC 3.0 API SourceKafkaParameters; the Kafka trigger fc3's end-to-end test deploys (__tests__/e2e/trigger/eb/s.yaml).
const source: MessageSource = {
  eventSourceType: 'Kafka',
  prefix: { key: 'kafka', flag: 'kafka' },
  required: ['InstanceId', 'Topic', 'ConsumerGroup', 'OffsetReset'],
  parameters: (values) => ({
    InstanceId: text(values, 'kafkaInstance'),
    Topic: text(values, 'kafkaTopic'),
    ConsumerGroup: text(values, 'kafkaGroup'),
    OffsetReset: text(values, 'kafkaOffset'),
  }),
};

const shared = messageSourceSpec(source);

export default defineTrigger(messages, {
  id: 'kafka',
  aliases: [],
  languages: LANGUAGE_IDS,
  claims: 'a push of CloudEvents of type `alikafka:Topic:Message`',
  gives: '`records: [{topic, partition, offset, timestamp, key, value}]` (`timestamp` ISO-8601 UTC from ms)',
  sampleEvents: ['kafka.json'],
  ...shared,
  settings: [
    { key: 'kafkaInstance', flag: 'kafka-instance', kind: 'text', default: 'alikafka-cn-example', check: mqInstanceId },
    { key: 'kafkaTopic', flag: 'kafka-topic', kind: 'text', default: 'my-topic', check: mqName },
    { key: 'kafkaGroup', flag: 'kafka-group', kind: 'text', default: 'my-group', check: mqName },
    { key: 'kafkaOffset', flag: 'kafka-offset', kind: 'choice', choices: KAFKA_OFFSETS, default: 'latest' },
    ...shared.settings,
  ],
  triggerName: 'kafka-trigger',
});
