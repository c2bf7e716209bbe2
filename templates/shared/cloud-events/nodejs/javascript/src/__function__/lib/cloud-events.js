'use strict';

exports.pushedEvents = pushedEvents;
exports.pushedEventsOfType = pushedEventsOfType;
exports.dataOf = dataOf;
exports.subjectTail = subjectTail;

const { parseJson, isObject } = require('./json');

/**
 * The events of one push from an event stream: an array of CloudEvents (a batch), one event, or an
 * array of their JSON texts, as older Kafka pushes sent them (aliyun/fc-runtime-go-sdk,
 * events/README_KAFKA_EVENTBRIDGE.md). Undefined when any element is not a CloudEvent.
 */
function pushedEvents(json) {
  const items = Array.isArray(json) ? json : [json];
  const events = items.map((item) => (typeof item === 'string' ? parseJson(item) : item));
  return events.length > 0 && events.every(isCloudEvent) ? events : undefined;
}

/** The pushed events when every one is of `type` (each message source has its own: `alikafka:Topic:Message`). */
function pushedEventsOfType(json, type) {
  const events = pushedEvents(json);
  return events?.every((event) => event.type === type) ? events : undefined;
}

function isCloudEvent(event) {
  return isObject(event) && typeof event.specversion === 'string';
}

/** The `data` of an event when it is a JSON object, else an empty one. */
function dataOf(event) {
  return isObject(event.data) ? event.data : {};
}

/** The text after `marker` in a subject (`acs:mns:…:queues/orders` → `orders`), or null. */
function subjectTail(event, marker) {
  const subject = event.subject;
  const at = typeof subject === 'string' ? subject.lastIndexOf(marker) : -1;
  return at >= 0 ? subject.slice(at + marker.length) : null;
}
