import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the none trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'No trigger (API/SDK calls)',
    inList: 'API/SDK calls',
    summary: 'invoked directly with InvokeFunction from an SDK, the CLI or another service',
    settings: {
    },
  },
  'zh-CN': {
    label: '无触发器（API/SDK 调用）',
    inList: 'API/SDK 调用',
    summary: '由 SDK、CLI 或其他服务通过 InvokeFunction 直接调用',
    settings: {
    },
  },
} as const satisfies TriggerMessages;
