import { cdnDomain } from '../../validators.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { list, roleSetting, text } from './types.js';

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

export const cdnEventsTrigger = {
  id: 'cdn_events',
  aliases: ['cdn'],
  get label() { return t('trigger.cdn_events.label'); },
  get summary() { return t('trigger.cdn_events.summary'); },
  functionType: 'event',
  sampleEvents: ['cdn_events.json'],
  invocationRole: { defaultName: 'aliyuncdneventnotificationrole', setting: 'cdnRole' },
  settings: [
    { key: 'cdnDomain', flag: 'cdn-domain', get message() { return t('setting.cdnDomain.message'); }, kind: 'list', default: ['cdn.example.com'], check: cdnDomain },
    { key: 'cdnEvent', flag: 'cdn-event', get message() { return t('setting.cdnEvent.message'); }, kind: 'choice', choices: CDN_EVENTS, default: 'LogFileCreated' },
    roleSetting('cdnRole', 'cdn-role', 'setting.cdnRole.message'),
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
} as const satisfies TriggerDefinition;
