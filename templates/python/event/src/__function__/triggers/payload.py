"""Reading an event's bytes as JSON, the way JavaScript's JSON.parse would."""
import json

_NOT_JSON = object()


def parse_json(data, default=None):
    """The JSON value in data (bytes or text), or default when it is not JSON."""
    try:
        text = data.decode('utf-8') if isinstance(data, bytes) else data
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, TypeError, RecursionError):  # UnicodeDecodeError is a ValueError
        return default


def json_or_text(value):
    """The JSON value when value is JSON text, else value unchanged (e.g. plain text, or None)."""
    if not isinstance(value, str):
        return value
    parsed = parse_json(value, default=_NOT_JSON)
    return value if parsed is _NOT_JSON else parsed


def _reject_constant(name):
    # Python accepts NaN and Infinity; JSON (and JavaScript's JSON.parse) does not.
    raise ValueError('not JSON: ' + name)
