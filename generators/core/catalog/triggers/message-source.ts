import { batchSize, batchWindow, deadLetterArn } from '../../validators.js';
import type { DeployContext, SettingSpec, SettingValues, TriggerDeployment } from './types.js';
import { text } from './types.js';

/**
 * A message source: a queue or stream FC reads through an EventBridge event stream and pushes to
 * the function as an `eventbridge` trigger with an event-source type (FC 3.0 API EventSourceConfig;
 * the same config on FC 2.0, which fc-deploy passes through). Every source here runs in
 * event-streaming mode, the one all six support, so the function receives a batch: a JSON array
 * of CloudEvents (FC 3.0 API RunOptions.mode).
 */
export interface MessageSource {
  /** `eventSourceConfig.eventSourceType`. */
  eventSourceType: 'MNS' | 'RocketMQ' | 'RabbitMQ' | 'Kafka' | 'MQTT' | 'DTS';
  /** What the source's setting keys and flags start with: `{key: 'mnsQueue', flag: 'mns-queue'}` → `mnsQueueBatchSize`, `--mns-queue-batch-size`. */
  prefix: { key: string; flag: string };
  /** The source's own `source<Type>Parameters`, PascalCase as the API spells them. */
  parameters(values: SettingValues, deploy: DeployContext): Record<string, unknown>;
  /** The parameters the API and the components' docs mark required (fc3 and fc docs, triggers.md), checked before anything is written. */
  required: readonly string[];
}

/** How a failed batch is retried (RetryStrategy.PushRetryStrategy): 3 tries 10-20 s apart, or 176 over about a day. */
const RETRY_STRATEGIES = { backoff: 'BACKOFF_RETRY', exponential: 'EXPONENTIAL_DECAY_RETRY' } as const;

const key = (source: Pick<MessageSource, 'prefix'>, name: string) => `${source.prefix.key}${name}`;

/** The delivery settings every message source has: batch size and window, retries, dead-letter target. */
function deliverySettings(source: Pick<MessageSource, 'prefix'>): SettingSpec[] {
  return [
    { key: key(source, 'BatchSize'), flag: `${source.prefix.flag}-batch-size`, messageKey: 'setting.batchSize.message', kind: 'text', default: '10', check: batchSize },
    { key: key(source, 'BatchWindow'), flag: `${source.prefix.flag}-batch-window`, messageKey: 'setting.batchWindow.message', kind: 'text', default: '3', check: batchWindow },
    { key: key(source, 'Retry'), flag: `${source.prefix.flag}-retry`, messageKey: 'setting.retry.message', kind: 'choice', choices: Object.keys(RETRY_STRATEGIES), default: 'backoff' },
    { key: key(source, 'DeadLetter'), flag: `${source.prefix.flag}-dead-letter`, messageKey: 'setting.deadLetter.message', kind: 'text', default: '', check: deadLetterArn },
  ];
}

/** The s.yaml trigger of a message source: the same config on both generations (fc3 docs and fc docs, triggers.md). */
function messageSourceDeployment(source: MessageSource, values: SettingValues, deploy: DeployContext): TriggerDeployment {
  const deadLetter = text(values, key(source, 'DeadLetter'));
  const retry = text(values, key(source, 'Retry')) as keyof typeof RETRY_STRATEGIES;
  return {
    type: 'eventbridge',
    config: {
      triggerEnable: true,
      // false in every example of fc and fc3; the API's docs disagree on which mode true names.
      asyncInvocationType: false,
      // An event stream reads only its own source, so nothing is filtered out.
      eventRuleFilterPattern: '{}',
      eventSinkConfig: { deliveryOption: { mode: 'event-streaming', eventSchema: 'CloudEvents' } },
      runOptions: {
        mode: 'event-streaming',
        batchWindow: { CountBasedWindow: Number(text(values, key(source, 'BatchSize'))), TimeBasedWindow: Number(text(values, key(source, 'BatchWindow'))) },
        retryStrategy: { PushRetryStrategy: RETRY_STRATEGIES[retry] },
        // After the retries a batch goes to the dead-letter target, or is dropped without one; either way the stream moves on.
        errorsTolerance: 'ALL',
        ...(deadLetter ? { deadLetterQueue: { Arn: deadLetter } } : {}),
      },
      eventSourceConfig: {
        eventSourceType: source.eventSourceType,
        eventSourceParameters: { [`source${source.eventSourceType}Parameters`]: { RegionId: deploy.region, ...source.parameters(values, deploy) } },
      },
    },
  };
}

/** The config a message source's s.yaml must have on both generations: what fc3's schema requires, and the push's batch. */
const MESSAGE_SOURCE_CONFIG = ['triggerEnable', 'asyncInvocationType', 'eventRuleFilterPattern', 'eventSinkConfig.deliveryOption', 'runOptions.mode', 'runOptions.batchWindow.CountBasedWindow', 'eventSourceConfig.eventSourceType', 'eventSourceConfig.eventSourceParameters'];

/** The parts of a message source's trigger folder that are the same for every source. */
export function messageSourceSpec(source: MessageSource) {
  return {
    eventSourceType: source.eventSourceType,
    // Reading a push of CloudEvents: a batch, one event, or their JSON texts.
    sharedCode: ['cloud-events'],
    functionType: 'event',
    settings: deliverySettings(source),
    requiredConfig: [...MESSAGE_SOURCE_CONFIG, ...source.required.map((name) => `eventSourceConfig.eventSourceParameters.source${source.eventSourceType}Parameters.${name}`)],
    deployment: (values: SettingValues, deploy: DeployContext) => messageSourceDeployment(source, values, deploy),
  } as const;
}
