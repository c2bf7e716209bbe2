"""An API/SDK invocation through the function's real handler, on events/invoke.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_greets_the_name_in_the_payload(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('invoke.json'))
    assert result == {
        'trigger': 'none',
        'received': {'action': 'greet', 'name': 'Function Compute'},
        'message': 'Hello, Function Compute!',
    }


def test_an_empty_payload_greets_the_world(load_function, fc_context):
    result = invoke(load_function, fc_context, b'')
    assert result == {'trigger': 'none', 'received': None, 'message': 'Hello, world!'}
