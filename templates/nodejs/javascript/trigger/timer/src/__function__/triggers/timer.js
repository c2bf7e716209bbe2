'use strict';

const { isObject, parseJsonOrText } = require('../lib/json');

exports.id = 'timer';

/** Recognises a timer event: `{triggerTime, triggerName, payload?}`. */
exports.decode = (raw, json) =>
  isObject(json) && typeof json.triggerTime === 'string' && typeof json.triggerName === 'string' ? json : undefined;

/** Reports which timer fired and when, with its configured payload (parsed when it is JSON). */
exports.handle = (event) => ({
  trigger: 'timer',
  triggerName: event.triggerName,
  firedAt: event.triggerTime,
  payload: typeof event.payload === 'string' ? parseJsonOrText(event.payload) : event.payload ?? null,
});
