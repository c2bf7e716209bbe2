'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject, parseJson } = require('../lib/json');

exports.id = 'http';

/**
 * Recognises an FC 3.0 HTTP trigger event (format `v1`): `{version, rawPath, headers, queryParameters, body,
 * isBase64Encoded, requestContext: {http: {method, path, ...}, ...}}`.
 */
function decode(raw, json) {
  return isHttpEvent(json) ? json : undefined;
}

function isHttpEvent(json) {
  return isObject(json) && json.version === 'v1' && isObject(json.requestContext) && isObject(json.requestContext.http);
}

/**
 * Routes the request like the HTTP function: `GET /` greets, `POST /echo` returns the JSON body it was sent,
 * anything else is 404. Returns the response for FC to send: `{statusCode, headers, isBase64Encoded, body}`.
 */
function handle(event) {
  const request = event.requestContext.http;
  const method = String(request.method ?? '').toUpperCase();
  // `path` is decoded; `rawPath` is the path as sent (URL-encoded).
  const path = typeof request.path === 'string' ? request.path : String(event.rawPath ?? '');
  if (method === 'GET' && path === '/') {
    // FC joins a repeated query parameter's values with commas.
    const query = isObject(event.queryParameters) ? event.queryParameters : {};
    const name = typeof query.name === 'string' && query.name !== '' ? query.name : 'world';
    return jsonResponse(200, { message: `Hello, ${name}!`, method, path, query });
  }
  if (method === 'POST' && path === '/echo') {
    const received = parseJson(bodyText(event));
    if (received === undefined) return jsonResponse(400, { error: 'The request body is not valid JSON' });
    return jsonResponse(200, { received });
  }
  return jsonResponse(404, { error: 'Not found', path });
}

/** The request body as text: FC base64-encodes a body it takes for binary and says so in `isBase64Encoded`. */
function bodyText(event) {
  const body = typeof event.body === 'string' ? event.body : '';
  return event.isBase64Encoded === true ? Buffer.from(body, 'base64').toString('utf8') : body;
}

function jsonResponse(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, isBase64Encoded: false, body: JSON.stringify(body) };
}
