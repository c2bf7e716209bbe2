import { cdnDomain } from '../../../generators/core/validators.js';
import { defineTrigger, list, roleSetting, text } from '../../../generators/core/catalog/triggers/types.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

export const CDN_EVENTS = [
  'LogFileCreated',
  'CachedObjectsRefreshed',
  'CachedObjectsPushed',
  'CachedObjectsBlocked',
  'CdnDomainStarted',
  'CdnDomainStopped',
  'CdnDomainAdded',
  'CdnDomainDeleted',
] as const;

export default defineTrigger(messages, {
  id: 'cdn_events',
  aliases: ['cdn'],
  languages: LANGUAGE_IDS,
  claims: '`{events: [...]}` with `eventSource: "cdn"`',
  gives: '`events: [{name, domain, time, detail}]`; `detail` for `LogFileCreated` = `{logFileUrl, sizeBytes, window: {start, end}}` (ISO-8601 UTC from seconds), for `CachedObjects*` = `{paths, objectType, taskId}`, for `CdnDomainStarted/Stopped` = `{status}`, otherwise `{}`',
  functionType: 'event',
  sampleEvents: ['cdn_events.json'],
  invocationRole: { defaultName: 'aliyuncdneventnotificationrole', setting: 'cdnRole' },
  settings: [
    { key: 'cdnDomain', flag: 'cdn-domain', kind: 'list', default: ['cdn.example.com'], check: cdnDomain },
    { key: 'cdnEvent', flag: 'cdn-event', kind: 'choice', choices: CDN_EVENTS, default: 'LogFileCreated' },
    roleSetting('cdnRole', 'cdn-role'),
  ],
  requiredConfig: ['eventName', 'eventVersion', 'notes', 'filter.domain'],
  sourceArnPrefix: 'acs:cdn:*:',
  triggerName: 'cdn-events-trigger',
  deployment: (values, deploy) => ({
    type: 'cdn_events',
    sourceArn: `acs:cdn:*:${deploy.accountId}`,
    config: {
      eventName: text(values, 'cdnEvent'),
      // 1.0.0 is the only event version CDN has.
      eventVersion: '1.0.0',
      notes: `${text(values, 'cdnEvent')} events`,
      filter: { domain: list(values, 'cdnDomain') },
    },
  }),
});
