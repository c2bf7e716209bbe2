'use strict';

exports.decode = decode;
exports.handle = handle;

const { pushedEventsOfType, dataOf } = require('../lib/cloud-events');
const { isObject, parseJsonOrText } = require('../lib/json');

exports.id = 'rocketmq';

/** Recognises a push of RocketMQ messages: CloudEvents of type `mq:Topic:SendMessage`. */
function decode(raw, json) {
  return pushedEventsOfType(json, 'mq:Topic:SendMessage');
}

/** Reports each message with its tags, keys and user properties, its body parsed when it is JSON. */
function handle(events) {
  return {
    trigger: 'rocketmq',
    messages: events.map((event) => {
      const data = dataOf(event);
      const system = isObject(data.systemProperties) ? data.systemProperties : {};
      const text = (value) => (typeof value === 'string' ? value : null);
      return {
        topic: text(data.topic),
        // UNIQ_KEY is the message id RocketMQ gives a message.
        messageId: text(system.UNIQ_KEY),
        tags: text(system.TAGS),
        keys: text(system.KEYS),
        properties: isObject(data.userProperties) ? data.userProperties : {},
        body: typeof data.body === 'string' ? parseJsonOrText(data.body) : null,
      };
    }),
  };
}
