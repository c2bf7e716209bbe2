'use strict';

// Runs one invocation in a process of its own, so every call loads the code as it is now and a
// crashing handler cannot take the dev server down. The parent sends the job, this sends the outcome.
const path = require('node:path');
const { Readable } = require('node:stream');
const { fcContext, functionEnvironment } = require('./context');

process.once('message', ({ fn, job, requestId }) => {
  // Started for --inspect, but Node.js could not listen (another process holds the port): say so rather
  // than run the function with no debugger able to stop it.
  const inspect = process.execArgv.find((arg) => arg.startsWith('--inspect-brk='));
  if (inspect && require('node:inspector').url() === undefined) {
    finish({ ok: false, error: { errorType: 'InspectorUnavailable', errorMessage: `no debugger can attach: ${inspect.slice('--inspect-brk='.length)} is in use; pick another port with --inspect=PORT`, stackTrace: [] } });
    return;
  }
  Object.assign(process.env, functionEnvironment(fn));
  const context = fcContext(fn, requestId);
  run(fn, job, context).then(
    (outcome) => finish({ ok: true, ...outcome }),
    (error) => finish({ ok: false, error: describeError(error) }),
  );
});

process.on('uncaughtException', (error) => finish({ ok: false, error: describeError(error) }));
process.on('unhandledRejection', (error) => finish({ ok: false, error: describeError(error) }));

let finished = false;
function finish(outcome) {
  if (finished) return;
  finished = true;
  process.send(outcome, () => process.exit(0));
}

async function run(fn, job, context) {
  // Each invocation runs in a fresh process, a new instance: its initializer runs first, as FC runs it before an instance's first call.
  if (fn.initializer) await settle((callback) => loadHandler(fn, 'initializer')(context, callback));
  const handler = loadHandler(fn);
  if (job.kind === 'fc2-http') return runHttp(handler, job.request, context);
  return settle((callback) => handler(Buffer.from(job.payload, 'base64'), context, callback)).then((result) => ({ result: encodeResult(result) }));
}

/** `index.handler` is the export `handler` of index.js in the code folder, as FC resolves it. */
function loadHandler(fn, setting = 'handler') {
  const dot = fn[setting].lastIndexOf('.');
  const file = path.join(fn.codeDir, fn[setting].slice(0, dot));
  const exported = fn[setting].slice(dot + 1);
  const handler = require(file)[exported];
  if (typeof handler !== 'function') throw new TypeError(`${fn[setting]}: ${file} exports no function "${exported}"`);
  return handler;
}

/** Settles with the callback's result or the returned promise's, whichever comes first, as FC does. */
function settle(call) {
  return new Promise((resolve, reject) => {
    const callback = (error, result) => (error ? reject(error) : resolve(result));
    const returned = call(callback);
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
}

/** FC 2.0 HTTP function: a request stream with FC's fields, and a response whose send() ends the call. */
function runHttp(handler, request, context) {
  const body = Buffer.from(request.body, 'base64');
  const fcRequest = Object.assign(Readable.from(body.length > 0 ? [body] : []), {
    headers: request.headers,
    path: request.path,
    queries: request.queries,
    method: request.method,
    clientIP: request.clientIP,
    url: request.url,
  });
  return new Promise((resolve, reject) => {
    const response = { statusCode: 200, headers: {} };
    const fcResponse = {
      setStatusCode: (statusCode) => (response.statusCode = Number(statusCode)),
      setHeader: (name, value) => (response.headers[String(name).toLowerCase()] = value),
      deleteHeader: (name) => delete response.headers[String(name).toLowerCase()],
      send: (sent) => resolve({ response: { ...response, body: toBuffer(sent).toString('base64') } }),
    };
    try {
      const returned = handler(fcRequest, fcResponse, context);
      if (returned && typeof returned.then === 'function') returned.catch(reject);
    } catch (error) {
      reject(error);
    }
  });
}

function toBuffer(value) {
  if (Buffer.isBuffer(value)) return value;
  if (value === undefined || value === null) return Buffer.alloc(0);
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
}

/** A result that survives the trip to the parent: Buffers as base64, values as JSON text. */
function encodeResult(result) {
  if (result === undefined || result === null) return { type: 'none' };
  if (Buffer.isBuffer(result)) return { type: 'bytes', base64: result.toString('base64') };
  if (typeof result === 'string') return { type: 'text', text: result };
  return { type: 'json', text: JSON.stringify(result) };
}

function describeError(error) {
  if (error instanceof Error) return { errorType: error.name, errorMessage: error.message, stackTrace: String(error.stack || '').split('\n').slice(1).map((line) => line.trim()) };
  return { errorType: 'Error', errorMessage: String(error), stackTrace: [] };
}
