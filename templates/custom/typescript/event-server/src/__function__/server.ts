import http from 'node:http';
import type { FcContext, FcLogger } from './fc-types';
import { handler } from './index';

/**
 * The server FC talks to on a custom runtime: `POST /invoke` hands the raw event to `handler` (./index) and answers
 * its result, `POST /initialize` answers 200, anything else is 404. Not listening yet.
 */
export function createServer(): http.Server {
  return http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('Request failed:', error);
      if (!response.headersSent) send(response, 500, { error: 'Internal server error' });
    });
  });
}

async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method === 'POST' && path === '/invoke') return invoke(request, response);
  if (request.method === 'POST' && path === '/initialize') return initialize(request, response);
  send(response, 404, { error: 'Not found', path });
}

/** One invocation: the body is the event, exactly as FC received it. */
async function invoke(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const event = await readBody(request);
  const context = contextFromHeaders(request.headers);
  console.log(`FC Invoke Start RequestId: ${context.requestId}`);
  try {
    send(response, 200, await handler(event, context));
  } catch (error) {
    context.logger.error(error instanceof Error && error.stack ? error.stack : String(error));
    // `x-fc-status: 404` tells FC the function failed, so the invocation counts as an error.
    send(response, 500, { error: error instanceof Error ? error.message : String(error) }, { 'x-fc-status': '404' });
  } finally {
    console.log(`FC Invoke End RequestId: ${context.requestId}`);
  }
}

/** FC calls this once per instance when an initializer is configured; there is nothing to set up yet. */
async function initialize(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  await readBody(request);
  const requestId = header(request.headers, 'x-fc-request-id');
  console.log(`FC Initialize Start RequestId: ${requestId}`);
  send(response, 200, '');
  console.log(`FC Initialize End RequestId: ${requestId}`);
}

/** The `context` FC's Node.js runtime passes to handlers, built from the `x-fc-*` headers of the request. */
export function contextFromHeaders(headers: http.IncomingHttpHeaders): FcContext {
  const get = (name: string): string => header(headers, name);
  const requestId = get('x-fc-request-id');
  const baggages = parseBaggages(get('x-fc-tracing-opentracing-span-baggages'));
  return {
    requestId,
    credentials: {
      accessKeyId: get('x-fc-access-key-id'),
      accessKeySecret: get('x-fc-access-key-secret'),
      securityToken: get('x-fc-security-token'),
    },
    function: {
      name: get('x-fc-function-name'),
      handler: get('x-fc-function-handler'),
      memory: Number(get('x-fc-function-memory')) || 0,
      timeout: Number(get('x-fc-function-timeout')) || 0,
    },
    service: {
      name: get('x-fc-service-name'),
      logProject: get('x-fc-service-logproject'),
      logStore: get('x-fc-service-logstore'),
      qualifier: get('x-fc-qualifier'),
      versionId: get('x-fc-version-id'),
    },
    region: get('x-fc-region'),
    accountId: get('x-fc-account-id'),
    tracing: {
      spanContext: get('x-fc-tracing-opentracing-span-context'),
      jaegerEndpoint: get('x-fc-tracing-jaeger-endpoint'),
      spanBaggages: baggages,
      parseOpenTracingBaggages: () => baggages,
    },
    logger: consoleLogger(requestId),
  };
}

/** One header's value ('' when absent). */
function header(headers: http.IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The span baggages FC sends as base64 of a JSON object; {} when there are none or they do not decode. */
function parseBaggages(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** A logger like FC's: each line starts with the time, the request id and the level. */
function consoleLogger(requestId: string): FcLogger {
  const writer =
    (print: (...data: unknown[]) => void, level: string) =>
    (...message: unknown[]): void =>
      print(new Date().toISOString(), requestId, `[${level}]`, ...message);
  return {
    debug: writer(console.debug, 'DEBUG'),
    info: writer(console.info, 'INFO'),
    warn: writer(console.warn, 'WARN'),
    error: writer(console.error, 'ERROR'),
    log: writer(console.log, 'INFO'),
  };
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Answers as FC's Node.js runtime does with a handler's result: a Buffer or a string as it is, anything else as JSON. */
function send(response: http.ServerResponse, status: number, result: unknown, headers: Record<string, string> = {}): void {
  // The body first: JSON.stringify may throw (a cycle, a BigInt), and then nothing must have been sent yet.
  const [contentType, body]: [string, Buffer | string] = Buffer.isBuffer(result)
    ? ['application/octet-stream', result]
    : typeof result === 'string'
      ? ['text/plain; charset=utf-8', result]
      : ['application/json; charset=utf-8', result === undefined ? '' : (JSON.stringify(result) ?? '')];
  response.writeHead(status, { ...headers, 'Content-Type': contentType });
  response.end(body);
}

// FC starts this file through bootstrap; tests import createServer() and listen on a free port instead.
if (require.main === module) {
  const port = Number(process.env.FC_SERVER_PORT) || 9000;
  // FC sends requests from outside the instance, so every interface; the local runner (fc-local) asks for loopback.
  const host = process.env.FC_LOCAL_HOST || '0.0.0.0';
  createServer().listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
  // FC stops an instance with SIGTERM; as a container's process 1, Node.js would ignore it.
  process.on('SIGTERM', () => process.exit(0));
}
