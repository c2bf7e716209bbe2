import { dataOf, pushedEventsOfType, subjectTail, type CloudEvent } from '../lib/cloud-events';
import { parseJsonOrText } from '../lib/json';

export interface MnsQueueMessage {
  queue: string | null;
  messageId: string | null;
  publishedAt: string | null;
  body: unknown;
}

export interface MnsQueueResult {
  trigger: 'mns_queue';
  messages: MnsQueueMessage[];
}

export const id = 'mns_queue';

/** Recognises a push of MNS queue messages: CloudEvents of type `mns:Queue:SendMessage`. */
export function decode(raw: Buffer, json: unknown): CloudEvent[] | undefined {
  return pushedEventsOfType(json, 'mns:Queue:SendMessage');
}

/** Reports each message, its body parsed when it is JSON. */
export function handle(events: CloudEvent[]): MnsQueueResult {
  return {
    trigger: 'mns_queue',
    messages: events.map((event) => {
      const data = dataOf(event);
      return {
        queue: subjectTail(event, 'queues/'),
        messageId: typeof data.messageId === 'string' ? data.messageId : null,
        publishedAt: event.aliyunpublishtime ?? event.time ?? null,
        body: typeof data.messageBody === 'string' ? parseJsonOrText(data.messageBody) : null,
      };
    }),
  };
}
