import { isObject, parseJsonOrText } from '../lib/json';
import { isoFromMillis } from '../lib/time';

/** An MNS topic message in the JSON notify format (the fields used here). */
export interface MnsNotification {
  TopicName: string;
  MessageId: string;
  Message: string;
  /** Unix milliseconds. */
  PublishTime?: number;
}

export interface MnsResult {
  trigger: 'mns_topic';
  topic: string;
  messageId: string;
  publishedAt: string | null;
  message: unknown;
}

export const id = 'mns_topic';

/** Recognises an MNS topic message in the JSON notify format: `{TopicName, MessageId, Message, PublishTime, ...}`. */
export function decode(raw: Buffer, json: unknown): MnsNotification | undefined {
  return isMnsNotification(json) ? json : undefined;
}

function isMnsNotification(json: unknown): json is MnsNotification {
  return isObject(json) && typeof json.TopicName === 'string' && typeof json.MessageId === 'string' && typeof json.Message === 'string';
}

/** Reports the topic message, its body parsed when it is JSON. */
export function handle(notification: MnsNotification): MnsResult {
  return {
    trigger: 'mns_topic',
    topic: notification.TopicName,
    messageId: notification.MessageId,
    publishedAt: isoFromMillis(notification.PublishTime),
    message: parseJsonOrText(notification.Message),
  };
}
