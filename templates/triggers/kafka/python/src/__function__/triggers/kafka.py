"""Kafka trigger: records of a topic, pushed in batches as CloudEvents through EventBridge."""
from .cloud_events import data_of, number_or_none, pushed_events_of_type, text_or_none
from .payload import json_or_text, parse_json
from .timestamps import iso_from_millis


def decode(event):
    """The pushed records, CloudEvents of type alikafka:Topic:Message (objects or JSON texts), as a list, or None."""
    return pushed_events_of_type(parse_json(event), 'alikafka:Topic:Message')


def handle(cloud_events, context):
    """Each record with its place in the topic, its value parsed when it is JSON."""
    return {'trigger': 'kafka', 'records': [_record(item) for item in cloud_events]}


def _record(cloud_event):
    data = data_of(cloud_event)
    return {
        'topic': text_or_none(data.get('topic')),
        'partition': number_or_none(data.get('partition')),
        'offset': number_or_none(data.get('offset')),
        'timestamp': iso_from_millis(data.get('timestamp')),  # in milliseconds
        'key': text_or_none(data.get('key')),
        'value': json_or_text(data.get('value')),
    }
