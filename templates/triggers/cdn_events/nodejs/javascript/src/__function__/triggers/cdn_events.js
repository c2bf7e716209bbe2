'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject } = require('../lib/json');
const { isoFromSeconds } = require('../lib/time');

exports.id = 'cdn_events';

/** Recognises a CDN event notification: `{events: [...]}` whose events all come from `cdn`. */
function decode(raw, json) {
  return isCdnNotification(json) ? json : undefined;
}

function isCdnNotification(json) {
  const events = isObject(json) ? json.events : undefined;
  return Array.isArray(events) && events.length > 0 && events.every((event) => isObject(event) && event.eventSource === 'cdn');
}

/** Summarises each CDN event with the details that matter for its kind. */
function handle(notification) {
  return {
    trigger: 'cdn_events',
    events: notification.events.map((event) => {
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
function detailOf(eventName, parameter) {
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
