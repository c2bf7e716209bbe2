"""Timer trigger: fires on a cron schedule or at a fixed interval, with the payload set on the trigger."""
from .payload import json_or_text, parse_json


def decode(event):
    """The timer event ({triggerTime, triggerName, payload?}), or None."""
    payload = parse_json(event)
    if isinstance(payload, dict) and isinstance(payload.get('triggerTime'), str) \
            and isinstance(payload.get('triggerName'), str):
        return payload
    return None


def handle(tick, context):
    """When it fired, and the trigger's payload: parsed when it is JSON, else the text."""
    return {
        'trigger': 'timer',
        'triggerName': tick['triggerName'],
        'firedAt': tick['triggerTime'],
        'payload': json_or_text(tick.get('payload')),
    }

