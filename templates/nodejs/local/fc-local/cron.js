'use strict';

// FC timer triggers' schedules: six fields, seconds first (`0 0 * * * *`), in UTC unless prefixed by
// `CRON_TZ=<zone>`; day of week 1-7 or MON-SUN (7 = SUN); or `@every 1h30m`.
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const FIELDS = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 1, max: 7, names: WEEKDAYS },
];
const UNIT_SECONDS = { h: 3600, m: 60, s: 1 };

/** A schedule: `matches(date)` for cron fields, or `everySeconds` for `@every`. Throws on text it cannot read. */
function parseSchedule(text) {
  const every = /^@every\s+((?:\d+[hms])+)$/.exec(text.trim());
  if (every) {
    const seconds = [...every[1].matchAll(/(\d+)([hms])/g)].reduce((sum, [, count, unit]) => sum + Number(count) * UNIT_SECONDS[unit], 0);
    if (seconds > 0) return { everySeconds: seconds };
  }
  const zoned = /^CRON_TZ=(\S+)\s+(.*)$/.exec(text.trim());
  const fields = (zoned ? zoned[2] : text).trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`"${text}" is not a cron expression of six fields (seconds first) or @every`);
  const allowed = fields.map((field, index) => values(field, FIELDS[index], text));
  const zone = zoned ? zoned[1] : 'UTC';
  const restricted = (index) => fields[index] !== '*' && fields[index] !== '?';
  return {
    matches(date) {
      const [second, minute, hour, day, month, weekday] = partsIn(date, zone);
      const dayMatches = allowed[3].has(day);
      const weekdayMatches = allowed[5].has(weekday) || (weekday === 7 && allowed[5].has(0));
      // As in cron: when both day fields are restricted, either may match.
      const dateMatches = restricted(3) && restricted(5) ? dayMatches || weekdayMatches : dayMatches && weekdayMatches;
      return allowed[0].has(second) && allowed[1].has(minute) && allowed[2].has(hour) && allowed[4].has(month) && dateMatches;
    },
  };
}

function values(field, spec, text) {
  const set = new Set();
  for (const part of field === '?' ? ['*'] : field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] = range === '*' ? [spec.min, spec.max] : range.split('-').map((value) => valueOf(value, spec));
    const end = to === undefined ? (stepText === undefined ? from : spec.max) : to;
    if (!Number.isInteger(step) || step < 1 || Number.isNaN(from) || Number.isNaN(end)) throw new Error(`cannot read "${part}" in "${text}"`);
    for (let value = from; value <= end; value += step) set.add(value);
  }
  return set;
}

function valueOf(text, spec) {
  if (/^\d+$/.test(text)) return Number(text);
  const index = spec.names ? spec.names.indexOf(text.toUpperCase()) : -1;
  return index >= 0 ? spec.min + index : Number.NaN;
}

/** second, minute, hour, day of month, month (1-12), day of week (1 = Monday ... 7 = Sunday) in `zone`. */
function partsIn(date, zone) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  const weekday = WEEKDAYS.indexOf(parts.weekday.toUpperCase()) + 1;
  return [Number(parts.second), Number(parts.minute), Number(parts.hour), Number(parts.day), Number(parts.month), weekday];
}

module.exports = { parseSchedule };
