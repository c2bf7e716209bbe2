import { describe, expect, it } from 'vitest';
import { cronExpression } from '../../generators/core/cron.js';

describe('cronExpression', () => {
  it.each([
    '0 0 8 * * *',
    '0 */5 * * * *',
    '0 0 4 1 * ?',
    '0 0 12 ? * MON-FRI',
    '0 0 0 1 JAN,jul *',
    '0 30 9 * * 1-5',
    '0,30 0 0-23/2 * * *',
    'CRON_TZ=Asia/Shanghai 0 0 4 1 * *',
    'CRON_TZ=UTC 0 0 4 1 * *',
    'CRON_TZ=Asia/Chongqing 0 0 4 1 * *',
    'CRON_TZ=America/Argentina/Buenos_Aires 0 0 4 1 * *',
    '@every 5m',
    '@every 100m',
  ])('accepts %s', (expression) => {
    expect(cronExpression(expression)).toBeUndefined();
  });

  it.each([
    ['', 'Got 1 field'],
    ['* * * * *', 'Got 5 field'],
    ['0 0 24 * * *', 'hours field "24"'],
    ['60 0 0 * * *', 'seconds field "60"'],
    ['0 0 0 32 * *', 'day-of-month field "32"'],
    ['0 0 0 * 13 *', 'month field "13"'],
    ['0 0 0 * * 8', 'day-of-week field "8"'],
    ['0 ? 0 * * *', 'minutes field "?"'],
    ['0 0 5-2 * * *', 'hours field "5-2"'],
    ['0 0 */0 * * *', 'hours field "*/0"'],
    ['0 0 0 * FOO *', 'month field "FOO"'],
    ['@every 5', 'six fields'],
    ['@every 0m', 'six fields'],
    ['@every 2h', 'six fields'],
    ['0 0 8 * * * *', 'Got 7 field'],
    // Checked against the IANA database, not only by its shape.
    ['CRON_TZ=Mars/Base 0 0 8 * * *', 'CRON_TZ=Mars/Base names no time zone'],
    ['CRON_TZ=+08:00 0 0 8 * * *', 'CRON_TZ=+08:00'],
    ['CRON_TZ=asia/shanghai 0 0 8 * * *', 'CRON_TZ=asia/shanghai'],
  ])('rejects %j', (expression, problem) => {
    expect(cronExpression(expression)).toContain(problem);
  });
});
