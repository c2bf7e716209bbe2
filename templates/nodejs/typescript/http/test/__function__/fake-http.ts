import { Readable } from 'node:stream';

export interface FakeRequestOptions {
  method?: string;
  path?: string;
  queries?: Record<string, string>;
  headers?: Record<string, string>;
  /** The body, as one chunk or several. */
  body?: string | string[];
  /** Put the body in `request.body` and leave the stream empty, as some runtimes do. */
  prefilled?: boolean;
}

/**
 * A request shaped like FC 2.0's: a readable stream of the body with headers, path, queries, method, clientIP and url.
 * With `prefilled`, the body is in `request.body` and the stream is empty, as some runtimes do it.
 */
export function fakeRequest(options: FakeRequestOptions) {
  const { method = 'GET', path = '/', queries = {}, headers = {}, body, prefilled = false } = options;
  const chunks = body === undefined || prefilled ? [] : ([] as string[]).concat(body).map((chunk) => Buffer.from(chunk));
  const search = new URLSearchParams(queries).toString();
  const fields = { method, path, queries, headers, clientIP: '203.0.113.7', url: search ? `${path}?${search}` : path };
  const bodyField = prefilled && body !== undefined ? { body: Buffer.from(([] as string[]).concat(body).join('')) } : {};
  return Object.assign(Readable.from(chunks), fields, bodyField);
}

/** A response with FC 2.0's methods that records what the handler sets; `sent` settles when send() is called. */
export function fakeResponse() {
  let markSent: () => void = () => {};
  let markMisused: (error: Error) => void = () => {};
  // Rejects `sent` as well as throwing: a throw inside the handler's promise callbacks would go unseen.
  const fail = (message: string): never => {
    const error = new Error(message);
    markMisused(error);
    throw error;
  };
  const response = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as string | undefined,
    sent: new Promise<void>((resolve, reject) => {
      markSent = resolve;
      markMisused = reject;
    }),
    setStatusCode(statusCode: number): void {
      response.statusCode = statusCode;
    },
    setHeader(name: string, value: string): void {
      response.headers[name.toLowerCase()] = value;
    },
    deleteHeader(name: string): void {
      delete response.headers[name.toLowerCase()];
    },
    // FC's send takes exactly one argument, the body; catch the `send(null, body)` slip.
    send(...args: unknown[]): void {
      if (args.length !== 1) fail(`response.send takes one argument, got ${args.length}`);
      if (response.body !== undefined) fail('response.send called twice');
      response.body = Buffer.isBuffer(args[0]) ? args[0].toString('utf8') : String(args[0]);
      markSent();
    },
  };
  return response;
}
