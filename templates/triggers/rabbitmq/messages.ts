import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the rabbitmq trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'ApsaraMQ for RabbitMQ messages',
    inList: 'RabbitMQ',
    summary: 'messages of a RabbitMQ queue, pushed in batches',
    settings: {
      rabbitmqInstance: { message: 'RabbitMQ instance id' },
      rabbitmqVhost: { message: 'RabbitMQ virtual host' },
      rabbitmqQueue: { message: 'RabbitMQ queue' },
    },
  },
  'zh-CN': {
    label: '云消息队列 RabbitMQ 版消息',
    inList: 'RabbitMQ',
    summary: 'RabbitMQ 队列的消息，批量推送',
    settings: {
      rabbitmqInstance: { message: 'RabbitMQ 实例 ID' },
      rabbitmqVhost: { message: 'RabbitMQ 虚拟主机（Vhost）' },
      rabbitmqQueue: { message: 'RabbitMQ 队列' },
    },
  },
} as const satisfies TriggerMessages;
