"""OSS trigger: object events of a bucket, e.g. uploads; summarises the objects and their total size."""
from .payload import parse_json


def decode(event):
    """The OSS notification ({events: [...]}, every event from acs:oss), or None."""
    payload = parse_json(event)
    events = payload.get('events') if isinstance(payload, dict) else None
    if events and isinstance(events, list) and all(_is_oss_event(item) for item in events):
        return payload
    return None


def handle(notification, context):
    """One entry per object, plus the bytes they add up to."""
    objects = [_describe(event) for event in notification['events']]
    return {
        'trigger': 'oss',
        'objects': objects,
        'totalBytes': sum(item['size'] for item in objects),
    }


def _is_oss_event(event):
    return isinstance(event, dict) and event.get('eventSource') == 'acs:oss' and isinstance(event.get('oss'), dict)


def _describe(event):
    bucket = event['oss'].get('bucket') or {}
    stored = event['oss'].get('object') or {}
    meta = stored.get('objectMeta') or {}
    return {
        'bucket': bucket.get('name'),
        'key': stored.get('key'),
        'size': stored.get('size') or 0,  # removal events may carry no size
        'eventName': event.get('eventName'),
        'eventTime': event.get('eventTime'),
        'contentType': meta.get('mimeType'),
    }
