import { ossBucketName } from '../../validators.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { list, roleSetting, text } from './types.js';

/** Event names the OSS trigger can subscribe to. */
export const OSS_EVENTS = [
  'oss:ObjectCreated:*',
  'oss:ObjectCreated:PutObject',
  'oss:ObjectCreated:PostObject',
  'oss:ObjectCreated:CompleteMultipartUpload',
  'oss:ObjectCreated:PutSymlink',
  'oss:ObjectCreated:CopyObject',
  'oss:ObjectCreated:InitiateMultipartUpload',
  'oss:ObjectCreated:UploadPart',
  'oss:ObjectCreated:UploadPartCopy',
  'oss:ObjectCreated:AppendObject',
  'oss:ObjectRemoved:DeleteObject',
  'oss:ObjectRemoved:DeleteObjects',
  'oss:ObjectRemoved:AbortMultipartUpload',
  'oss:ObjectModified:UpdateObjectMeta',
] as const;

export const ossTrigger = {
  id: 'oss',
  aliases: [],
  get label() { return t('trigger.oss.label'); },
  get summary() { return t('trigger.oss.summary'); },
  functionType: 'event',
  sampleEvents: ['oss.json'],
  invocationRole: { defaultName: 'aliyunosseventnotificationrole', setting: 'ossRole' },
  settings: [
    { key: 'ossBucket', flag: 'oss-bucket', get message() { return t('setting.ossBucket.message'); }, kind: 'text', default: 'my-bucket', check: ossBucketName },
    { key: 'ossEvents', flag: 'oss-events', get message() { return t('setting.ossEvents.message'); }, kind: 'list', choices: OSS_EVENTS, default: ['oss:ObjectCreated:*'] },
    { key: 'ossPrefix', flag: 'oss-prefix', get message() { return t('setting.ossPrefix.message'); }, kind: 'text', default: '' },
    { key: 'ossSuffix', flag: 'oss-suffix', get message() { return t('setting.ossSuffix.message'); }, kind: 'text', default: '' },
    roleSetting('ossRole', 'oss-role', 'setting.ossRole.message'),
  ],
  requiredConfig: { '2': ['bucketName', 'events', 'filter.Key.Prefix', 'filter.Key.Suffix'], '3': ['events', 'filter.key.prefix', 'filter.key.suffix'] },
  sourceArnPrefix: 'acs:oss:',
  triggerName: 'oss-trigger',
  deployment: (values, deploy) => ({
    type: 'oss',
    sourceArn: `acs:oss:${deploy.region}:${deploy.accountId}:${text(values, 'ossBucket')}`,
    // The legacy component names the bucket in the config too and capitalises the filter keys; fc3 takes the bucket from sourceArn.
    config:
      deploy.fcVersion === '2'
        ? {
            bucketName: text(values, 'ossBucket'),
            events: list(values, 'ossEvents'),
            filter: { Key: { Prefix: text(values, 'ossPrefix'), Suffix: text(values, 'ossSuffix') } },
          }
        : { events: list(values, 'ossEvents'), filter: { key: { prefix: text(values, 'ossPrefix'), suffix: text(values, 'ossSuffix') } } },
  }),
} as const satisfies TriggerDefinition;
