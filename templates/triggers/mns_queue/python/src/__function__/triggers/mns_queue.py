"""MNS queue trigger: messages sent to a queue, pushed in batches as CloudEvents through EventBridge."""
from .cloud_events import data_of, pushed_events_of_type, subject_tail, text_or_none
from .payload import json_or_text, parse_json


def decode(event):
    """The pushed messages, CloudEvents of type mns:Queue:SendMessage, as a list, or None."""
    return pushed_events_of_type(parse_json(event), 'mns:Queue:SendMessage')


def handle(cloud_events, context):
    """Each message, its body parsed when it is JSON."""
    return {'trigger': 'mns_queue', 'messages': [_message(item) for item in cloud_events]}


def _message(cloud_event):
    data = data_of(cloud_event)
    published_at = cloud_event.get('aliyunpublishtime')
    body = text_or_none(data.get('messageBody'))
    return {
        'queue': subject_tail(cloud_event, 'queues/'),
        'messageId': text_or_none(data.get('messageId')),
        'publishedAt': published_at if published_at is not None else cloud_event.get('time'),
        'body': json_or_text(body),
    }
