"""The CBOR decoder on examples from RFC 8949 Appendix A, plus the JSON-safe conversions."""
import math
from pathlib import Path

import pytest

FUNCTION = Path(__file__).parent.name

EXAMPLES = [
    ('00', 0),
    ('17', 23),
    ('1818', 24),
    ('1903e8', 1000),
    ('1a000f4240', 1000000),
    ('1b000000e8d4a51000', 1000000000000),
    ('1b001fffffffffffff', 2 ** 53 - 1),
    ('1b0020000000000000', '9007199254740992'),
    ('1bffffffffffffffff', '18446744073709551615'),
    ('3bffffffffffffffff', '-18446744073709551616'),
    ('c249010000000000000000', '18446744073709551616'),
    ('20', -1),
    ('3863', -100),
    ('f90000', 0.0),
    ('f93c00', 1.0),
    ('f97bff', 65504.0),
    ('f90001', 5.960464477539063e-08),
    ('fa47c35000', 100000.0),
    ('fb3ff199999999999a', 1.1),
    ('f97c00', math.inf),
    ('f4', False),
    ('f5', True),
    ('f6', None),
    ('f7', None),
    ('40', ''),
    ('4401020304', 'AQIDBA=='),
    ('60', ''),
    ('6449455446', 'IETF'),
    ('62c3bc', '\u00fc'),
    ('80', []),
    ('83010203', [1, 2, 3]),
    ('8301820203820405', [1, [2, 3], [4, 5]]),
    ('a201020304', {1: 2, 3: 4}),
    ('a26161016162820203', {'a': 1, 'b': [2, 3]}),
    ('c074323031332d30332d32315432303a30343a30305a', '2013-03-21T20:04:00Z'),
    ('5f42010243030405ff', 'AQIDBAU='),
    ('7f657374726561646d696e67ff', 'streaming'),
    ('9fff', []),
    ('9f018202039f0405ffff', [1, [2, 3], [4, 5]]),
    ('bf61610161629f0203ffff', {'a': 1, 'b': [2, 3]}),
    ('bf6346756ef563416d7421ff', {'Fun': True, 'Amt': -2}),
]

MALFORMED = [
    '',  # nothing
    '18',  # argument missing
    '1b0000',  # argument cut short
    '62c3',  # text shorter than its length
    '62c328',  # not UTF-8
    '0000',  # two items
    'ff',  # a break outside an indefinite item
    '9f01',  # indefinite array never closed
    '5f6161ff',  # text chunk inside a byte string
    '1f',  # indefinite length on an integer
    '1c',  # reserved additional information
    'a1818001',  # array as a map key
    '81' * 200 + '00',  # nested too deep
]


@pytest.fixture
def cbor(load_function):
    return load_function(FUNCTION, 'triggers.cbor_decoder')


def test_rfc_8949_examples(cbor):
    for hex_text, expected in EXAMPLES:
        assert cbor.decode(bytes.fromhex(hex_text)) == expected, hex_text


def test_nan_and_negative_zero(cbor):
    assert math.isnan(cbor.decode(bytes.fromhex('f97e00')))
    assert math.copysign(1.0, cbor.decode(bytes.fromhex('f98000'))) == -1.0


def test_malformed_input_raises_a_decode_error(cbor):
    for hex_text in MALFORMED:
        with pytest.raises(cbor.CBORDecodeError):
            cbor.decode(bytes.fromhex(hex_text))
