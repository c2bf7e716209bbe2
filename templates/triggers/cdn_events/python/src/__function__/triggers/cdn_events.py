"""CDN event trigger: log files ready, cache refreshes and pushes, domains started or stopped."""
from .payload import parse_json
from .timestamps import iso_from_seconds


def decode(event):
    """The CDN notification ({events: [...]}, every event from cdn), or None."""
    payload = parse_json(event)
    events = payload.get('events') if isinstance(payload, dict) else None
    if events and isinstance(events, list) and all(_is_cdn_event(item) for item in events):
        return payload
    return None


def handle(notification, context):
    """Each event's name, domain and time, with the details that matter for its kind."""
    return {'trigger': 'cdn_events', 'events': [_describe(event) for event in notification['events']]}


def _is_cdn_event(event):
    return isinstance(event, dict) and event.get('eventSource') == 'cdn'


def _describe(event):
    name = event.get('eventName')
    parameter = event.get('eventParameter') or {}
    return {
        'name': name,
        'domain': parameter.get('domain') or (event.get('resource') or {}).get('domain'),
        'time': event.get('eventTime'),
        'detail': _detail(name, parameter),
    }


def _detail(name, parameter):
    if name == 'LogFileCreated':
        return {
            'logFileUrl': parameter.get('filePath'),
            'sizeBytes': parameter.get('fileSize'),
            'window': {
                'start': iso_from_seconds(parameter.get('startTime')),
                'end': iso_from_seconds(parameter.get('endTime')),
            },
        }
    if isinstance(name, str) and name.startswith('CachedObjects'):
        return {
            'paths': parameter.get('objectPath') or [],
            'objectType': parameter.get('objectType'),
            'taskId': parameter.get('taskId'),
        }
    if name in ('CdnDomainStarted', 'CdnDomainStopped'):
        return {'status': parameter.get('status')}
    return {}
