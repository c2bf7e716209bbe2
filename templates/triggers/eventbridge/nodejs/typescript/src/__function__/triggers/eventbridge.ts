import { isObject } from '../lib/json';

// Not lib/cloud-events: that comes only with the message sources, and a project made before them has
// an eventbridge trigger without it.
/** A CloudEvents 1.0 event as EventBridge delivers it (the fields used here). */
export interface CloudEvent {
  specversion: string;
  id?: string;
  source?: string;
  type?: string;
  subject?: string;
  time?: string;
  data?: unknown;
}

export interface EventSummary {
  id: string | null;
  source: string | null;
  type: string | null;
  subject: string | null;
  time: string | null;
  data: unknown;
}

export interface EventBridgeResult {
  trigger: 'eventbridge';
  events: EventSummary[];
}

export const id = 'eventbridge';

/** Recognises CloudEvents 1.0 from EventBridge: one event (service events) or an array of them (queue and stream sources). */
export function decode(raw: Buffer, json: unknown): CloudEvent[] | undefined {
  const events: unknown[] = Array.isArray(json) ? json : [json];
  return events.length > 0 && events.every(isCloudEvent) ? events : undefined;
}

function isCloudEvent(event: unknown): event is CloudEvent {
  return isObject(event) && typeof event.specversion === 'string';
}

/** Lists each event's envelope and data. */
export function handle(events: CloudEvent[]): EventBridgeResult {
  return {
    trigger: 'eventbridge',
    events: events.map((event) => ({
      id: event.id ?? null,
      source: event.source ?? null,
      type: event.type ?? null,
      subject: event.subject ?? null,
      time: event.time ?? null,
      data: event.data ?? null,
    })),
  };
}
