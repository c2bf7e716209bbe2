"""No trigger: the function is invoked through the FC API or an SDK (or the console), with any payload."""
from .payload import json_or_text


def decode(event):
    """Always an invocation: {'payload': the parsed JSON, the text when it is not JSON, or None when empty}."""
    # Wrapped in a dict because None tells the handler "not mine", and an empty payload is still a call.
    text = event.decode('utf-8', 'replace')
    return {'payload': json_or_text(text) if text.strip() else None}


def handle(invocation, context):
    """Greets the `name` in the payload, or the world."""
    payload = invocation['payload']
    name = payload.get('name') if isinstance(payload, dict) else None
    return {
        'trigger': 'none',
        'received': payload,
        'message': 'Hello, {}!'.format(name if isinstance(name, str) and name else 'world'),
    }
