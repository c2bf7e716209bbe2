import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the mqtt trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'ApsaraMQ for MQTT messages',
    inList: 'MQTT',
    summary: 'messages devices publish to an MQTT topic, pushed in batches',
    settings: {
      mqttInstance: { message: 'MQTT instance id' },
      mqttTopic: { message: 'MQTT parent topic' },
    },
  },
  'zh-CN': {
    label: '云消息队列 MQTT 版消息',
    inList: 'MQTT',
    summary: '设备发布到 MQTT Topic 的消息，批量推送',
    settings: {
      mqttInstance: { message: 'MQTT 实例 ID' },
      mqttTopic: { message: 'MQTT 父级主题（Topic）' },
    },
  },
} as const satisfies TriggerMessages;
