"""The MNS topic trigger through the function's real handler, on events/mns_topic.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_parses_a_json_message(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('mns_topic.json'))
    assert result == {
        'trigger': 'mns_topic',
        'topic': 'my-topic',
        'messageId': '2F5B3C082B923D4EAC694B76D928****',
        'publishedAt': '2026-11-20T08:00:00.040Z',  # 1795161600040 ms after the epoch
        'message': {'orderId': 'o-20261120-0042', 'action': 'created'},
    }


def test_keeps_a_text_message(load_function, fc_context, sample_event):
    notification = json.loads(sample_event('mns_topic.json'))
    notification['Message'] = 'hello topic'
    assert invoke(load_function, fc_context, json.dumps(notification).encode('utf-8'))['message'] == 'hello topic'
