"""RabbitMQ trigger: messages of a queue, pushed in batches as CloudEvents through EventBridge."""
from .cloud_events import (
    data_of, number_or_none, object_or_empty, pushed_events_of_type, subject_tail, text_or_none,
)
from .payload import json_or_text, parse_json


def decode(event):
    """The pushed messages, CloudEvents of type amqp:Queue:SendMessage, as a list, or None."""
    return pushed_events_of_type(parse_json(event), 'amqp:Queue:SendMessage')


def handle(cloud_events, context):
    """Each message with its delivery details; a JSON body arrives parsed, a text body is parsed when it is JSON."""
    return {'trigger': 'rabbitmq', 'messages': [_message(item) for item in cloud_events]}


def _message(cloud_event):
    data = data_of(cloud_event)
    envelope = object_or_empty(data.get('envelope'))
    props = object_or_empty(data.get('props'))
    return {
        'queue': subject_tail(cloud_event, 'queues/'),
        'exchange': text_or_none(envelope.get('exchange')),
        'routingKey': text_or_none(envelope.get('routingKey')),
        'deliveryTag': number_or_none(envelope.get('deliveryTag')),
        'redelivered': envelope.get('redeliver') is True,
        'messageId': text_or_none(props.get('messageId')),
        'body': json_or_text(data.get('body')),
    }
