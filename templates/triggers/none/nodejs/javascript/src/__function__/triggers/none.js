'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject } = require('../lib/json');

exports.id = 'none';

/** Recognises anything: an API/SDK call carries whatever payload its caller chose (JSON, text, or nothing). */
function decode(raw, json) {
  if (json !== undefined) return { payload: json };
  const text = raw.toString('utf8');
  return { payload: text.trim() === '' ? null : text };
}

/** Greets the `name` the payload gives, or the world. */
function handle({ payload }) {
  const name = isObject(payload) && typeof payload.name === 'string' && payload.name !== '' ? payload.name : 'world';
  return { trigger: 'none', received: payload, message: `Hello, ${name}!` };
}
