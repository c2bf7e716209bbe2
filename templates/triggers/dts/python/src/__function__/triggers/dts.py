"""DTS trigger: row changes of a database that Data Transmission Service tracks, pushed in batches as CloudEvents."""
import base64
import math
import numbers

from .cloud_events import data_of, number_or_none, object_or_empty, pushed_events_of_type, text_or_none
from .payload import parse_json
from .timestamps import iso_from_seconds


def decode(event):
    """The pushed change records, CloudEvents of type dts:ConsumeMessage, as a list, or None."""
    return pushed_events_of_type(parse_json(event), 'dts:ConsumeMessage')


def handle(cloud_events, context):
    """Each row change with the row before and after it, column by column."""
    return {'trigger': 'dts', 'changes': [_change(item) for item in cloud_events]}


def _change(cloud_event):
    data = data_of(cloud_event)
    schema = object_or_empty(data.get('schema'))
    return {
        'operation': text_or_none(data.get('operationType')),
        'database': text_or_none(schema.get('databaseName')),
        'table': text_or_none(schema.get('tableName')),
        'changedAt': iso_from_seconds(data.get('sourceTimestamp')),  # in seconds
        'before': _row(data.get('beforeImage')),
        'after': _row(data.get('afterImage')),
    }


def _row(image):
    """An image's columns by name: its values line up with its schema's fields by position."""
    if not isinstance(image, dict) or not isinstance(image.get('values'), list):
        return None
    fields = object_or_empty(image.get('recordSchema')).get('recordFields')
    row = {}
    for index, field in enumerate(fields if isinstance(fields, list) else []):
        if not isinstance(field, dict) or not isinstance(field.get('fieldName'), str):
            continue
        position = number_or_none(field.get('fieldPosition'))
        row[field['fieldName']] = _column_value(_at(image['values'], index if position is None else position))
    return row


def _at(values, position):
    # Only a whole position inside the list: Python would count a negative one from the end.
    if isinstance(position, float) and not position.is_integer():
        return None
    position = int(position)
    return values[position] if 0 <= position < len(values) else None


def _column_value(value):
    """One column's value: numbers come as {data: 115}; text comes as a serialised Java ByteBuffer,
    {data: {hb: [bytes...]}, charset}, whose bytes are the text in that character set (UTF-8 here;
    another set's bytes are given as base64).
    """
    if not isinstance(value, dict):
        return None
    data = value.get('data')
    if isinstance(data, dict) and isinstance(data.get('hb'), list):
        raw = bytes(_byte(item) for item in data['hb'])
        charset = value.get('charset')
        charset = charset.lower() if isinstance(charset, str) else 'utf8'
        if charset.startswith('utf8') or charset == 'utf-8':
            return raw.decode('utf-8', 'replace')
        return base64.b64encode(raw).decode('ascii')
    return data


def _byte(item):
    # Java's bytes are signed (-128..127): a number's low 8 bits; True is 1, anything else 0 (Java sends numbers).
    if isinstance(item, numbers.Real) and not (isinstance(item, float) and not math.isfinite(item)):
        return int(item) & 0xff
    return 0
