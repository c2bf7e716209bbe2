"""MQTT trigger: messages published to a topic of an MQTT instance, pushed in batches.

FC's event page shows each message as {props: {firstTopic, secondTopic, clientId}, body}, and no
document names the CloudEvent type that may wrap it, so a message is recognised by its shape, bare
or as a CloudEvent's data.
"""
from .cloud_events import is_cloud_event, text_or_none
from .payload import json_or_text, parse_json


def decode(event):
    """The pushed messages ({props, body}) as a list, or None."""
    push = parse_json(event)
    items = push if isinstance(push, list) else [push]
    messages = [item.get('data') if is_cloud_event(item) else item for item in items]
    if messages and all(_is_message(item) for item in messages):
        return messages
    return None


def handle(messages, context):
    """Each message with its full topic (parent and sub-topic) and sender, its body parsed when it is JSON."""
    return {'trigger': 'mqtt', 'messages': [_message(item) for item in messages]}


def _is_message(item):
    props = item.get('props') if isinstance(item, dict) else None
    return isinstance(props, dict) and isinstance(props.get('firstTopic'), str) and 'body' in item


def _message(message):
    props = message['props']
    return {
        'topic': props['firstTopic'] + (text_or_none(props.get('secondTopic')) or ''),
        'clientId': text_or_none(props.get('clientId')),
        'body': json_or_text(message['body']),
    }
