import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the rocketmq trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'ApsaraMQ for RocketMQ messages',
    inList: 'RocketMQ',
    summary: 'messages of a RocketMQ topic, read by a consumer group and pushed in batches',
    settings: {
      rocketmqInstance: { message: 'RocketMQ instance id' },
      rocketmqTopic: { message: 'RocketMQ topic' },
      rocketmqGroup: { message: 'RocketMQ consumer group (Group ID)' },
      rocketmqOffset: { message: 'Where a new consumer group starts', choices: { latest: 'At the newest message', earliest: 'At the oldest message kept' } },
    },
  },
  'zh-CN': {
    label: '云消息队列 RocketMQ 版消息',
    inList: 'RocketMQ',
    summary: 'RocketMQ Topic 的消息，由消费者分组读取并批量推送',
    settings: {
      rocketmqInstance: { message: 'RocketMQ 实例 ID' },
      rocketmqTopic: { message: 'RocketMQ 主题（Topic）' },
      rocketmqGroup: { message: 'RocketMQ 消费者分组（Group ID）' },
      rocketmqOffset: { message: '新消费者分组的消费位点', choices: { latest: '从最新消息开始', earliest: '从最早保留的消息开始' } },
    },
  },
} as const satisfies TriggerMessages;
