"""Epoch numbers as ISO-8601 UTC text in JavaScript's toISOString() form: 2026-11-20T08:00:00.000Z."""
import numbers
from datetime import datetime, timedelta

_EPOCH = datetime(1970, 1, 1)


def iso_from_millis(millis):
    """ISO text for milliseconds since the epoch, or None when it is not a usable number."""
    if isinstance(millis, bool) or not isinstance(millis, numbers.Real):
        return None
    try:
        moment = _EPOCH + timedelta(milliseconds=int(millis))  # like a JavaScript Date, drop sub-milliseconds
    except (ValueError, OverflowError):  # NaN, infinity, or a year outside 1..9999
        return None
    return '{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}.{:03d}Z'.format(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
        moment.microsecond // 1000,
    )


def iso_from_seconds(seconds):
    """ISO text for seconds since the epoch, or None when it is not a usable number."""
    if isinstance(seconds, bool) or not isinstance(seconds, numbers.Real):
        return None
    return iso_from_millis(seconds * 1000)
