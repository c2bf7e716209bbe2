import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseJs } from 'acorn';
import { describe, expect, it } from 'vitest';
import { localRunSection } from '../../generators/core/local-run.js';
import { resolveProject } from '../../generators/core/validate.js';
import { CRON_CASES, EVENT_CASES, EVERY_CASES, RESPONSE_CASES } from '../support/local-runner-cases.js';

// The Node.js local runner's pure parts, loaded from the template as a generated project has them.
const RUNNER = fileURLToPath(new URL('../../templates/nodejs/local/fc-local/', import.meta.url));
const load = createRequire(RUNNER);
const { parseSchedule } = load('./cron.js') as { parseSchedule(text: string): { matches?(date: Date): boolean; everySeconds?: number } };
const { httpEvent, httpResponse } = load('./http-event.js') as {
  httpEvent(request: Record<string, unknown>): Record<string, unknown>;
  httpResponse(result: { bytes: Buffer; json: boolean }): { statusCode: number; headers: Record<string, string>; body: Buffer };
};

describe('the Node.js local runner (templates/nodejs/local/fc-local)', () => {
  it.each(CRON_CASES)('"%s" at %s fires: %s', (schedule, moment, fires) => {
    expect(parseSchedule(schedule).matches?.(new Date(moment))).toBe(fires);
  });

  it.each(EVERY_CASES)('"%s" fires every %i s', (schedule, seconds) => {
    expect(parseSchedule(schedule).everySeconds).toBe(seconds);
  });

  it('refuses a schedule it cannot read, naming it', () => {
    expect(() => parseSchedule('0 0 * * *')).toThrow('"0 0 * * *" is not a cron expression of six fields');
    expect(() => parseSchedule('0 0 * * * FUNDAY')).toThrow('cannot read "FUNDAY"');
  });

  it.each(EVENT_CASES)('HTTP event: $name', ({ request, event }) => {
    const body = request.bodyBase64 ? Buffer.from(request.body, 'base64') : Buffer.from(request.body);
    const built = httpEvent({ ...request, body, sourceIp: '127.0.0.1', host: 'localhost:9000', requestId: 'r-1' });
    expect(built).toMatchObject({ version: 'v1', ...event });
    expect(built.requestContext).toMatchObject({ domainName: 'localhost:9000', requestId: 'r-1', http: { sourceIp: '127.0.0.1' } });
  });

  it.each(RESPONSE_CASES)('HTTP response: $name', ({ result, statusCode, body, headers }) => {
    const response = httpResponse({ bytes: Buffer.from(result.text), json: result.json });
    expect(response.statusCode).toBe(statusCode);
    expect(response.body.toString('utf8')).toBe(body);
    expect(response.headers).toEqual(headers);
  });

  it('parses as ES2020 CommonJS (it runs on the developer\'s Node.js, 18 or later), even in a project of "type": "module"', () => {
    const files = readdirSync(RUNNER).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(() => parseJs(readFileSync(join(RUNNER, file), 'utf8'), { ecmaVersion: 2020, sourceType: 'script' }), file).not.toThrow();
    expect(JSON.parse(readFileSync(join(RUNNER, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });
});

describe('the README\'s local commands (localRunSection)', () => {
  it('FC 2.0: the event function is the only one invoke takes, so no --function; the HTTP function is served at /', () => {
    const section = localRunSection(resolveProject({ name: 'shop', triggers: ['http', 'timer', 'oss'] }));
    expect(section).toMatchObject({
      folder: 'fc-local/',
      invoke: ['npm run invoke -- events/timer.json', 'npm run invoke -- events/oss.json'],
      stdin: 'cat events/timer.json | npm run invoke',
      dev: 'npm run dev',
      timers: 'npm run dev -- --timers',
      http: [{ name: 'shop-http', base: 'http://localhost:9000' }],
      events: [{ name: 'shop-event', command: 'curl -X POST --data-binary @events/timer.json http://localhost:9000/_invoke/shop-event' }],
    });
  });

  it('Python on FC 3.0: one event function with the HTTP trigger; its HTTP sample event is invokable too', () => {
    const section = localRunSection(resolveProject({ name: 'api', fcVersion: '3', runtime: 'python3.10', triggers: ['http', 'oss'] }));
    expect(section?.invoke).toEqual(['python3 -m fc_local invoke events/http.json', 'python3 -m fc_local invoke events/oss.json']);
    expect(section?.dev).toBe('python3 -m fc_local dev');
    expect(section?.timers).toBeUndefined();
    expect(section?.http).toEqual([{ name: 'api', base: 'http://localhost:9000' }]);
  });

  it('none for families without a runner, or for a custom container (its function is an image)', () => {
    expect(localRunSection(resolveProject({ name: 'j', runtime: 'java11', triggers: ['oss'] }))).toBeUndefined();
    expect(localRunSection(resolveProject({ name: 'c', fcVersion: '3', runtime: 'custom-container', type: 'http' }))).toBeUndefined();
  });
});
