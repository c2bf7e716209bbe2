"""MNS topic trigger: a message published to a topic, delivered in the JSON notify format."""
from .payload import json_or_text, parse_json
from .timestamps import iso_from_millis

_TEXT_FIELDS = ('TopicName', 'MessageId', 'Message')


def decode(event):
    """The topic notification ({TopicName, MessageId, Message, PublishTime, ...}), or None."""
    payload = parse_json(event)
    if isinstance(payload, dict) and all(isinstance(payload.get(key), str) for key in _TEXT_FIELDS):
        return payload
    return None


def handle(notification, context):
    """Which topic and message, when it was published, and the message: parsed when it is JSON, else the text."""
    return {
        'trigger': 'mns_topic',
        'topic': notification['TopicName'],
        'messageId': notification['MessageId'],
        'publishedAt': iso_from_millis(notification.get('PublishTime')),
        'message': json_or_text(notification['Message']),
    }
