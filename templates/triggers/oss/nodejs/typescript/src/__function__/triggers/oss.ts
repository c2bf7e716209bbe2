import { isObject } from '../lib/json';

/** An OSS event notification (the fields used here; OSS sends more). */
export interface OssNotification {
  events: Array<{
    eventName?: string;
    eventSource: 'acs:oss';
    eventTime?: string;
    oss?: {
      bucket?: { name?: string };
      object?: { key?: string; size?: number; objectMeta?: { mimeType?: string } };
    };
  }>;
}

export interface OssObject {
  bucket: string | null;
  key: string | null;
  size: number;
  eventName: string | null;
  eventTime: string | null;
  contentType: string | null;
}

export interface OssResult {
  trigger: 'oss';
  objects: OssObject[];
  totalBytes: number;
}

export const id = 'oss';

/** Recognises an OSS notification: `{events: [...]}` whose events all come from `acs:oss`. */
export function decode(raw: Buffer, json: unknown): OssNotification | undefined {
  return isOssNotification(json) ? json : undefined;
}

function isOssNotification(json: unknown): json is OssNotification {
  const events = isObject(json) ? json.events : undefined;
  return Array.isArray(events) && events.length > 0 && events.every((event) => isObject(event) && event.eventSource === 'acs:oss');
}

/** Lists the objects the notification is about and adds up their sizes. */
export function handle(notification: OssNotification): OssResult {
  const objects = notification.events.map((event): OssObject => {
    const object = event.oss?.object ?? {};
    return {
      bucket: event.oss?.bucket?.name ?? null,
      key: object.key ?? null,
      // Removal events may carry no size; they count as 0 bytes.
      size: object.size ?? 0,
      eventName: event.eventName ?? null,
      eventTime: event.eventTime ?? null,
      contentType: object.objectMeta?.mimeType ?? null,
    };
  });
  const totalBytes = objects.reduce((sum, object) => sum + object.size, 0);
  return { trigger: 'oss', objects, totalBytes };
}
