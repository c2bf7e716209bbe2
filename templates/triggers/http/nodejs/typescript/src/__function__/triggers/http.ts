import { isObject, parseJson } from '../lib/json';

/** The FC 3.0 HTTP trigger's event (format `v1`). FC joins a repeated header's or query parameter's values with commas. */
export interface HttpEvent {
  version: 'v1';
  /** The path as sent (URL-encoded); `requestContext.http.path` is the decoded one. */
  rawPath?: string;
  headers?: Record<string, string>;
  queryParameters?: Record<string, string>;
  /** Base64 when `isBase64Encoded`. */
  body?: string;
  isBase64Encoded?: boolean;
  requestContext: {
    accountId?: string;
    domainName?: string;
    domainPrefix?: string;
    http: { method?: string; path?: string; protocol?: string; sourceIp?: string; userAgent?: string };
    requestId?: string;
    time?: string;
    /** Milliseconds since the epoch, as a string. */
    timeEpoch?: string;
  };
}

/** What FC turns into the HTTP response. */
export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  isBase64Encoded: boolean;
  body: string;
}

export const id = 'http';

/**
 * Recognises an FC 3.0 HTTP trigger event (format `v1`): `{version, rawPath, headers, queryParameters, body,
 * isBase64Encoded, requestContext: {http: {method, path, ...}, ...}}`.
 */
export function decode(raw: Buffer, json: unknown): HttpEvent | undefined {
  return isHttpEvent(json) ? json : undefined;
}

function isHttpEvent(json: unknown): json is HttpEvent {
  return isObject(json) && json.version === 'v1' && isObject(json.requestContext) && isObject(json.requestContext.http);
}

/**
 * Routes the request like the HTTP function: `GET /` greets, `POST /echo` returns the JSON body it was sent,
 * anything else is 404. Returns the response for FC to send: `{statusCode, headers, isBase64Encoded, body}`.
 */
export function handle(event: HttpEvent): HttpResponse {
  const request = event.requestContext.http;
  const method = String(request.method ?? '').toUpperCase();
  // `path` is decoded; `rawPath` is the path as sent (URL-encoded).
  const path = typeof request.path === 'string' ? request.path : String(event.rawPath ?? '');
  if (method === 'GET' && path === '/') {
    // FC joins a repeated query parameter's values with commas.
    const query = isObject(event.queryParameters) ? event.queryParameters : {};
    const name = typeof query.name === 'string' && query.name !== '' ? query.name : 'world';
    return jsonResponse(200, { message: `Hello, ${name}!`, method, path, query });
  }
  if (method === 'POST' && path === '/echo') {
    const received = parseJson(bodyText(event));
    if (received === undefined) return jsonResponse(400, { error: 'The request body is not valid JSON' });
    return jsonResponse(200, { received });
  }
  return jsonResponse(404, { error: 'Not found', path });
}

/** The request body as text: FC base64-encodes a body it takes for binary and says so in `isBase64Encoded`. */
function bodyText(event: HttpEvent): string {
  const body = typeof event.body === 'string' ? event.body : '';
  return event.isBase64Encoded === true ? Buffer.from(body, 'base64').toString('utf8') : body;
}

function jsonResponse(statusCode: number, body: object): HttpResponse {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, isBase64Encoded: false, body: JSON.stringify(body) };
}
