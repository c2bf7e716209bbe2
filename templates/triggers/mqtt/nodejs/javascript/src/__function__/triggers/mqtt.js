'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject, parseJsonOrText } = require('../lib/json');

exports.id = 'mqtt';

/**
 * Recognises a push of MQTT messages by their shape: FC's event page shows each as
 * `{props, body}`, and no document names the CloudEvent type that may wrap it, so a wrapped one is
 * recognised by its data.
 */
function decode(raw, json) {
  const items = Array.isArray(json) ? json : [json];
  const payloads = items.map((item) => (isObject(item) && typeof item.specversion === 'string' ? item.data : item));
  return payloads.length > 0 && payloads.every(isMqttPayload) ? payloads : undefined;
}

function isMqttPayload(payload) {
  return isObject(payload) && isObject(payload.props) && typeof payload.props.firstTopic === 'string' && 'body' in payload;
}

/** Reports each message with its full topic (parent and sub-topic) and sender, its body parsed when it is JSON. */
function handle(payloads) {
  return {
    trigger: 'mqtt',
    messages: payloads.map(({ props, body }) => ({
      topic: props.firstTopic + (typeof props.secondTopic === 'string' ? props.secondTopic : ''),
      clientId: typeof props.clientId === 'string' ? props.clientId : null,
      body: typeof body === 'string' ? parseJsonOrText(body) : (body ?? null),
    })),
  };
}
