import { t, type MessageKey } from './i18n/index.js';
import type { Check } from './validators.js';

// FC timer cron: six fields, seconds first, UTC unless prefixed by CRON_TZ=<zone>; or `@every <n>m`.
interface CronField {
  /** Its name in the expected format, a message so that it reads in the run's language. */
  name: MessageKey;
  min: number;
  max: number;
  names?: readonly string[];
  allowQuestion?: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const FIELDS: readonly CronField[] = [
  { name: 'cron.field.seconds', min: 0, max: 59 },
  { name: 'cron.field.minutes', min: 0, max: 59 },
  { name: 'cron.field.hours', min: 0, max: 23 },
  { name: 'cron.field.dayOfMonth', min: 1, max: 31, allowQuestion: true },
  { name: 'cron.field.month', min: 1, max: 12, names: MONTHS },
  { name: 'cron.field.dayOfWeek', min: 1, max: 7, names: WEEKDAYS, allowQuestion: true },
];

function parseValue(text: string, field: CronField): number | undefined {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value >= field.min && value <= field.max ? value : undefined;
  }
  const index = field.names?.indexOf(text.toUpperCase()) ?? -1;
  return index >= 0 ? field.min + index : undefined;
}

function fieldValid(text: string, field: CronField): boolean {
  if (text === '?') return field.allowQuestion === true;
  for (const part of text.split(',')) {
    const [range = '', step, ...extra] = part.split('/');
    if (extra.length > 0) return false;
    if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false;
    if (range === '*') continue;
    const [from = '', to, ...more] = range.split('-');
    if (more.length > 0) return false;
    const start = parseValue(from, field);
    if (start === undefined) return false;
    if (to !== undefined) {
      const end = parseValue(to, field);
      if (end === undefined || end < start) return false;
    }
  }
  return true;
}

/** The expected format, then what is wrong with one field and the values it takes. */
function fieldProblem(expected: string, text: string, field: CronField): string {
  const params = { expected, field: t(field.name), text, min: field.min, max: field.max };
  const [first, last] = [field.names?.[0], field.names?.at(-1)];
  return first && last ? t('cron.badNamedField', { ...params, first, last }) : t('cron.badField', params);
}

/**
 * A zone of the IANA time zone database, which FC's CRON_TZ takes: a canonical name
 * (Intl.supportedValuesOf) or one of its links such as UTC or Asia/Chongqing, never an offset.
 */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  const zones = Intl.supportedValuesOf('timeZone');
  if (zones.includes(zone)) return true;
  // ICU matches names in any case, FC's (Go's) zone lookup does not: asia/shanghai is no zone.
  if (zones.some((canonical) => canonical.toLowerCase() === zone.toLowerCase()) || zone.split('/').some((part) => !/^[A-Z]/.test(part))) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks an FC timer trigger cron expression. */
export const cronExpression: Check = (value) => {
  const expected = t('cron.expected');
  const text = value.trim();
  if (text.startsWith('@every')) {
    return /^@every [1-9]\d*m$/.test(text) ? undefined : expected;
  }
  const zone = /^CRON_TZ=(\S*)\s+/.exec(text);
  if (zone && !isTimeZone(zone[1] ?? '')) return t('cron.badZone', { zone: zone[1] ?? '', expected });
  const withoutZone = zone ? text.slice(zone[0].length) : text;
  const parts = withoutZone.split(/\s+/);
  if (parts.length !== FIELDS.length) return t('cron.fieldCount', { expected, count: parts.length });
  for (const [index, field] of FIELDS.entries()) {
    const text = parts[index] ?? '';
    if (!fieldValid(text, field)) return fieldProblem(expected, text, field);
  }
  return undefined;
};
