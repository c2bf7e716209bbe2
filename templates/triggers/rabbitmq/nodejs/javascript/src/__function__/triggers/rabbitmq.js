'use strict';

exports.decode = decode;
exports.handle = handle;

const { pushedEventsOfType, dataOf, subjectTail } = require('../lib/cloud-events');
const { isObject, parseJsonOrText } = require('../lib/json');

exports.id = 'rabbitmq';

/** Recognises a push of RabbitMQ messages: CloudEvents of type `amqp:Queue:SendMessage`. */
function decode(raw, json) {
  return pushedEventsOfType(json, 'amqp:Queue:SendMessage');
}

/** Reports each message with its delivery details; a JSON body arrives parsed, a text body is parsed when it is JSON. */
function handle(events) {
  return {
    trigger: 'rabbitmq',
    messages: events.map((event) => {
      const data = dataOf(event);
      const envelope = isObject(data.envelope) ? data.envelope : {};
      const props = isObject(data.props) ? data.props : {};
      return {
        queue: subjectTail(event, 'queues/'),
        exchange: typeof envelope.exchange === 'string' ? envelope.exchange : null,
        routingKey: typeof envelope.routingKey === 'string' ? envelope.routingKey : null,
        deliveryTag: typeof envelope.deliveryTag === 'number' ? envelope.deliveryTag : null,
        redelivered: envelope.redeliver === true,
        messageId: typeof props.messageId === 'string' ? props.messageId : null,
        body: typeof data.body === 'string' ? parseJsonOrText(data.body) : (data.body ?? null),
      };
    }),
  };
}
