import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the mns_topic trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'MNS topic messages',
    inList: 'MNS topics',
    summary: 'messages published to a Message Service (MNS) topic',
    settings: {
      mnsTopic: { message: 'MNS topic' },
      mnsRole: { message: 'Existing RAM role (name or ARN) MNS invokes the function with; empty: the deploy creates or reuses one' },
    },
  },
  'zh-CN': {
    label: '轻量消息队列（原 MNS）主题消息',
    inList: '轻量消息队列（原 MNS）主题',
    summary: '发布到轻量消息队列（原 MNS）主题的消息',
    settings: {
      mnsTopic: { message: '轻量消息队列（原 MNS）主题' },
      mnsRole: { message: '轻量消息队列（原 MNS）调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个' },
    },
  },
} as const satisfies TriggerMessages;
