"""RocketMQ trigger: messages of a topic, pushed in batches as CloudEvents through EventBridge."""
from .cloud_events import data_of, object_or_empty, pushed_events_of_type, text_or_none
from .payload import json_or_text, parse_json


def decode(event):
    """The pushed messages, CloudEvents of type mq:Topic:SendMessage, as a list, or None."""
    return pushed_events_of_type(parse_json(event), 'mq:Topic:SendMessage')


def handle(cloud_events, context):
    """Each message with its tags, keys and user properties, its body parsed when it is JSON."""
    return {'trigger': 'rocketmq', 'messages': [_message(item) for item in cloud_events]}


def _message(cloud_event):
    data = data_of(cloud_event)
    system = object_or_empty(data.get('systemProperties'))
    return {
        'topic': text_or_none(data.get('topic')),
        'messageId': text_or_none(system.get('UNIQ_KEY')),  # the message id RocketMQ gives a message
        'tags': text_or_none(system.get('TAGS')),
        'keys': text_or_none(system.get('KEYS')),
        'properties': object_or_empty(data.get('userProperties')),
        'body': json_or_text(text_or_none(data.get('body'))),
    }
