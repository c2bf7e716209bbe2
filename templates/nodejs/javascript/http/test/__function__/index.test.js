import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeContext } from './fake-context.js';
import { fakeRequest, fakeResponse } from './fake-http.js';

// Tests live in test/<function>/, so their folder names the function they test; Node's require loads it as FC does.
const testDir = path.dirname(fileURLToPath(import.meta.url));
const { handler } = createRequire(import.meta.url)(path.resolve(testDir, '..', '..', 'src', path.basename(testDir), 'index.js'));

/** Sends a fake request through the handler; resolves with the status, headers and parsed JSON body. */
async function call(request) {
  const response = fakeResponse();
  handler(fakeRequest(request), response, fakeContext());
  await response.sent;
  return { status: response.statusCode, contentType: response.headers['content-type'], body: JSON.parse(response.body) };
}

describe('HTTP handler', () => {
  it('greets on GET /', async () => {
    expect(await call({ method: 'GET', path: '/' })).toEqual({
      status: 200,
      contentType: 'application/json',
      body: { message: 'Hello, world!', method: 'GET', path: '/', query: {} },
    });
  });

  it('greets the name in the query', async () => {
    const { body } = await call({ method: 'GET', path: '/', queries: { name: 'Ada' } });
    expect(body).toEqual({ message: 'Hello, Ada!', method: 'GET', path: '/', query: { name: 'Ada' } });
  });

  it('echoes a JSON body read from the request stream on POST /echo', async () => {
    const body = ['{"order":', '{"id":42,"items":["tea"]}}'];
    expect(await call({ method: 'POST', path: '/echo', body })).toEqual({
      status: 200,
      contentType: 'application/json',
      body: { received: { order: { id: 42, items: ['tea'] } } },
    });
  });

  it('echoes a JSON body the runtime filled in as request.body', async () => {
    const { status, body } = await call({ method: 'POST', path: '/echo', body: '{"ping":true}', prefilled: true });
    expect({ status, body }).toEqual({ status: 200, body: { received: { ping: true } } });
  });

  it.each([
    ['a body that is not JSON', '{"ping":'],
    ['an empty body', undefined],
  ])('answers 400 to POST /echo with %s', async (_, body) => {
    const response = await call({ method: 'POST', path: '/echo', body });
    expect(response).toMatchObject({ status: 400, contentType: 'application/json' });
    expect(response.body.error).toEqual(expect.any(String));
  });

  it.each([
    ['GET', '/missing'],
    ['GET', '/echo'],
    ['DELETE', '/'],
  ])('answers 404 to %s %s', async (method, requestPath) => {
    expect(await call({ method, path: requestPath })).toEqual({
      status: 404,
      contentType: 'application/json',
      body: { error: 'Not found', path: requestPath },
    });
  });
});
