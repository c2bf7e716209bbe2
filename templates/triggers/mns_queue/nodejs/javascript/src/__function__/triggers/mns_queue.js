'use strict';

exports.decode = decode;
exports.handle = handle;

const { pushedEventsOfType, dataOf, subjectTail } = require('../lib/cloud-events');
const { parseJsonOrText } = require('../lib/json');

exports.id = 'mns_queue';

/** Recognises a push of MNS queue messages: CloudEvents of type `mns:Queue:SendMessage`. */
function decode(raw, json) {
  return pushedEventsOfType(json, 'mns:Queue:SendMessage');
}

/** Reports each message, its body parsed when it is JSON. */
function handle(events) {
  return {
    trigger: 'mns_queue',
    messages: events.map((event) => {
      const data = dataOf(event);
      return {
        queue: subjectTail(event, 'queues/'),
        messageId: typeof data.messageId === 'string' ? data.messageId : null,
        publishedAt: event.aliyunpublishtime ?? event.time ?? null,
        body: typeof data.messageBody === 'string' ? parseJsonOrText(data.messageBody) : null,
      };
    }),
  };
}
