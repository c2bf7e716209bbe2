import { isObject } from '../lib/json';
import { isoFromSeconds } from '../lib/time';

/** A CDN event notification; `eventParameter` differs with the kind of event. */
export interface CdnNotification {
  events: Array<{
    eventName?: string;
    eventSource: 'cdn';
    eventTime?: string;
    resource?: { domain?: string };
    eventParameter?: Record<string, unknown>;
  }>;
}

export interface CdnEventSummary {
  name: string | null;
  domain: unknown;
  time: string | null;
  detail: Record<string, unknown>;
}

export interface CdnResult {
  trigger: 'cdn_events';
  events: CdnEventSummary[];
}

export const id = 'cdn_events';

/** Recognises a CDN event notification: `{events: [...]}` whose events all come from `cdn`. */
export function decode(raw: Buffer, json: unknown): CdnNotification | undefined {
  return isCdnNotification(json) ? json : undefined;
}

function isCdnNotification(json: unknown): json is CdnNotification {
  const events = isObject(json) ? json.events : undefined;
  return Array.isArray(events) && events.length > 0 && events.every((event) => isObject(event) && event.eventSource === 'cdn');
}

/** Summarises each CDN event with the details that matter for its kind. */
export function handle(notification: CdnNotification): CdnResult {
  return {
    trigger: 'cdn_events',
    events: notification.events.map((event): CdnEventSummary => {
      const parameter = isObject(event.eventParameter) ? event.eventParameter : {};
      return {
        name: event.eventName ?? null,
        domain: parameter.domain ?? event.resource?.domain ?? null,
        time: event.eventTime ?? null,
        detail: detailOf(String(event.eventName), parameter),
      };
    }),
  };
}

/** The part of `eventParameter` worth reporting for each kind of CDN event. */
function detailOf(eventName: string, parameter: Record<string, unknown>): Record<string, unknown> {
  if (eventName === 'LogFileCreated') {
    return {
      logFileUrl: parameter.filePath ?? null,
      sizeBytes: parameter.fileSize ?? null,
      window: { start: isoFromSeconds(parameter.startTime), end: isoFromSeconds(parameter.endTime) },
    };
  }
  if (eventName.startsWith('CachedObjects')) {
    return { paths: parameter.objectPath ?? [], objectType: parameter.objectType ?? null, taskId: parameter.taskId ?? null };
  }
  if (eventName === 'CdnDomainStarted' || eventName === 'CdnDomainStopped') {
    return { status: parameter.status ?? null };
  }
  return {};
}
