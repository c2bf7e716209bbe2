import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the kafka trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'ApsaraMQ for Kafka messages',
    inList: 'Kafka',
    summary: 'records of a Kafka topic, read by a consumer group and pushed in batches',
    settings: {
      kafkaInstance: { message: 'Kafka instance id' },
      kafkaTopic: { message: 'Kafka topic' },
      kafkaGroup: { message: 'Kafka consumer group' },
      kafkaOffset: { message: 'Where a new consumer group starts', choices: { latest: 'At the newest record', earliest: 'At the oldest record kept' } },
    },
  },
  'zh-CN': {
    label: '云消息队列 Kafka 版消息',
    inList: 'Kafka',
    summary: 'Kafka Topic 的消息，由消费者分组读取并批量推送',
    settings: {
      kafkaInstance: { message: 'Kafka 实例 ID' },
      kafkaTopic: { message: 'Kafka 主题（Topic）' },
      kafkaGroup: { message: 'Kafka 消费者分组（Group）' },
      kafkaOffset: { message: '新消费者分组的消费位点', choices: { latest: '从最新消息开始', earliest: '从最早保留的消息开始' } },
    },
  },
} as const satisfies TriggerMessages;
