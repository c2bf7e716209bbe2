'use strict';

exports.decode = decode;
exports.handle = handle;

const { pushedEventsOfType, dataOf } = require('../lib/cloud-events');
const { parseJsonOrText } = require('../lib/json');
const { isoFromMillis } = require('../lib/time');

exports.id = 'kafka';

/** Recognises a push of Kafka records: CloudEvents of type `alikafka:Topic:Message`, as objects or as their JSON texts. */
function decode(raw, json) {
  return pushedEventsOfType(json, 'alikafka:Topic:Message');
}

/** Reports each record with its place in the topic, its value parsed when it is JSON. */
function handle(events) {
  return {
    trigger: 'kafka',
    records: events.map((event) => {
      const data = dataOf(event);
      const number = (value) => (typeof value === 'number' ? value : null);
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
