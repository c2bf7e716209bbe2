import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the log trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'Simple Log Service (SLS)',
    inList: 'Log Service',
    summary: 'new logs in a Logstore, delivered in batches at an interval',
    settings: {
      logProject: { message: 'Log Service project' },
      logstore: { message: 'Logstore the trigger reads' },
      logRole: { message: 'Existing RAM role (name or ARN) Log Service invokes the function with; empty: the deploy creates or reuses one' },
    },
  },
  'zh-CN': {
    label: '日志服务SLS',
    inList: '日志服务SLS',
    summary: 'Logstore 中的新日志，按时间间隔分批投递',
    settings: {
      logProject: { message: '日志项目（Project）' },
      logstore: { message: '触发器读取的 Logstore' },
      logRole: { message: '日志服务SLS 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个' },
    },
  },
} as const satisfies TriggerMessages;
