import { dataOf, pushedEventsOfType, type CloudEvent } from '../lib/cloud-events';
import { isObject } from '../lib/json';
import { isoFromSeconds } from '../lib/time';

export interface RowChange {
  operation: string | null;
  database: string | null;
  table: string | null;
  changedAt: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface DtsResult {
  trigger: 'dts';
  changes: RowChange[];
}

export const id = 'dts';

/** Recognises a push of DTS change records: CloudEvents of type `dts:ConsumeMessage`. */
export function decode(raw: Buffer, json: unknown): CloudEvent[] | undefined {
  return pushedEventsOfType(json, 'dts:ConsumeMessage');
}

/** Reports each row change with the row before and after it, column by column. */
export function handle(events: CloudEvent[]): DtsResult {
  return {
    trigger: 'dts',
    changes: events.map((event) => {
      const data = dataOf(event);
      const schema = isObject(data.schema) ? data.schema : {};
      return {
        operation: typeof data.operationType === 'string' ? data.operationType : null,
        database: typeof schema.databaseName === 'string' ? schema.databaseName : null,
        table: typeof schema.tableName === 'string' ? schema.tableName : null,
        // sourceTimestamp is in seconds.
        changedAt: isoFromSeconds(data.sourceTimestamp),
        before: rowOf(data.beforeImage),
        after: rowOf(data.afterImage),
      };
    }),
  };
}

/** An image's columns by name: its values line up with its schema's fields by position. */
function rowOf(image: unknown): Record<string, unknown> | null {
  if (!isObject(image) || !Array.isArray(image.values)) return null;
  const fields = isObject(image.recordSchema) && Array.isArray(image.recordSchema.recordFields) ? image.recordSchema.recordFields : [];
  const row: Record<string, unknown> = {};
  fields.forEach((field: unknown, index) => {
    if (!isObject(field) || typeof field.fieldName !== 'string') return;
    const position = typeof field.fieldPosition === 'number' ? field.fieldPosition : index;
    row[field.fieldName] = columnValue((image.values as unknown[])[position]);
  });
  return row;
}

/**
 * One column's value: numbers come as `{data: 115}`; text comes as a serialised Java ByteBuffer,
 * `{data: {hb: [bytes…]}, charset}`, whose bytes are the text in that character set (UTF-8 here;
 * another set's bytes are given as base64).
 */
function columnValue(value: unknown): unknown {
  if (!isObject(value)) return null;
  const data = value.data;
  if (isObject(data) && Array.isArray(data.hb)) {
    const bytes = Buffer.from(data.hb.map((byte) => Number(byte) & 0xff));
    const charset = typeof value.charset === 'string' ? value.charset.toLowerCase() : 'utf8';
    return charset.startsWith('utf8') || charset === 'utf-8' ? bytes.toString('utf8') : bytes.toString('base64');
  }
  return data ?? null;
}
