import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the mns_queue trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'MNS queue messages (EventBridge)',
    inList: 'MNS queues',
    summary: 'messages sent to a Message Service (MNS) queue, pushed in batches',
    settings: { mnsQueueName: { message: 'MNS queue' } },
  },
  'zh-CN': {
    label: '轻量消息队列（原 MNS）队列消息（事件总线）',
    inList: '轻量消息队列（原 MNS）队列',
    summary: '发送到轻量消息队列（原 MNS）队列的消息，批量推送',
    settings: { mnsQueueName: { message: '轻量消息队列（原 MNS）队列' } },
  },
} as const satisfies TriggerMessages;
