import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Tests live in test/<function>/, so their folder names the function they test.
const serverFile = path.resolve(__dirname, '..', '..', 'src', path.basename(__dirname), 'server');

let server;
let baseUrl;

beforeAll(async () => {
  const { createServer } = await import(serverFile);
  server = createServer();
  // Port 0: the system picks a free port.
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

afterAll(async () => {
  // fetch keeps connections open; close them so close() need not wait for them to time out.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Makes a real HTTP request; resolves with the status, content type and parsed JSON body. */
async function call(method, target, body) {
  const headers = body === undefined ? {} : { 'Content-Type': 'application/json' };
  const response = await fetch(new URL(target, baseUrl), { method, headers, body });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

const JSON_TYPE = /^application\/json(;|$)/;

describe('web server', () => {
  it('greets on GET /', async () => {
    const response = await call('GET', '/');
    expect(response).toEqual({
      status: 200,
      contentType: expect.stringMatching(JSON_TYPE),
      body: { message: 'Hello, world!', method: 'GET', path: '/', query: {} },
    });
  });

  it('greets the name in the query', async () => {
    const { status, body } = await call('GET', '/?name=Ada');
    expect({ status, body }).toEqual({ status: 200, body: { message: 'Hello, Ada!', method: 'GET', path: '/', query: { name: 'Ada' } } });
  });

  it.each([
    ['an empty name', '/?name=', { name: '' }],
    ['a repeated name', '/?name=Ada&name=Grace', { name: ['Ada', 'Grace'] }],
  ])('greets the world for %s', async (_, target, query) => {
    const { status, body } = await call('GET', target);
    expect({ status, body }).toEqual({ status: 200, body: { message: 'Hello, world!', method: 'GET', path: '/', query } });
  });

  it('echoes the JSON body on POST /echo', async () => {
    const response = await call('POST', '/echo', JSON.stringify({ order: { id: 42, items: ['tea'] } }));
    expect(response).toEqual({
      status: 200,
      contentType: expect.stringMatching(JSON_TYPE),
      body: { received: { order: { id: 42, items: ['tea'] } } },
    });
  });

  it.each([
    ['a body that is not JSON', '{"order":'],
    ['an empty body', ''],
    ['no body', undefined],
  ])('answers 400 to POST /echo with %s', async (_, body) => {
    expect(await call('POST', '/echo', body)).toEqual({
      status: 400,
      contentType: expect.stringMatching(JSON_TYPE),
      body: { error: 'The request body is not valid JSON' },
    });
  });

  it.each([
    ['GET', '/missing'],
    ['GET', '/echo'],
    ['DELETE', '/'],
  ])('answers 404 to %s %s', async (method, target) => {
    expect(await call(method, target)).toEqual({
      status: 404,
      contentType: expect.stringMatching(JSON_TYPE),
      body: { error: 'Not found', path: target },
    });
  });
});
