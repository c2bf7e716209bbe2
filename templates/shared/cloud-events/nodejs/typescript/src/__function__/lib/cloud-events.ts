import { isObject, parseJson } from './json';

/** A CloudEvents 1.0 event as EventBridge pushes it (the fields the triggers read). */
export interface CloudEvent {
  specversion: string;
  id?: string;
  source?: string;
  type?: string;
  subject?: string;
  time?: string;
  aliyunpublishtime?: string;
  data?: unknown;
}

/**
 * The events of one push from an event stream: an array of CloudEvents (a batch), one event, or an
 * array of their JSON texts, as older Kafka pushes sent them (aliyun/fc-runtime-go-sdk,
 * events/README_KAFKA_EVENTBRIDGE.md). Undefined when any element is not a CloudEvent.
 */
export function pushedEvents(json: unknown): CloudEvent[] | undefined {
  const items = Array.isArray(json) ? json : [json];
  const events = items.map((item) => (typeof item === 'string' ? parseJson(item) : item));
  return events.length > 0 && events.every(isCloudEvent) ? (events as CloudEvent[]) : undefined;
}

/** The pushed events when every one is of `type` (each message source has its own: `alikafka:Topic:Message`). */
export function pushedEventsOfType(json: unknown, type: string): CloudEvent[] | undefined {
  const events = pushedEvents(json);
  return events?.every((event) => event.type === type) ? events : undefined;
}

function isCloudEvent(event: unknown): event is CloudEvent {
  return isObject(event) && typeof event.specversion === 'string';
}

/** The `data` of an event when it is a JSON object, else an empty one. */
export function dataOf(event: CloudEvent): Record<string, unknown> {
  return isObject(event.data) ? event.data : {};
}

/** The text after `marker` in a subject (`acs:mns:…:queues/orders` → `orders`), or null. */
export function subjectTail(event: CloudEvent, marker: string): string | null {
  const subject: unknown = event.subject;
  const at = typeof subject === 'string' ? subject.lastIndexOf(marker) : -1;
  return at >= 0 ? (subject as string).slice(at + marker.length) : null;
}
