'use strict';

// FC 3.0 HTTP triggers on built-in runtimes: the request becomes an event (format v1) and the handler's
// result becomes the response (https://www.alibabacloud.com/help/en/functioncompute/fc/http-trigger-invoking-function).

// Bodies of these types reach the handler as text; any other body is base64 with isBase64Encoded true.
const TEXT_TYPES = [/^text\//, /^application\/(.+\+)?json/, /^application\/(.+\+)?xml/, /^application\/javascript/, /^application\/x-www-form-urlencoded/];

function isTextBody(contentType, body) {
  if (body.length === 0) return true;
  const type = String(contentType || '').toLowerCase();
  return TEXT_TYPES.some((pattern) => pattern.test(type));
}

/** Joins repeated names' values with commas, as FC does for headers and query parameters. */
function joinRepeated(pairs) {
  const joined = {};
  for (const [name, value] of pairs) joined[name] = name in joined ? `${joined[name]},${value}` : value;
  return joined;
}

/**
 * The event an HTTP trigger sends for `request`: {method, target (path?query as sent), headerPairs, body,
 * sourceIp, host, requestId}.
 */
function httpEvent(request, now = new Date()) {
  const url = new URL(request.target, 'http://localhost');
  const headers = joinRepeated(request.headerPairs.map(([name, value]) => [canonicalHeaderName(name), value]));
  const text = isTextBody(headers['Content-Type'], request.body);
  return {
    version: 'v1',
    rawPath: url.pathname,
    body: text ? request.body.toString('utf8') : request.body.toString('base64'),
    isBase64Encoded: !text,
    headers,
    queryParameters: joinRepeated(url.searchParams),
    requestContext: {
      accountId: process.env.FC_ACCOUNT_ID || '',
      domainName: request.host,
      domainPrefix: String(request.host).split('.')[0].split(':')[0],
      http: {
        method: request.method,
        path: safeDecode(url.pathname),
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['User-Agent'] || '',
      },
      requestId: request.requestId,
      time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      timeEpoch: String(now.getTime()),
    },
  };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** FC 3.0 canonicalises header names as Go does: `content-type` reaches the handler as `Content-Type`. */
function canonicalHeaderName(name) {
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (match, dash, letter) => dash + letter.toUpperCase());
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The response for a handler's result `{bytes, json}`: an object (or JSON text, as Python and PHP handlers
 * return it) with a numeric statusCode is {statusCode, headers, body, isBase64Encoded}; anything else is
 * sent as it is with 200.
 */
function httpResponse(result) {
  const value = parseJson(result.bytes.toString('utf8'));
  if (value && typeof value === 'object' && typeof value.statusCode === 'number') {
    const body = value.body === undefined || value.body === null ? '' : typeof value.body === 'string' ? value.body : JSON.stringify(value.body);
    return {
      statusCode: value.statusCode,
      headers: value.headers && typeof value.headers === 'object' ? value.headers : {},
      body: value.isBase64Encoded === true ? Buffer.from(body, 'base64') : Buffer.from(body),
    };
  }
  return { statusCode: 200, headers: result.json ? { 'content-type': 'application/json' } : {}, body: result.bytes };
}

module.exports = { httpEvent, httpResponse, isTextBody, canonicalHeaderName };
