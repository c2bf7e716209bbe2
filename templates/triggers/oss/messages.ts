import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the oss trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'OSS object events',
    inList: 'OSS',
    summary: 'objects created, removed or modified in an OSS bucket',
    settings: {
      ossBucket: { message: 'OSS bucket name' },
      ossEvents: { message: 'OSS events' },
      ossPrefix: { message: 'Object key prefix filter (empty for any)' },
      ossSuffix: { message: 'Object key suffix filter (empty for any)' },
      ossRole: { message: 'Existing RAM role (name or ARN) OSS invokes the function with; empty: the deploy creates or reuses one' },
    },
  },
  'zh-CN': {
    label: 'OSS 对象事件',
    inList: 'OSS',
    summary: 'OSS 存储空间中对象的创建、删除或修改',
    settings: {
      ossBucket: { message: 'OSS 存储空间（Bucket）名称' },
      ossEvents: { message: '触发事件' },
      ossPrefix: { message: '对象名前缀过滤（留空表示不限）' },
      ossSuffix: { message: '对象名后缀过滤（留空表示不限）' },
      ossRole: { message: 'OSS 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个' },
    },
  },
} as const satisfies TriggerMessages;
