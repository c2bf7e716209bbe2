import type { Check } from './validators.js';

// FC timer cron: six fields, seconds first, UTC unless prefixed by CRON_TZ=<zone>; or `@every <n>m`.
interface CronField {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  allowQuestion?: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const FIELDS: readonly CronField[] = [
  { name: 'seconds', min: 0, max: 59 },
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, allowQuestion: true },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: WEEKDAYS, allowQuestion: true },
];

function parseValue(text: string, field: CronField): number | undefined {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value >= field.min && value <= field.max ? value : undefined;
  }
  const index = field.names?.indexOf(text.toUpperCase()) ?? -1;
  return index >= 0 ? field.min + index : undefined;
}

function fieldError(text: string, field: CronField): string | undefined {
  const bad = `the ${field.name} field "${text}" is not valid (${field.min}-${field.max}${field.names ? ` or ${field.names[0]}-${field.names.at(-1)}` : ''})`;
  if (text === '?' ) return field.allowQuestion ? undefined : bad;
  for (const part of text.split(',')) {
    const [range = '', step, ...extra] = part.split('/');
    if (extra.length > 0) return bad;
    if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return bad;
    if (range === '*') continue;
    const [from = '', to, ...more] = range.split('-');
    if (more.length > 0) return bad;
    const start = parseValue(from, field);
    if (start === undefined) return bad;
    if (to !== undefined) {
      const end = parseValue(to, field);
      if (end === undefined || end < start) return bad;
    }
  }
  return undefined;
}

/** Checks an FC timer trigger cron expression. */
export const cronExpression: Check = (value) => {
  const expected =
    'Use six fields "seconds minutes hours day-of-month month day-of-week" (e.g. "0 0 8 * * *", UTC), optionally prefixed by "CRON_TZ=Asia/Shanghai ", or "@every 5m".';
  const text = value.trim();
  if (text.startsWith('@every')) {
    return /^@every [1-9]\d*m$/.test(text) ? undefined : expected;
  }
  const withoutZone = text.replace(/^CRON_TZ=[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*\s+/, '');
  const parts = withoutZone.split(/\s+/);
  if (parts.length !== FIELDS.length) return `${expected} Got ${parts.length} field(s).`;
  for (const [index, field] of FIELDS.entries()) {
    const error = fieldError(parts[index] ?? '', field);
    if (error) return `${expected} Here ${error}.`;
  }
  return undefined;
};
