"""A small CBOR (RFC 8949) decoder, so the Tablestore trigger needs no third-party package.

Results are JSON-safe: integers beyond +/-(2**53 - 1) become decimal strings (a JavaScript number
would round them), byte strings become base64 text and `undefined` becomes None.
"""
import base64
import struct

MAX_SAFE_INTEGER = 2 ** 53 - 1
MAX_DEPTH = 100  # far deeper than any Tablestore record; stops hostile input from exhausting the stack
_BREAK = object()  # the 0xff that ends an indefinite-length item
_FLOAT_FORMATS = {25: '>e', 26: '>f', 27: '>d'}
_SIMPLE_VALUES = {20: False, 21: True, 22: None, 23: None}  # 23 is `undefined`


class CBORDecodeError(ValueError):
    """The bytes are not exactly one well-formed CBOR item."""


def decode(data):
    """The single CBOR item in data (bytes), made JSON-safe."""
    reader = _Reader(bytes(data))
    value = reader.item()
    if value is _BREAK:
        raise CBORDecodeError('unexpected break (0xff)')
    if reader.position != len(reader.data):
        raise CBORDecodeError('{} bytes left after the CBOR item'.format(len(reader.data) - reader.position))
    return json_safe(value)


def json_safe(value):
    """value with big integers as decimal strings and bytes as base64, recursively."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER else str(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode('ascii')
    if isinstance(value, list):
        return [json_safe(item) for item in value]
    if isinstance(value, dict):
        return {json_safe(key): json_safe(item) for key, item in value.items()}
    return value


class _Reader(object):
    def __init__(self, data):
        self.data = data
        self.position = 0
        self.depth = 0

    def take(self, count):
        end = self.position + count
        if end > len(self.data):
            raise CBORDecodeError('unexpected end of data')
        chunk = self.data[self.position:end]
        self.position = end
        return chunk

    def argument(self, info):
        """The number that follows the initial byte: a value, length or tag; None for indefinite length."""
        if info < 24:
            return info
        if info == 24:
            return self.take(1)[0]
        if info in (25, 26, 27):
            return struct.unpack({25: '>H', 26: '>I', 27: '>Q'}[info], self.take(1 << (info - 24)))[0]
        if info == 31:
            return None
        raise CBORDecodeError('reserved additional information {}'.format(info))

    def item(self):
        """The next item, or _BREAK when it is the 0xff that ends an indefinite-length item."""
        initial = self.take(1)[0]
        major, info = initial >> 5, initial & 0x1F
        if major == 7:
            return self.simple(info)
        length = self.argument(info)
        if major in (0, 1, 6) and length is None:
            raise CBORDecodeError('major type {} cannot have indefinite length'.format(major))
        if major == 0:
            return length
        if major == 1:
            return -1 - length
        if major in (2, 3):
            return self.string(major, length)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise CBORDecodeError('nested deeper than {}'.format(MAX_DEPTH))
        try:
            if major == 4:
                return self.array(length)
            if major == 5:
                return self.map(length)
            return self.tagged(length)
        finally:
            self.depth -= 1

    def simple(self, info):
        if info in _SIMPLE_VALUES:
            return _SIMPLE_VALUES[info]
        if info in _FLOAT_FORMATS:
            return struct.unpack(_FLOAT_FORMATS[info], self.take(1 << (info - 24)))[0]
        if info == 31:
            return _BREAK
        raise CBORDecodeError('unsupported simple value (additional information {})'.format(info))

    def string(self, major, length):
        if length is None:  # indefinite: definite chunks of the same type, then a break
            chunks = []
            while True:
                initial = self.take(1)[0]
                if initial == 0xFF:
                    break
                chunk_length = self.argument(initial & 0x1F)
                if initial >> 5 != major or chunk_length is None:
                    raise CBORDecodeError('bad chunk in an indefinite-length string')
                chunks.append(self.take(chunk_length))
            raw = b''.join(chunks)
        else:
            raw = self.take(length)
        if major == 2:
            return raw
        try:
            return raw.decode('utf-8')
        except UnicodeDecodeError:
            raise CBORDecodeError('text string is not UTF-8')

    def array(self, length):
        items = []
        while length is None or len(items) < length:
            value = self.item()
            if value is _BREAK:
                if length is None:
                    return items
                raise CBORDecodeError('unexpected break (0xff) in an array')
            items.append(value)
        return items

    def map(self, length):
        entries = {}
        count = 0
        while length is None or count < length:
            key = self.item()
            if key is _BREAK:
                if length is None:
                    return entries
                raise CBORDecodeError('unexpected break (0xff) in a map')
            value = self.item()
            if value is _BREAK:
                raise CBORDecodeError('map key without a value')
            if isinstance(key, (list, dict)):
                raise CBORDecodeError('map keys must be numbers, strings or simple values')
            entries[key] = value
            count += 1
        return entries

    def tagged(self, tag):
        value = self.item()
        if value is _BREAK:
            raise CBORDecodeError('tag without a value')
        if tag in (2, 3) and isinstance(value, bytes):  # bignums: unsigned, and negative as -1 - n
            number = int.from_bytes(value, 'big')
            return number if tag == 2 else -1 - number
        return value  # other tags (dates, URIs, ...) keep their plain value
