import { describe, expect, it } from 'vitest';
import { invokeHandler, loadTrigger, readSampleEvent, sampleEventFiles, triggerIds } from './function-under-test';

const sample = (): Record<string, any> => JSON.parse(readSampleEvent('http.json').toString('utf8'));
const orderJson = '{"orderId":"o-20261120-0042","items":["book","pen"]}';

/** The sample event (POST /echo) with a new method, path (both `requestContext.http.path` and `rawPath`) and top-level fields. */
function httpEvent({ method, path, ...fields }: { method?: string; path?: string; [field: string]: unknown }): Buffer {
  const event = { ...sample(), ...fields };
  if (method !== undefined) event.requestContext.http.method = method;
  if (path !== undefined) {
    event.requestContext.http.path = path;
    event.rawPath = path;
  }
  return Buffer.from(JSON.stringify(event));
}

/** Runs the handler on an event; resolves with the response, its JSON body parsed. */
async function call(event: Buffer) {
  const response = await invokeHandler(event);
  return { ...response, body: JSON.parse(response.body) };
}

const jsonHeaders = { 'Content-Type': 'application/json' };

/** The value of JSON text, or undefined, as decoders receive it. */
function parseOrUndefined(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

describe('http trigger (FC 3.0)', () => {
  it('echoes the JSON body of the sample POST /echo', async () => {
    expect(await call(readSampleEvent('http.json'))).toEqual({
      statusCode: 200,
      headers: jsonHeaders,
      isBase64Encoded: false,
      body: { received: { orderId: 'o-20261120-0042', items: ['book', 'pen'] } },
    });
  });

  it('greets the name in the query on GET /', async () => {
    const event = httpEvent({ method: 'GET', path: '/', queryParameters: { name: 'Ada' }, body: '' });
    expect(await call(event)).toEqual({
      statusCode: 200,
      headers: jsonHeaders,
      isBase64Encoded: false,
      body: { message: 'Hello, Ada!', method: 'GET', path: '/', query: { name: 'Ada' } },
    });
  });

  it('greets the world on GET / without a name', async () => {
    const { statusCode, body } = await call(httpEvent({ method: 'GET', path: '/', body: '' }));
    expect({ statusCode, body }).toEqual({ statusCode: 200, body: { message: 'Hello, world!', method: 'GET', path: '/', query: { lang: 'en' } } });
  });

  it('decodes a base64-encoded body before parsing it', async () => {
    const event = httpEvent({ body: Buffer.from(orderJson).toString('base64'), isBase64Encoded: true });
    expect(await call(event)).toEqual({
      statusCode: 200,
      headers: jsonHeaders,
      isBase64Encoded: false,
      body: { received: { orderId: 'o-20261120-0042', items: ['book', 'pen'] } },
    });
  });

  it.each([
    ['a body that is not JSON', '{"orderId":'],
    ['an empty body', ''],
  ])('answers 400 to POST /echo with %s', async (_, body) => {
    expect(await call(httpEvent({ body }))).toEqual({
      statusCode: 400,
      headers: jsonHeaders,
      isBase64Encoded: false,
      body: { error: 'The request body is not valid JSON' },
    });
  });

  it.each([
    ['GET', '/missing'],
    ['GET', '/echo'],
    ['DELETE', '/'],
  ])('answers 404 to %s %s', async (method, path) => {
    expect(await call(httpEvent({ method, path }))).toEqual({
      statusCode: 404,
      headers: jsonHeaders,
      isBase64Encoded: false,
      body: { error: 'Not found', path },
    });
  });

  it('routes on rawPath when the request context has no path', async () => {
    const event = sample();
    delete event.requestContext.http.path;
    const { statusCode, body } = await call(Buffer.from(JSON.stringify(event)));
    expect({ statusCode, body }).toEqual({ statusCode: 200, body: { received: { orderId: 'o-20261120-0042', items: ['book', 'pen'] } } });
  });

  it('leaves every other sample event to its own trigger', async () => {
    const http = await loadTrigger('http');
    const others = sampleEventFiles().filter((file) => file !== 'http.json');
    for (const file of others) {
      const raw = readSampleEvent(file);
      expect(http.decode(raw, parseOrUndefined(raw)), file).toBeUndefined();
    }
  });

  it('is the only trigger of this function (besides none) that recognises an HTTP event', async () => {
    const raw = readSampleEvent('http.json');
    for (const id of triggerIds().filter((triggerId) => triggerId !== 'http' && triggerId !== 'none')) {
      const trigger = await loadTrigger(id);
      expect(trigger.decode(raw, parseOrUndefined(raw)), id).toBeUndefined();
    }
  });
});
