import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the eventbridge trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'EventBridge events',
    inList: 'EventBridge',
    summary: 'CloudEvents from Alibaba Cloud services on the default event bus',
    settings: {
      eventbridgeSource: { message: 'Event source to subscribe to' },
    },
  },
  'zh-CN': {
    label: '事件总线EventBridge 事件',
    inList: 'EventBridge',
    summary: '默认事件总线上来自阿里云服务的 CloudEvents 事件',
    settings: {
      eventbridgeSource: { message: '要订阅的事件源' },
    },
  },
} as const satisfies TriggerMessages;
