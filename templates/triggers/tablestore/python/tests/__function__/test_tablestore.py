"""The Tablestore trigger through the function's real handler, on events/tablestore.cbor and .json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name
EXPECTED_ROWS = [
    {
        'type': 'PutRow',
        'primaryKey': {'user_id': 'u-1001', 'order_id': 42},
        'columns': {'status': 'paid', 'amount': 99.5},
        'deletedColumns': [],
    },
    {
        'type': 'UpdateRow',
        'primaryKey': {'user_id': 'u-1001', 'order_id': 42},
        'columns': {'status': 'shipped'},
        'deletedColumns': ['coupon'],
    },
    {
        'type': 'DeleteRow',
        'primaryKey': {'user_id': 'u-1002', 'order_id': 7},
        'columns': {},
        'deletedColumns': [],
    },
]


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_cbor_records_as_the_trigger_sends_them(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('tablestore.cbor'))
    assert result == {'trigger': 'tablestore', 'rows': EXPECTED_ROWS}


def test_json_records_as_the_console_sends_them(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('tablestore.json'))
    assert result == {'trigger': 'tablestore', 'rows': EXPECTED_ROWS}


def test_big_integers_become_strings_from_either_encoding(load_function, fc_context, sample_event):
    # Values past 2**53 - 1 would lose digits as JavaScript numbers; both paths give the exact decimal text.
    stream = json.loads(sample_event('tablestore.json'))
    stream['Records'][0]['PrimaryKey'][1]['Value'] = 1506416585881590900
    as_json = invoke(load_function, fc_context, json.dumps(stream).encode('utf-8'))
    assert as_json['rows'][0]['primaryKey']['order_id'] == '1506416585881590900'
    # The same value in the CBOR sample: order_id 42 (0x18 0x2a) becomes a uint64 (0x1b + 8 bytes).
    cbor = sample_event('tablestore.cbor')
    key = b'horder_ideValue\x18\x2a'
    big = b'horder_ideValue\x1b' + (1506416585881590900).to_bytes(8, 'big')
    as_cbor = invoke(load_function, fc_context, cbor.replace(key, big, 1))
    assert as_cbor['rows'][0]['primaryKey']['order_id'] == '1506416585881590900'
