import type { MessageKey } from './en.js';

/**
 * 简体中文 messages. Terms follow Alibaba Cloud's own Chinese documentation of Function Compute
 * (函数计算, 事件函数, HTTP函数, Web函数, 触发器, 自定义运行时, 地域).
 */
export const ZH_CN: Readonly<Record<MessageKey, string>> = {
  // ---- section: questions and the command line ----
  'lang.invalid': '无效的 --lang：{value}。可选值：{choices}。',

  // ---- section: catalogs and the recommendation ----
  'catalog.placeholder': '占位',

  // ---- section: writing, checks and next steps ----
  'write.placeholder': '占位',

  // ---- end of sections ----
};
