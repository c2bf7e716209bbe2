import { dataOf, pushedEventsOfType, type CloudEvent } from '../lib/cloud-events';
import { parseJsonOrText } from '../lib/json';
import { isoFromMillis } from '../lib/time';

export interface KafkaRecord {
  topic: string | null;
  partition: number | null;
  offset: number | null;
  timestamp: string | null;
  key: string | null;
  value: unknown;
}

export interface KafkaResult {
  trigger: 'kafka';
  records: KafkaRecord[];
}

export const id = 'kafka';

/** Recognises a push of Kafka records: CloudEvents of type `alikafka:Topic:Message`, as objects or as their JSON texts. */
export function decode(raw: Buffer, json: unknown): CloudEvent[] | undefined {
  return pushedEventsOfType(json, 'alikafka:Topic:Message');
}

/** Reports each record with its place in the topic, its value parsed when it is JSON. */
export function handle(events: CloudEvent[]): KafkaResult {
  return {
    trigger: 'kafka',
    records: events.map((event) => {
      const data = dataOf(event);
      const number = (value: unknown) => (typeof value === 'number' ? value : null);
      return {
        topic: typeof data.topic === 'string' ? data.topic : null,
        partition: number(data.partition),
        offset: number(data.offset),
        // timestamp is in milliseconds.
        timestamp: isoFromMillis(data.timestamp),
        key: typeof data.key === 'string' ? data.key : null,
        value: typeof data.value === 'string' ? parseJsonOrText(data.value) : (data.value ?? null),
      };
    }),
  };
}
