import type { TriggerMessages } from '../../../generators/core/catalog/triggers/types.js';

/** What the cdn_events trigger says, in each language the tool speaks. */
export const messages = {
  en: {
    label: 'CDN events',
    inList: 'CDN',
    summary: 'CDN log files, cache refreshes and domain changes',
    settings: {
      cdnDomain: { message: 'Accelerated domain(s)' },
      cdnEvent: {
        message: 'CDN event',
        choices: {
          LogFileCreated: 'An access log file is ready',
          CachedObjectsRefreshed: 'Cached files or folders were refreshed',
          CachedObjectsPushed: 'Files were prefetched into the cache',
          CachedObjectsBlocked: 'Cached files were blocked',
          CdnDomainStarted: 'A domain was enabled',
          CdnDomainStopped: 'A domain was disabled',
          CdnDomainAdded: 'A domain was added',
          CdnDomainDeleted: 'A domain was deleted',
        },
      },
      cdnRole: { message: 'Existing RAM role (name or ARN) CDN invokes the function with; empty: the deploy creates or reuses one' },
    },
  },
  'zh-CN': {
    label: 'CDN 事件',
    inList: 'CDN',
    summary: 'CDN 日志文件、缓存刷新和域名变更',
    settings: {
      cdnDomain: { message: '加速域名（可多个）' },
      cdnEvent: {
        message: 'CDN 事件',
        choices: {
          LogFileCreated: '访问日志文件已生成',
          CachedObjectsRefreshed: '缓存的文件或目录已刷新',
          CachedObjectsPushed: '文件已预热到缓存',
          CachedObjectsBlocked: '缓存的文件已被屏蔽',
          CdnDomainStarted: '域名已启用',
          CdnDomainStopped: '域名已停用',
          CdnDomainAdded: '域名已添加',
          CdnDomainDeleted: '域名已删除',
        },
      },
      cdnRole: { message: 'CDN 调用函数所用的已有 RAM 角色（名称或 ARN）；留空：部署时创建或复用一个' },
    },
  },
} as const satisfies TriggerMessages;
