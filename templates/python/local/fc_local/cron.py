"""FC timer triggers' schedules: six fields, seconds first (`0 0 * * * *`), in UTC unless prefixed by
`CRON_TZ=<zone>`; day of week 1-7 or MON-SUN (7 = SUN); or `@every 1h30m`."""
import re
from datetime import datetime, timezone

MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
FIELDS = [(0, 59, None), (0, 59, None), (0, 23, None), (1, 31, None), (1, 12, MONTHS), (1, 7, WEEKDAYS)]
UNIT_SECONDS = {'h': 3600, 'm': 60, 's': 1}


class Schedule(object):
    """`every_seconds` for `@every`, else `matches(moment)` for cron fields."""

    def __init__(self, every_seconds=None, allowed=None, restricted=None, zone=None):
        self.every_seconds = every_seconds
        self.allowed = allowed
        self.restricted = restricted
        self.zone = zone

    def matches(self, moment):
        local = moment.astimezone(self.zone) if self.zone else moment.astimezone(timezone.utc)
        second, minute, hour, day, month, weekday = local.second, local.minute, local.hour, local.day, local.month, local.isoweekday()
        day_ok = day in self.allowed[3]
        weekday_ok = weekday in self.allowed[5] or (weekday == 7 and 0 in self.allowed[5])
        # As in cron: when both day fields are restricted, either may match.
        date_ok = (day_ok or weekday_ok) if self.restricted[3] and self.restricted[5] else (day_ok and weekday_ok)
        return second in self.allowed[0] and minute in self.allowed[1] and hour in self.allowed[2] and month in self.allowed[4] and date_ok


def parse_schedule(text):
    """A Schedule for `text`; raises ValueError on text it cannot read."""
    every = re.match(r'^@every\s+((?:\d+[hms])+)$', text.strip())
    if every:
        seconds = sum(int(count) * UNIT_SECONDS[unit] for count, unit in re.findall(r'(\d+)([hms])', every.group(1)))
        if seconds > 0:
            return Schedule(every_seconds=seconds)
    zoned = re.match(r'^CRON_TZ=(\S+)\s+(.*)$', text.strip())
    fields = (zoned.group(2) if zoned else text).split()
    if len(fields) != 6:
        raise ValueError('"{}" is not a cron expression of six fields (seconds first) or @every'.format(text))
    allowed = [values(field, spec, text) for field, spec in zip(fields, FIELDS)]
    return Schedule(allowed=allowed, restricted=[field not in ('*', '?') for field in fields], zone=zone_of(zoned.group(1)) if zoned else None)


def zone_of(name):
    try:
        from zoneinfo import ZoneInfo  # Python 3.9 and later
        return ZoneInfo(name)
    except ImportError:
        raise ValueError('CRON_TZ needs Python 3.9 or later here (zoneinfo)')


def values(field, spec, text):
    low, high, names = spec
    allowed = set()
    for part in ['*'] if field == '?' else field.split(','):
        span, _, step_text = part.partition('/')
        step = int(step_text) if step_text.isdigit() else (1 if step_text == '' else 0)
        if span == '*':
            start, end = low, high
        else:
            bounds = [value_of(bound, low, names) for bound in span.split('-')]
            start = bounds[0]
            end = bounds[1] if len(bounds) > 1 else (high if step_text else start)
        if step < 1 or start is None or end is None:
            raise ValueError('cannot read "{}" in "{}"'.format(part, text))
        allowed.update(range(start, end + 1, step))
    return allowed


def value_of(text, low, names):
    if text.isdigit():
        return int(text)
    if names and text.upper() in names:
        return low + names.index(text.upper())
    return None


def now_utc():
    return datetime.now(timezone.utc)
