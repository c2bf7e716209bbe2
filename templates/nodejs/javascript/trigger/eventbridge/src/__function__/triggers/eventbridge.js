'use strict';

const { isObject } = require('../lib/json');

exports.id = 'eventbridge';

/** Recognises CloudEvents 1.0 from EventBridge: one event (service events) or an array of them (queue and stream sources). */
exports.decode = (raw, json) => {
  const events = Array.isArray(json) ? json : [json];
  const cloudEvents = events.length > 0 && events.every((event) => isObject(event) && typeof event.specversion === 'string');
  return cloudEvents ? events : undefined;
};

/** Lists each event's envelope and data. */
exports.handle = (events) => ({
  trigger: 'eventbridge',
  events: events.map((event) => ({
    id: event.id ?? null,
    source: event.source ?? null,
    type: event.type ?? null,
    subject: event.subject ?? null,
    time: event.time ?? null,
    data: event.data ?? null,
  })),
});
