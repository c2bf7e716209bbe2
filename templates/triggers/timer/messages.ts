import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the timer trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'Timer (cron schedule)',
    inList: 'timers',
    summary: 'runs on a cron schedule (UTC unless CRON_TZ is given) with a fixed payload',
    settings: {
      cron: { message: 'Cron expression (seconds first, UTC)' },
      timerPayload: { message: 'Payload the timer sends (event.payload)' },
    },
  },
  'zh-CN': {
    label: '定时（cron 表达式）',
    inList: '定时',
    summary: '按 cron 表达式定时运行（未指定 CRON_TZ 时为 UTC），发送固定的 payload',
    settings: {
      cron: { message: 'Cron 表达式（秒在最前，UTC）' },
      timerPayload: { message: '定时触发器的触发消息（event.payload）' },
    },
  },
} as const satisfies TriggerMessages;
