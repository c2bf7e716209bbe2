'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject } = require('../lib/json');

exports.id = 'eventbridge';

/** Recognises CloudEvents 1.0 from EventBridge: one event (service events) or an array of them (queue and stream sources). */
function decode(raw, json) {
  const events = Array.isArray(json) ? json : [json];
  return events.length > 0 && events.every(isCloudEvent) ? events : undefined;
}

function isCloudEvent(event) {
  return isObject(event) && typeof event.specversion === 'string';
}

/** Lists each event's envelope and data. */
function handle(events) {
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
