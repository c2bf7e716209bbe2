"""Tablestore trigger: rows written to a table with Stream enabled, one record per row change.

The trigger sends the records as CBOR; the console's test events send the same records as JSON.
"""
from .cbor_decoder import CBORDecodeError, decode as decode_cbor, json_safe
from .payload import parse_json


def decode(event):
    """The stream records ({Version, Records: [...]}) from CBOR or JSON bytes, or None."""
    stream = parse_json(event)
    if stream is None:
        try:
            stream = decode_cbor(event)
        except CBORDecodeError:
            return None
    else:
        stream = json_safe(stream)  # big integers as strings, exactly as the CBOR path gives them
    if isinstance(stream, dict) and isinstance(stream.get('Version'), str) \
            and isinstance(stream.get('Records'), list):
        return stream
    return None


def handle(stream, context):
    """Each row change: its type, primary key, the columns it wrote and the columns it deleted."""
    return {'trigger': 'tablestore', 'rows': [_row(record) for record in stream['Records']]}


def _row(record):
    columns = {}
    deleted_columns = []
    for column in record.get('Columns') or []:
        if column.get('Type') == 'Put':
            columns[column['ColumnName']] = column.get('Value')
        else:  # DeleteOneVersion or DeleteAllVersions
            deleted_columns.append(column['ColumnName'])
    return {
        'type': record.get('Type'),
        'primaryKey': {key['ColumnName']: key.get('Value') for key in record.get('PrimaryKey') or []},
        'columns': columns,
        'deletedColumns': deleted_columns,
    }
