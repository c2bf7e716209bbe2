'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject, parseJsonOrText } = require('../lib/json');

exports.id = 'timer';

/** Recognises a timer event: `{triggerTime, triggerName, payload?}`. */
function decode(raw, json) {
  return isTimerEvent(json) ? json : undefined;
}

function isTimerEvent(json) {
  return isObject(json) && typeof json.triggerTime === 'string' && typeof json.triggerName === 'string';
}

/** Reports which timer fired and when, with its configured payload (parsed when it is JSON). */
function handle(event) {
  return {
    trigger: 'timer',
    triggerName: event.triggerName,
    firedAt: event.triggerTime,
    payload: typeof event.payload === 'string' ? parseJsonOrText(event.payload) : event.payload ?? null,
  };
}
