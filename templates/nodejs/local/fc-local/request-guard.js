'use strict';

// What the dev server takes in and sends back. FC's front end takes a request body of at most 32 MB,
// headers of at most 8 KB and a path and query of at most 4 KB (400 InvalidArgument), and sends
// response headers of at most 8 KB (else 502 BadResponse); the dev server applies the same limits.
// It answers this machine only: a function runs with the developer's environment and credentials,
// so a request whose Host is not localhost (DNS rebinding) or whose Origin is another site (a web
// page open in the browser) is refused before anything runs.
const http = require('node:http');

const LIMITS = { body: 32 * 1024 * 1024, headers: 8 * 1024, target: 4 * 1024 };
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** A request the dev server will not run, with the status and reason it answers. */
class Refusal extends Error {
  constructor(statusCode, message) {
    super(message);
    this.statusCode = statusCode;
  }
}

/** Whether `authority` (a Host value, or an Origin without its scheme) names this machine on the dev server's port. */
function isLocal(authority, port) {
  const value = String(authority).toLowerCase();
  return LOOPBACK_NAMES.some((name) => value === `${name}:${port}` || (Number(port) === 80 && value === name));
}

/** Why a request is refused before its body is read, or undefined. */
function refusal(incoming, port) {
  const host = incoming.headers.host;
  if (host === undefined || !isLocal(host, port)) {
    return new Refusal(403, `Host ${JSON.stringify(host ?? '')} is not this machine: the dev server answers http://localhost:${port} only`);
  }
  // A sandboxed page or a file sends Origin "null", which is no site of this machine either.
  const origin = incoming.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && isLocal(origin.slice('http://'.length), port))) {
    return new Refusal(403, `Origin ${JSON.stringify(origin)} is another site: the dev server answers pages of http://localhost:${port} only`);
  }
  const headerBytes = incoming.rawHeaders.reduce((sum, item) => sum + Buffer.byteLength(item) + 2, 0);
  if (headerBytes > LIMITS.headers) return new Refusal(400, `InvalidArgument: the request headers are ${headerBytes} bytes; FC takes at most ${LIMITS.headers}`);
  if (Buffer.byteLength(incoming.url) > LIMITS.target) return new Refusal(400, `InvalidArgument: the path and query are over ${LIMITS.target} bytes, FC's limit`);
  if (Number(incoming.headers['content-length']) > LIMITS.body) return new Refusal(400, `InvalidArgument: the request body is over ${LIMITS.body} bytes, FC's limit`);
  return undefined;
}

/** The request body, at most LIMITS.body bytes; rejects with a Refusal when it is larger, cut off or malformed. */
function readBody(incoming) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    incoming.on('data', (chunk) => {
      size += chunk.length;
      if (size <= LIMITS.body) chunks.push(chunk);
      else {
        reject(new Refusal(400, `InvalidArgument: the request body is over ${LIMITS.body} bytes, FC's limit`));
        incoming.resume();
      }
    });
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('aborted', () => reject(new Refusal(400, 'the request was cut off before its body ended')));
    incoming.on('error', (error) => reject(new Refusal(400, `the request body could not be read: ${error.message}`)));
  });
}

/** A JSON answer. */
function jsonAnswer(statusCode, value, headers = {}) {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(JSON.stringify(value)) };
}

/**
 * The answer as it can be sent: a status outside 100-599, a header name or value HTTP cannot carry
 * (CR, LF, a space in a name) or headers over FC's 8 KB become a 502 naming what was wrong, as FC
 * answers a response it cannot pass on; nothing of the function's answer is written raw.
 */
function sendable(answer) {
  const problems = [];
  if (!Number.isInteger(answer.statusCode) || answer.statusCode < 100 || answer.statusCode > 599) problems.push(`status code ${JSON.stringify(answer.statusCode)}`);
  let headerBytes = 0;
  for (const [name, value] of Object.entries(answer.headers || {})) {
    for (const item of [].concat(value)) {
      headerBytes += Buffer.byteLength(name) + Buffer.byteLength(String(item)) + 4;
      try {
        http.validateHeaderName(name);
        http.validateHeaderValue(name, String(item));
      } catch {
        problems.push(`header ${JSON.stringify(name)}`);
      }
    }
  }
  if (headerBytes > LIMITS.headers) problems.push(`headers of ${headerBytes} bytes (FC sends at most ${LIMITS.headers})`);
  if (problems.length === 0) return answer;
  return jsonAnswer(502, { error: `BadResponse: the function answered what HTTP cannot carry: ${[...new Set(problems)].join(', ')}` }, { 'x-fc-error-type': 'BadResponse' });
}

module.exports = { LIMITS, Refusal, jsonAnswer, readBody, refusal, sendable };
