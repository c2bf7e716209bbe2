"""The EventBridge trigger through the function's real handler, on events/eventbridge.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name
EXPECTED_EVENT = {
    'id': '45ef4dewdwe1-7c35-447a-bd93-fab****',
    'source': 'acs.oss',
    'type': 'oss:ObjectCreated:PutObject',
    'subject': 'acs:oss:cn-hangzhou:164901546557****:my-bucket/reports/2026-11.csv',
    'time': '2026-11-20T08:00:01Z',
    'data': {
        'region': 'cn-hangzhou',
        'eventName': 'ObjectCreated:PutObject',
        'oss': {'bucket': {'name': 'my-bucket'}, 'object': {'key': 'reports/2026-11.csv', 'size': 2048}},
    },
}


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_one_cloud_event(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('eventbridge.json'))
    assert result == {'trigger': 'eventbridge', 'events': [EXPECTED_EVENT]}


def test_a_batch_of_cloud_events(load_function, fc_context, sample_event):
    # Queue and stream sources (MNS queue, Kafka, RocketMQ...) deliver an array.
    cloud_event = json.loads(sample_event('eventbridge.json'))
    batch = json.dumps([cloud_event, dict(cloud_event, id='second')]).encode('utf-8')
    result = invoke(load_function, fc_context, batch)
    assert result['trigger'] == 'eventbridge'
    assert [event['id'] for event in result['events']] == [EXPECTED_EVENT['id'], 'second']
