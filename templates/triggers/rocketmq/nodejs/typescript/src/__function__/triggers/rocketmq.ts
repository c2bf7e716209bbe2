import { dataOf, pushedEventsOfType, type CloudEvent } from '../lib/cloud-events';
import { isObject, parseJsonOrText } from '../lib/json';

export interface RocketmqMessage {
  topic: string | null;
  messageId: string | null;
  tags: string | null;
  keys: string | null;
  properties: Record<string, unknown>;
  body: unknown;
}

export interface RocketmqResult {
  trigger: 'rocketmq';
  messages: RocketmqMessage[];
}

export const id = 'rocketmq';

/** Recognises a push of RocketMQ messages: CloudEvents of type `mq:Topic:SendMessage`. */
export function decode(raw: Buffer, json: unknown): CloudEvent[] | undefined {
  return pushedEventsOfType(json, 'mq:Topic:SendMessage');
}

/** Reports each message with its tags, keys and user properties, its body parsed when it is JSON. */
export function handle(events: CloudEvent[]): RocketmqResult {
  return {
    trigger: 'rocketmq',
    messages: events.map((event) => {
      const data = dataOf(event);
      const system = isObject(data.systemProperties) ? data.systemProperties : {};
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      return {
        topic: text(data.topic),
        // UNIQ_KEY is the message id RocketMQ gives a message.
        messageId: text(system.UNIQ_KEY),
        tags: text(system.TAGS),
        keys: text(system.KEYS),
        properties: isObject(data.userProperties) ? data.userProperties : {},
        body: typeof data.body === 'string' ? parseJsonOrText(data.body) : null,
      };
    }),
  };
}
