"""The CloudEvents of one push from a queue or stream that FC reads through EventBridge.

A push is a JSON array of CloudEvents (a batch), one CloudEvent, or an array of their JSON texts, as
older Kafka pushes sent them (aliyun/fc-runtime-go-sdk, events/README_KAFKA_EVENTBRIDGE.md). This
module comes with the message-source triggers (`add` brings it into an older project too), so their
helpers live here rather than in payload.py.
"""
import numbers

from .payload import parse_json


def pushed_events(push):
    """The CloudEvents of a push (its parsed JSON) as a list, or None when any element is not a CloudEvent."""
    items = push if isinstance(push, list) else [push]
    events = [parse_json(item) if isinstance(item, str) else item for item in items]
    if events and all(is_cloud_event(item) for item in events):
        return events
    return None


def pushed_events_of_type(push, event_type):
    """The pushed events when every one is of event_type (each source has its own: alikafka:Topic:Message), or None."""
    events = pushed_events(push)
    if events is not None and all(item.get('type') == event_type for item in events):
        return events
    return None


def is_cloud_event(item):
    """True for a JSON object with a specversion, as every CloudEvent has."""
    return isinstance(item, dict) and isinstance(item.get('specversion'), str)


def data_of(cloud_event):
    """The event's data when it is a JSON object, else an empty one."""
    return object_or_empty(cloud_event.get('data'))


def subject_tail(cloud_event, marker):
    """The text after the last marker in the event's subject (acs:mns:...:queues/orders -> orders), or None."""
    subject = cloud_event.get('subject')
    at = subject.rfind(marker) if isinstance(subject, str) else -1
    return subject[at + len(marker):] if at >= 0 else None


def text_or_none(value):
    """value when it is text, else None."""
    return value if isinstance(value, str) else None


def number_or_none(value):
    """value when it is a JSON number, else None (True and False are not numbers here, as in JSON)."""
    return value if isinstance(value, numbers.Real) and not isinstance(value, bool) else None


def object_or_empty(value):
    """value when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}
