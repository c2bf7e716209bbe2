// The FC Node.js programming model as types: the context every handler gets, the event handler in
// its callback and async forms, and the FC 2.0 HTTP handler's request and response.
import type { Readable } from 'stream';

/** Writes to the function's log, each line prefixed with the time, request id and level. */
export interface FcLogger {
  debug(...message: unknown[]): void;
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
  log(...message: unknown[]): void;
}

/** The `context` FC passes to every handler. */
export interface FcContext {
  requestId: string;
  /** Temporary STS keys of the service's role. */
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken: string };
  function: { name: string; handler: string; memory: number; timeout: number };
  service: { name: string; logProject: string; logStore: string; qualifier: string; versionId: string };
  region: string;
  accountId: string;
  tracing: {
    spanContext: string;
    jaegerEndpoint: string;
    spanBaggages: Record<string, string>;
    parseOpenTracingBaggages(): Record<string, string>;
  };
  logger: FcLogger;
}

/** Ends an event invocation: with an error, or with a result (FC sends objects as JSON). */
export type FcCallback = (error: Error | null, result?: unknown) => void;

/** An event function's handler; FC passes the raw event as a Buffer. */
export type FcEventHandler = (event: Buffer, context: FcContext, callback: FcCallback) => void;

/** An event function's handler in the async form (FC 3.0, Node.js 18 and later): the returned Promise settles the invocation. */
export type FcAsyncEventHandler = (event: Buffer, context: FcContext) => Promise<unknown>;

/** An HTTP function's request: a readable stream of the body, with these fields. */
export interface FcHttpRequest extends Readable {
  headers: Record<string, string>;
  path: string;
  /** A repeated query parameter is an array. */
  queries: Record<string, string | string[]>;
  method: string;
  clientIP: string;
  url: string;
  /** The whole body, on runtimes that read it before calling the handler. */
  body?: Buffer | string;
}

/** An HTTP function's response. Headers FC manages itself (`content-length`, `date`, `x-fc-*`, ...) are ignored. */
export interface FcHttpResponse {
  setStatusCode(statusCode: number): void;
  setHeader(name: string, value: string): void;
  deleteHeader(name: string): void;
  send(body: Buffer | string | Readable): void;
}

/** An HTTP function's handler. */
export type FcHttpHandler = (request: FcHttpRequest, response: FcHttpResponse, context: FcContext) => void;
