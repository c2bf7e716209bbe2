"""The timer trigger through the function's real handler, on events/timer.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_parses_a_json_payload(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('timer.json'))
    assert result == {
        'trigger': 'timer',
        'triggerName': 'timer-trigger',
        'firedAt': '2026-11-20T08:00:00Z',
        'payload': {'task': 'daily-report', 'recipients': ['ops@example.com']},
    }


def test_keeps_a_text_payload_and_nulls_a_missing_one(load_function, fc_context, sample_event):
    tick = json.loads(sample_event('timer.json'))
    tick['payload'] = 'awesome-fc'
    assert invoke(load_function, fc_context, json.dumps(tick).encode('utf-8'))['payload'] == 'awesome-fc'
    del tick['payload']
    assert invoke(load_function, fc_context, json.dumps(tick).encode('utf-8'))['payload'] is None
