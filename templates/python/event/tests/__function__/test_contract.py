"""Each trigger's contract (contracts/<trigger>.json) run on this function's real handler.

A contract gives events with the result the handler must return (cases) and events the trigger's
decoder must leave to other triggers (rejects). Every language's projects run the same contracts,
so no trigger's expected results are written in this test.
"""
import base64
import json
from pathlib import Path

import pytest

FUNCTION = Path(__file__).parent.name
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def function_contracts():
    """The contracts of this function's triggers: each module in triggers/ that has one in contracts/."""
    # Read from the files, as parametrisation runs before any fixture; the helper modules there have no contract.
    modules = {path.stem for path in (PROJECT_ROOT / 'src' / FUNCTION / 'triggers').glob('*.py')}
    paths = sorted((PROJECT_ROOT / 'contracts').glob('*.json'))
    return [json.loads(path.read_text(encoding='utf-8')) for path in paths if path.stem in modules]


def contract_entries():
    """One test per case and per reject: (contract, entry, whether it is a case), named by the entry."""
    entries = []
    for contract in function_contracts():
        for case in contract['cases']:
            entries.append(pytest.param(contract, case, True, id='{}: {}'.format(contract['trigger'], case['name'])))
        for reject in contract['rejects']:
            name = '{} leaves to other triggers: {}'.format(contract['trigger'], reject['name'])
            entries.append(pytest.param(contract, reject, False, id=name))
    return entries


def event_bytes(entry, sample_event):
    """The bytes an entry's event stands for, as FC would hand them to the handler."""
    if 'eventFile' in entry:
        return sample_event(entry['eventFile'])
    if 'eventText' in entry:
        return entry['eventText'].encode('utf-8')
    if 'eventBase64' in entry:
        return base64.b64decode(entry['eventBase64'])
    if 'event' in entry:
        return json.dumps(entry['event'], separators=(',', ':'), ensure_ascii=False).encode('utf-8')
    raise ValueError('contract entry "{}" gives no event'.format(entry['name']))


def as_json_value(value):
    """value as canonical JSON text, so that equal JSON values compare equal and nothing else does."""
    # Python's == takes True for 1; JSON (and every other language's test) tells them apart, and 1 from 1.0 not.
    return json.dumps(_whole_floats_as_ints(value), sort_keys=True, indent=2, ensure_ascii=False)


def _whole_floats_as_ints(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole_floats_as_ints(item) for item in value]
    if isinstance(value, dict):
        return {key: _whole_floats_as_ints(item) for key, item in value.items()}
    return value


@pytest.mark.parametrize('contract, entry, is_case', contract_entries())
def test_contract(load_function, fc_context, sample_event, contract, entry, is_case):
    index = load_function(FUNCTION)
    event = event_bytes(entry, sample_event)
    if is_case:
        result = json.loads(index.handler(event, fc_context(FUNCTION)))
        if contract.get('jsonBody'):
            result = dict(result, body=json.loads(result['body']))
        assert as_json_value(result) == as_json_value(entry['result'])
    else:
        # Asked the way the handler asks each trigger in turn: None leaves the event to the others.
        decoders = dict(zip(index.TRIGGER_IDS, index.TRIGGERS))
        assert decoders[contract['trigger']].decode(event) is None


def test_every_trigger_has_a_contract(load_function):
    triggers = [contract['trigger'] for contract in function_contracts()]
    assert sorted(triggers) == sorted(load_function(FUNCTION).TRIGGER_IDS)
