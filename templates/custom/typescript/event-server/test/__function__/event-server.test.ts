import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { handledBy, readSampleEvent, sampleEventFiles, triggerIds } from './function-under-test';

type LogMethod = (...message: unknown[]) => void;

/** What src/<function>/server.ts exports, as far as this test uses it. */
interface ServerModule {
  createServer(): Server;
  contextFromHeaders(headers: IncomingHttpHeaders): {
    tracing: { parseOpenTracingBaggages(): Record<string, string> };
    logger: Record<'debug' | 'info' | 'warn' | 'error' | 'log', LogMethod>;
  };
}

// Tests live in test/<function>/, so their folder names the function they test.
const serverFile = path.resolve(__dirname, '..', '..', 'src', path.basename(__dirname), 'server');

const triggers = triggerIds();
// `none` accepts any event, so without it an event no trigger recognises is an error.
const acceptsAnything = triggers.includes('none');

/** The trigger a sample event file belongs to (`invoke.json` is an API/SDK call). */
const triggerOfFile = (file: string): string => (file === 'invoke.json' ? 'none' : file.replace(/\.(json|cbor)$/, ''));

// Every sample event in the project (other functions' triggers too), with the trigger that should answer it:
// its own when this function has it, else `none`, else no trigger at all (undefined: an error).
const samples: [string, string | undefined][] = sampleEventFiles()
  .filter((file) => file.endsWith('.json') || file === 'tablestore.cbor')
  .map((file) => {
    const own = triggerOfFile(file);
    return [file, triggers.includes(own) ? own : acceptsAnything ? 'none' : undefined];
  });

const REQUEST_ID = 'c0ffee00-1234-4abc-9def-0123456789ab';
const BAGGAGES = { tenant: 'acme' };

// What FC sends with every call on a custom runtime.
const FC_HEADERS: Record<string, string> = {
  'Content-Type': 'application/octet-stream',
  'x-fc-control-path': '/invoke',
  'x-fc-request-id': REQUEST_ID,
  'x-fc-access-key-id': 'test-key-id',
  'x-fc-access-key-secret': 'test-key-secret',
  'x-fc-security-token': 'test-token',
  'x-fc-function-name': 'test-function',
  'x-fc-function-handler': 'index.handler',
  'x-fc-function-memory': '512',
  'x-fc-function-timeout': '60',
  'x-fc-service-name': 'test-service',
  'x-fc-qualifier': 'LATEST',
  'x-fc-region': 'cn-hangzhou',
  'x-fc-account-id': '1234567890123456',
  'x-fc-tracing-opentracing-span-baggages': Buffer.from(JSON.stringify(BAGGAGES)).toString('base64'),
};

let server: Server;
let baseUrl: string;
let contextFromHeaders: ServerModule['contextFromHeaders'];
let log: MockInstance<typeof console.log>;

beforeAll(async () => {
  // The server logs each invocation; keep test output quiet (the spies still record it).
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const serverModule = (await import(serverFile)) as ServerModule;
  contextFromHeaders = serverModule.contextFromHeaders;
  server = serverModule.createServer();
  // Port 0: the system picks a free port.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  // fetch keeps connections open; close them so close() need not wait for them to time out.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  vi.restoreAllMocks();
});

/** Makes a real HTTP request; resolves with the status, the `x-fc-status` header and the parsed JSON body. */
async function call(method: string, target: string, body?: Buffer | string, headers: Record<string, string> = FC_HEADERS) {
  const response = await fetch(new URL(target, baseUrl), { method, headers, body });
  const text = await response.text();
  return { status: response.status, fcStatus: response.headers.get('x-fc-status'), body: text === '' ? undefined : JSON.parse(text) };
}

describe('event server', () => {
  it.each(samples.filter(([, trigger]) => trigger !== undefined))('answers POST /invoke of %s with the result of trigger %s', async (file, trigger) => {
    const response = await call('POST', '/invoke', readSampleEvent(file));
    expect(response.status).toBe(200);
    expect(handledBy(response.body)).toBe(trigger);
  });

  it.each(samples.filter(([, trigger]) => trigger === undefined))('answers POST /invoke of %s, which no trigger of this function recognises, with 500', async (file) => {
    const response = await call('POST', '/invoke', readSampleEvent(file));
    expect(response).toEqual({ status: 500, fcStatus: '404', body: { error: expect.stringContaining('Unrecognised event') } });
  });

  if (acceptsAnything) {
    it('hands an event no other trigger recognises to none', async () => {
      const response = await call('POST', '/invoke', 'not an event');
      expect(response).toEqual({ status: 200, fcStatus: null, body: { trigger: 'none', received: 'not an event', message: 'Hello, world!' } });
    });
  } else {
    it('answers 500 with x-fc-status 404 and the error when no trigger recognises the event', async () => {
      const response = await call('POST', '/invoke', 'not an event');
      expect(response.status).toBe(500);
      expect(response.fcStatus).toBe('404');
      expect(response.body.error).toContain('Unrecognised event');
      for (const trigger of triggers) expect(response.body.error).toContain(trigger);
    });
  }

  it('logs the start and end of each invocation with its request id', async () => {
    log.mockClear();
    const [file] = samples.find(([, trigger]) => trigger !== undefined) ?? ['invoke.json'];
    await call('POST', '/invoke', readSampleEvent(file));
    const lines = log.mock.calls.map((args) => args.join(' '));
    expect(lines).toEqual(expect.arrayContaining([`FC Invoke Start RequestId: ${REQUEST_ID}`, `FC Invoke End RequestId: ${REQUEST_ID}`]));
  });

  it('answers 200 to POST /initialize', async () => {
    expect((await call('POST', '/initialize', undefined, { 'x-fc-request-id': REQUEST_ID })).status).toBe(200);
  });

  it.each([
    ['GET', '/invoke'],
    ['POST', '/missing'],
    ['GET', '/'],
  ])('answers 404 to %s %s', async (method, target) => {
    expect(await call(method, target)).toEqual({ status: 404, fcStatus: null, body: { error: 'Not found', path: target } });
  });
});

describe('the context handed to the handler', () => {
  it('carries what the x-fc-* headers say, in the shape of FC’s Node.js context', () => {
    const context = contextFromHeaders(Object.fromEntries(Object.entries(FC_HEADERS).map(([name, value]) => [name.toLowerCase(), value])));
    expect(context).toMatchObject({
      requestId: REQUEST_ID,
      credentials: { accessKeyId: 'test-key-id', accessKeySecret: 'test-key-secret', securityToken: 'test-token' },
      function: { name: 'test-function', handler: 'index.handler', memory: 512, timeout: 60 },
      service: { name: 'test-service', logProject: '', logStore: '', qualifier: 'LATEST', versionId: '' },
      region: 'cn-hangzhou',
      accountId: '1234567890123456',
      tracing: { spanContext: '', jaegerEndpoint: '', spanBaggages: BAGGAGES },
    });
    expect(context.tracing.parseOpenTracingBaggages()).toEqual(BAGGAGES);
    for (const level of ['debug', 'info', 'warn', 'error', 'log'] as const) expect(context.logger[level]).toEqual(expect.any(Function));
  });

  it('has a logger that prefixes each line with the time, the request id and the level', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    contextFromHeaders({ 'x-fc-request-id': REQUEST_ID }).logger.info('hello');
    expect(info.mock.calls[0].join(' ')).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z ${REQUEST_ID} \\[INFO\\] hello$`));
  });
});
