// Cases both local runners (fc-local/ in Node.js, fc_local/ in Python) must agree on: FC's timer
// schedules, and how FC 3.0's HTTP trigger turns a request into an event and a result into a response.

/** [schedule, moment (UTC), fires then]. Day of week 1-7 = MON-SUN, as FC's cron (generators/core/cron.ts). */
export const CRON_CASES: [string, string, boolean][] = [
  ['0 0 * * * *', '2026-12-02T13:00:00Z', true],
  ['0 0 * * * *', '2026-12-02T13:00:01Z', false],
  ['0 30 9 * * MON-FRI', '2026-12-02T09:30:00Z', true],
  ['0 30 9 * * MON-FRI', '2026-12-06T09:30:00Z', false],
  ['0 30 9 * * 1-5', '2026-12-07T09:30:00Z', true],
  // Both day fields restricted: either may match, as in cron.
  ['0 0 0 1 * 7', '2026-12-06T00:00:00Z', true],
  ['0 0 0 1 * 7', '2026-12-01T00:00:00Z', true],
  ['0 0 0 1 * 7', '2026-12-02T00:00:00Z', false],
  ['*/15 * * * * *', '2026-12-02T13:00:45Z', true],
  ['*/15 * * * * *', '2026-12-02T13:00:44Z', false],
  ['0 0 12 ? JAN *', '2026-01-05T12:00:00Z', true],
  ['0 0 12 ? JAN *', '2026-12-05T12:00:00Z', false],
  ['0 0 8 * * *', '2026-12-02T08:00:00Z', true],
  ['CRON_TZ=Asia/Shanghai 0 0 8 * * *', '2026-12-02T00:00:00Z', true],
  ['CRON_TZ=Asia/Shanghai 0 0 8 * * *', '2026-12-02T08:00:00Z', false],
];

/** `@every` schedules and the period they fire on, in seconds. */
export const EVERY_CASES: [string, number][] = [
  ['@every 10s', 10],
  ['@every 5m', 300],
  ['@every 1h30m', 5400],
];

export interface EventCase {
  name: string;
  request: { method: string; target: string; headerPairs: [string, string][]; body: string; bodyBase64?: true };
  /** The event fields the runner must produce (a subset). */
  event: Record<string, unknown>;
}

export const EVENT_CASES: EventCase[] = [
  {
    name: 'header names canonical, repeated values comma-joined',
    request: { method: 'GET', target: '/', headerPairs: [['content-type', 'text/plain'], ['x-custom-id', 'a'], ['X-Custom-Id', 'b'], ['user-agent', 'curl/8']], body: '' },
    event: { headers: { 'Content-Type': 'text/plain', 'X-Custom-Id': 'a,b', 'User-Agent': 'curl/8' }, isBase64Encoded: false, body: '' },
  },
  {
    name: 'the path raw and decoded, repeated query parameters comma-joined',
    request: { method: 'GET', target: '/a%20b/c?x=1&x=2&empty=', headerPairs: [], body: '' },
    event: { rawPath: '/a%20b/c', queryParameters: { x: '1,2', empty: '' }, requestContext: { http: { method: 'GET', path: '/a b/c', protocol: 'HTTP/1.1' } } },
  },
  {
    name: 'a JSON body as text',
    request: { method: 'POST', target: '/echo', headerPairs: [['Content-Type', 'application/json; charset=utf-8']], body: '{"a":1}' },
    event: { body: '{"a":1}', isBase64Encoded: false },
  },
  {
    name: 'a binary body in base64',
    request: { method: 'POST', target: '/echo', headerPairs: [['Content-Type', 'application/octet-stream']], body: 'AAEC/w==', bodyBase64: true },
    event: { body: 'AAEC/w==', isBase64Encoded: true },
  },
];

export interface ResponseCase {
  name: string;
  /** What the handler returned, as its bytes, and whether the runner received it as a JSON value. */
  result: { text: string; json: boolean };
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

export const RESPONSE_CASES: ResponseCase[] = [
  { name: 'the response object', result: { text: '{"statusCode":201,"headers":{"X-Id":"7"},"isBase64Encoded":false,"body":"made"}', json: true }, statusCode: 201, body: 'made', headers: { 'X-Id': '7' } },
  { name: 'a base64 body decoded', result: { text: '{"statusCode":200,"isBase64Encoded":true,"body":"aGk="}', json: true }, statusCode: 200, body: 'hi', headers: {} },
  { name: 'the response object as JSON text (Python returns json.dumps)', result: { text: '{"statusCode":404,"body":"none"}', json: false }, statusCode: 404, body: 'none', headers: {} },
  { name: 'a value without statusCode: the body, with 200', result: { text: '{"a":1}', json: true }, statusCode: 200, body: '{"a":1}', headers: { 'content-type': 'application/json' } },
  { name: 'plain text: the body, with 200', result: { text: 'hello', json: false }, statusCode: 200, body: 'hello', headers: {} },
];
