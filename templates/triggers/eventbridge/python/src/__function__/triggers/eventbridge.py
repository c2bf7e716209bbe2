"""EventBridge trigger: CloudEvents 1.0, one from an event bus rule or an array from a queue or stream source."""
from .payload import parse_json


def decode(event):
    """The CloudEvents as a list, or None when the event is not CloudEvents."""
    payload = parse_json(event)
    cloud_events = payload if isinstance(payload, list) else [payload]
    if cloud_events and all(_is_cloud_event(item) for item in cloud_events):
        return cloud_events
    return None


def handle(cloud_events, context):
    """The envelope fields of each event, and its data."""
    return {
        'trigger': 'eventbridge',
        'events': [
            {
                'id': item.get('id'),
                'source': item.get('source'),
                'type': item.get('type'),
                'subject': item.get('subject'),
                'time': item.get('time'),
                'data': item.get('data'),
            }
            for item in cloud_events
        ],
    }


def _is_cloud_event(item):
    return isinstance(item, dict) and isinstance(item.get('specversion'), str)
