'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject } = require('../lib/json');

exports.id = 'oss';

/** Recognises an OSS notification: `{events: [...]}` whose events all come from `acs:oss`. */
function decode(raw, json) {
  return isOssNotification(json) ? json : undefined;
}

function isOssNotification(json) {
  const events = isObject(json) ? json.events : undefined;
  return Array.isArray(events) && events.length > 0 && events.every((event) => isObject(event) && event.eventSource === 'acs:oss');
}

/** Lists the objects the notification is about and adds up their sizes. */
function handle(notification) {
  const objects = notification.events.map((event) => {
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
