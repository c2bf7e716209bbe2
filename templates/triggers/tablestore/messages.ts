import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the tablestore trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'Tablestore stream',
    inList: 'Tablestore',
    summary: 'rows written to a Tablestore table with Stream enabled, delivered as CBOR',
    settings: {
      otsInstance: { message: 'Tablestore instance' },
      otsTable: { message: 'Tablestore table (Stream enabled)' },
      otsRole: { message: 'Existing RAM role (name or ARN) Tablestore invokes the function with; empty: the deploy creates or reuses one' },
    },
  },
  'zh-CN': {
    label: '表格存储Tablestore Stream',
    inList: 'Tablestore',
    summary: '写入已开启 Stream 的 Tablestore 数据表的行，以 CBOR 格式投递',
    settings: {
      otsInstance: { message: '表格存储Tablestore 实例' },
      otsTable: { message: 'Tablestore 数据表（已开启 Stream）' },
      otsRole: { message: '表格存储Tablestore 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个' },
    },
  },
} as const satisfies TriggerMessages;
