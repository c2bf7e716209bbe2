'use strict';

exports.parseJson = parseJson;
exports.parseJsonOrText = parseJsonOrText;
exports.isObject = isObject;

/** The value of JSON text, or undefined when the text is not JSON. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** JSON text parsed, any other text as it is: timer payloads and MNS messages may be either. */
function parseJsonOrText(text) {
  const value = parseJson(text);
  return value === undefined ? text : value;
}

/** True for a JSON object (not null, not an array). */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
