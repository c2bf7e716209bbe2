// Runs generated handlers on an old Node (the FC runtime's own major) without any test framework:
// ES2020 syntax and Node 14 APIs only. Usage: node node-smoke.cjs <manifest.json>
'use strict';
const fs = require('fs');
const { Readable } = require('stream');

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function fakeContext(name) {
  const log = () => undefined;
  return {
    requestId: 'smoke-request',
    credentials: { accessKeyId: 'id', accessKeySecret: 'secret', securityToken: 'token' },
    function: { name, handler: 'index.handler', memory: 128, timeout: 60 },
    service: { name: 'smoke', logProject: '', logStore: '', qualifier: 'LATEST', versionId: '' },
    region: 'cn-hangzhou',
    accountId: '123456789',
    logger: { debug: log, info: log, warn: log, error: log, log },
  };
}

// FC 2.0 handlers answer through the callback, FC 3.0's async ones through the returned promise.
function invokeEvent(handler, event, context) {
  return new Promise((resolve, reject) => {
    const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
}

// The FC 3.0 HTTP trigger's result is the response itself; every other trigger names itself.
function answered(result, trigger) {
  if (trigger === 'http') return result.statusCode === 200 && typeof JSON.parse(result.body) === 'object';
  return result.trigger === trigger;
}

function invokeHttp(handler, context) {
  const request = Readable.from([Buffer.from('')]);
  Object.assign(request, { method: 'GET', path: '/', url: '/', queries: {}, headers: {}, clientIP: '127.0.0.1' });
  return new Promise((resolve) => {
    const response = {
      statusCode: 200,
      headers: {},
      setStatusCode(code) { this.statusCode = code; },
      setHeader(key, value) { this.headers[key.toLowerCase()] = value; },
      deleteHeader(key) { delete this.headers[key.toLowerCase()]; },
      send(body) { resolve({ statusCode: this.statusCode, headers: this.headers, body: String(body) }); },
    };
    handler(request, response, context);
  });
}

async function main() {
  let checked = 0;
  for (const fn of manifest.functions) {
    const { handler } = require(fn.dir + '/index.js');
    const context = fakeContext(fn.name);
    if (fn.type === 'http') {
      const reply = await invokeHttp(handler, context);
      if (reply.statusCode !== 200 || typeof JSON.parse(reply.body) !== 'object') throw new Error(fn.name + ': GET / gave ' + JSON.stringify(reply));
      checked += 1;
      continue;
    }
    for (const sample of fn.cases) {
      const raw = await invokeEvent(handler, fs.readFileSync(sample.event), context);
      const result = typeof raw === 'string' ? JSON.parse(raw) : raw;
      if (!result || !answered(result, sample.trigger)) throw new Error(fn.name + ': ' + sample.event + ' gave ' + JSON.stringify(result));
      JSON.stringify(result);
      checked += 1;
    }
  }
  console.log('node ' + process.version + ': ' + checked + ' invocations ok');
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
