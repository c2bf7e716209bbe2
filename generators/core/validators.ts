import { t, type MessageKey } from './i18n/index.js';

/**
 * Value checks shared by flags and prompts. Each returns undefined when the value is fine, or a
 * sentence saying what is expected (the caller names the flag and the bad value).
 */
export type Check = (value: string) => string | undefined;

// The sentence is looked up when a value fails, so it is in the language the run chose.
function pattern(regex: RegExp, expected: MessageKey): Check {
  return (value) => (regex.test(value) ? undefined : t(expected));
}

/** FC function, service and trigger names: letters, digits, `_`, `-`; not starting with a digit or `-`; 1–64. */
const fcName = pattern(/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/, 'check.fcName');

// A function's code and tests live in folders named after it; these names are folders that the
// generated .gitignore leaves out, or that pytest and vitest do not look into.
const RESERVED_FOLDER_NAMES = ['bin', 'build', 'cvs', '_darcs', 'dist', 'node_modules', 'obj', 'target', 'vendor', 'venv', '__pycache__'];

/** A function name: an FC name that is not a folder name the project's tools reserve. */
export const functionName: Check = (value) =>
  fcName(value) ??
  (RESERVED_FOLDER_NAMES.includes(value.toLowerCase())
    ? t('check.reservedFolder', { name: value, names: RESERVED_FOLDER_NAMES.join(', ') })
    : undefined);


export const ossBucketName = pattern(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'check.ossBucket');

export const slsProjectName = pattern(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'check.slsProject');

export const slsLogstoreName = pattern(/^[a-z0-9][a-z0-9_-]{0,61}[a-z0-9]$/, 'check.slsLogstore');

const hostName = pattern(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'check.domain');

/** A custom domain answer: `auto`, `none`, or a domain name of one's own. */
export const customDomain: Check = (value) => (value === 'auto' || value === 'none' ? undefined : hostName(value));

export const cdnDomain = pattern(/^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'check.cdnDomain');

export const otsInstanceName = pattern(/^[A-Za-z][A-Za-z0-9-]{1,14}[A-Za-z0-9]$/, 'check.otsInstance');

export const otsTableName = pattern(/^[A-Za-z_][A-Za-z0-9_]{0,254}$/, 'check.otsTable');

export const mnsTopicName = pattern(/^[A-Za-z][A-Za-z0-9-]{0,255}$/, 'check.mnsTopic');

/** A message queue's instance id (MQ_INST_…, alikafka_post-cn-…, amqp-cn-…, mqtt-cn-…, rmq-cn-…). */
export const mqInstanceId = pattern(/^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/, 'check.mqInstance');

/** A topic, queue, group or virtual host name of a message queue. */
export const mqName = pattern(/^[A-Za-z0-9%][A-Za-z0-9_%.-]{0,248}$/, 'check.mqName');

/** An MNS queue name: like a topic's. */
export const mnsQueueName = pattern(/^[A-Za-z][A-Za-z0-9-]{0,119}$/, 'check.mnsQueue');

/** Events per push, 1-10000 (FC 3.0 API BatchWindow.CountBasedWindow). */
export const batchSize: Check = (value) => (/^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 10000 ? undefined : t('check.batchSize'));

/** Seconds to wait for a batch, 0-15 (BatchWindow.TimeBasedWindow). */
export const batchWindow: Check = (value) => (/^\d{1,2}$/.test(value) && Number(value) <= 15 ? undefined : t('check.batchWindow'));

/** Empty, or the ARN of an MNS queue, RocketMQ or Kafka topic or EventBridge bus (RunOptions.deadLetterQueue.Arn). */
export const deadLetterArn: Check = (value) => (value === '' || /^acs:(mns|mq|alikafka|eventbridge):[a-z0-9-]+:\d+:[\x21-\x7e]+$/.test(value) ? undefined : t('check.deadLetterArn'));

/** A DTS subscription address, host:port. */
export const hostAndPort = pattern(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?:\d{1,5}$/, 'check.hostAndPort');

/** A DTS task, consumer group (Sid) or account id. */
export const dtsId = pattern(/^[A-Za-z0-9_-]{1,128}$/, 'check.dtsId');

/** An environment variable's name: where a secret is read from at deploy time. */
export const environmentName = pattern(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'check.environmentName');

/** Unix seconds. */
export const unixSeconds = pattern(/^\d{1,10}$/, 'check.unixSeconds');

export const eventSourceName = pattern(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'check.eventSource');

/** A Container Registry repository prefix: a registry host and one namespace; FC pulls images as <host>/<namespace>/<repository>. */
export const imageRepository = pattern(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?\/(?=[a-z0-9_-]{2,30}$)[a-z0-9]+([_-]+[a-z0-9]+)*$/, 'check.imageRepository');

/** Any text, but not empty. */
export const nonEmpty: Check = (value) => (value.trim() === '' ? t('check.nonEmpty') : undefined);

/** A TCP port for the web server. */
export const port: Check = (value) => {
  if (!/^\d+$/.test(value.trim())) return t('check.port');
  const number = Number(value);
  return number >= 1 && number <= 65535 ? undefined : t('check.port');
};

/** A RAM role: its name (1-64 letters, digits, "." or "-") or its ARN in an account. */
export const ramRole: Check = (value) =>
  value === '' || /^[A-Za-z0-9.-]{1,64}$/.test(value) || /^acs:ram::\d+:role\/[A-Za-z0-9.-]{1,64}$/.test(value)
    ? undefined
    : t('check.ramRole');

/**
 * Text that reaches s.yaml as it was typed. Serverless Devs evaluates `${...}` in every s.yaml value
 * at deploy time (2.x replaces or erases it, 3.x fails on an unknown one) and 3.x also runs `<% %>`
 * template tags; neither has an escape, so such text is refused rather than changed behind the user's back.
 */
export const literalText: Check = (value) =>
  value.includes('${') || value.includes('<%')
    ? t('check.literalText')
    : undefined;
