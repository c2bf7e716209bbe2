'use strict';

const { isObject, parseJsonOrText } = require('../lib/json');
const { isoFromMillis } = require('../lib/time');

exports.id = 'mns_topic';

/** Recognises an MNS topic message in the JSON notify format: `{TopicName, MessageId, Message, PublishTime, ...}`. */
exports.decode = (raw, json) =>
  isObject(json) && typeof json.TopicName === 'string' && typeof json.MessageId === 'string' && typeof json.Message === 'string'
    ? json
    : undefined;

/** Reports the topic message, its body parsed when it is JSON. */
exports.handle = (notification) => ({
  trigger: 'mns_topic',
  topic: notification.TopicName,
  messageId: notification.MessageId,
  publishedAt: isoFromMillis(notification.PublishTime),
  message: parseJsonOrText(notification.Message),
});
