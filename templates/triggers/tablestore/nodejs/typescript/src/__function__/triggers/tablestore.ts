import { decodeCbor } from '../lib/cbor';
import { parseJsonWithExactIntegers } from '../lib/exact-json';
import { isObject } from '../lib/json';

/** A column value: Tablestore integers, doubles, booleans, strings, or blobs (Buffers when decoded from CBOR). */
type ColumnValue = unknown;

/** The records a Tablestore Stream delivers (the fields used here). */
export interface StreamRecords {
  Version: string;
  Records: Array<{
    Type: 'PutRow' | 'UpdateRow' | 'DeleteRow';
    PrimaryKey?: Array<{ ColumnName: string; Value: ColumnValue }>;
    Columns?: Array<{ Type: 'Put' | 'DeleteOneVersion' | 'DeleteAllVersions'; ColumnName: string; Value?: ColumnValue }>;
  }>;
}

export interface Row {
  type: string;
  primaryKey: Record<string, unknown>;
  columns: Record<string, unknown>;
  deletedColumns: string[];
}

export interface TablestoreResult {
  trigger: 'tablestore';
  rows: Row[];
}

export const id = 'tablestore';

/** Recognises Tablestore Stream records: CBOR bytes (what the trigger sends) or the same records as JSON (console tests). */
export function decode(raw: Buffer, json: unknown): StreamRecords | undefined {
  // JSON is parsed again, keeping 64-bit integers exact, as CBOR's are.
  const records = json !== undefined ? parseJsonWithExactIntegers(raw.toString('utf8')) : decodeCborMap(raw);
  return isStreamRecords(records) ? records : undefined;
}

function isStreamRecords(records: unknown): records is StreamRecords {
  return isObject(records) && typeof records.Version === 'string' && Array.isArray(records.Records);
}

/** Turns each changed row into `{type, primaryKey, columns, deletedColumns}` keyed by column name. */
export function handle(records: StreamRecords): TablestoreResult {
  return {
    trigger: 'tablestore',
    rows: records.Records.map((record): Row => {
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
function decodeCborMap(raw: Buffer): unknown {
  const majorType = raw.length > 0 ? raw[0] >> 5 : -1;
  if (majorType !== 5) return undefined;
  try {
    return decodeCbor(raw);
  } catch {
    return undefined;
  }
}

/** Blob values (byte strings) as base64, so the result stays JSON. */
function jsonValue(value: unknown): unknown {
  return Buffer.isBuffer(value) ? value.toString('base64') : value;
}
