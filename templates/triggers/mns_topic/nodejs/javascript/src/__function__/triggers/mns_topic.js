'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject, parseJsonOrText } = require('../lib/json');
const { isoFromMillis } = require('../lib/time');

exports.id = 'mns_topic';

/** Recognises an MNS topic message in the JSON notify format: `{TopicName, MessageId, Message, PublishTime, ...}`. */
function decode(raw, json) {
  return isMnsNotification(json) ? json : undefined;
}

function isMnsNotification(json) {
  return isObject(json) && typeof json.TopicName === 'string' && typeof json.MessageId === 'string' && typeof json.Message === 'string';
}

/** Reports the topic message, its body parsed when it is JSON. */
function handle(notification) {
  return {
    trigger: 'mns_topic',
    topic: notification.TopicName,
    messageId: notification.MessageId,
    publishedAt: isoFromMillis(notification.PublishTime),
    message: parseJsonOrText(notification.Message),
  };
}
