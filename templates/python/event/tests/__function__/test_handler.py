"""The event handler's dispatch: trigger order, results as JSON text, unknown events."""
import json
from pathlib import Path

import pytest

FUNCTION = Path(__file__).parent.name
UNKNOWN_EVENT = b'{"unrelated": true}'


def test_none_is_tried_last(load_function):
    index = load_function(FUNCTION)
    assert index.TRIGGER_IDS, 'an event function needs at least one trigger'
    if 'none' in index.TRIGGER_IDS:
        assert index.TRIGGER_IDS[-1] == 'none', 'none accepts every event, so triggers after it never run'


def test_unknown_event(load_function, fc_context):
    index = load_function(FUNCTION)
    if 'none' in index.TRIGGER_IDS:
        # An API/SDK call may carry any payload, so nothing is unknown.
        result = json.loads(index.handler(UNKNOWN_EVENT, fc_context(FUNCTION)))
        assert result['trigger'] == 'none'
        assert result['received'] == {'unrelated': True}
    else:
        with pytest.raises(ValueError) as raised:
            index.handler(UNKNOWN_EVENT, fc_context(FUNCTION))
        for trigger_id in index.TRIGGER_IDS:
            assert trigger_id in str(raised.value)


def test_each_trigger_gets_its_own_sample_as_json_text(load_function, fc_context, sample_event):
    # Goes through the whole dispatch, so it also shows that no earlier decoder claims a later trigger's event.
    index = load_function(FUNCTION)
    for trigger_id in index.TRIGGER_IDS:
        # Each trigger's sample is events/<id>.json; `none` (API/SDK calls) uses events/invoke.json.
        event = sample_event('invoke.json' if trigger_id == 'none' else trigger_id + '.json')
        result = index.handler(event, fc_context(FUNCTION))
        assert isinstance(result, str), trigger_id
        if trigger_id == 'http':
            # The FC 3.0 HTTP trigger answers with the HTTP response, not a {trigger, ...} summary.
            assert json.loads(result)['statusCode'] == 200
        else:
            assert json.loads(result)['trigger'] == trigger_id
