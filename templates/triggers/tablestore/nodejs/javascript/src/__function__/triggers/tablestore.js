'use strict';

exports.decode = decode;
exports.handle = handle;

const { decodeCbor } = require('../lib/cbor');
const { parseJsonWithExactIntegers } = require('../lib/exact-json');
const { isObject } = require('../lib/json');

exports.id = 'tablestore';

/** Recognises Tablestore Stream records: CBOR bytes (what the trigger sends) or the same records as JSON (console tests). */
function decode(raw, json) {
  // JSON is parsed again, keeping 64-bit integers exact, as CBOR's are.
  const records = json !== undefined ? parseJsonWithExactIntegers(raw.toString('utf8')) : decodeCborMap(raw);
  return isStreamRecords(records) ? records : undefined;
}

function isStreamRecords(records) {
  return isObject(records) && typeof records.Version === 'string' && Array.isArray(records.Records);
}

/** Turns each changed row into `{type, primaryKey, columns, deletedColumns}` keyed by column name. */
function handle(records) {
  return {
    trigger: 'tablestore',
    rows: records.Records.map((record) => {
      const columns = record.Columns ?? [];
      return {
        type: record.Type,
        primaryKey: Object.fromEntries((record.PrimaryKey ?? []).map((column) => [column.ColumnName, jsonValue(column.Value)])),
        columns: Object.fromEntries(
          columns.filter((column) => column.Type === 'Put').map((column) => [column.ColumnName, jsonValue(column.Value)]),
        ),
        // DeleteOneVersion and DeleteAllVersions both remove the column's value.
        deletedColumns: columns.filter((column) => column.Type !== 'Put').map((column) => column.ColumnName),
      };
    }),
  };
}

/** The CBOR-decoded event when it is a CBOR map, the shape Tablestore sends; undefined otherwise. */
function decodeCborMap(raw) {
  const majorType = raw.length > 0 ? raw[0] >> 5 : -1;
  if (majorType !== 5) return undefined;
  try {
    return decodeCbor(raw);
  } catch {
    return undefined;
  }
}

/** Blob values (byte strings) as base64, so the result stays JSON. */
function jsonValue(value) {
  return Buffer.isBuffer(value) ? value.toString('base64') : value;
}
