import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

const rows = [
  {
    type: 'PutRow',
    primaryKey: { user_id: 'u-1001', order_id: 42 },
    columns: { status: 'paid', amount: 99.5 },
    deletedColumns: [],
  },
  {
    type: 'UpdateRow',
    primaryKey: { user_id: 'u-1001', order_id: 42 },
    columns: { status: 'shipped' },
    deletedColumns: ['coupon'],
  },
  { type: 'DeleteRow', primaryKey: { user_id: 'u-1002', order_id: 7 }, columns: {}, deletedColumns: [] },
];

describe('tablestore trigger', () => {
  it('reads the rows from CBOR, as the trigger sends them', async () => {
    const result = await invokeHandler(readSampleEvent('tablestore.cbor'));
    expect(result).toEqual({ trigger: 'tablestore', rows });
  });

  it('reads the same rows from JSON, as console test events send them', async () => {
    const fromJson = await invokeHandler(readSampleEvent('tablestore.json'));
    const fromCbor = await invokeHandler(readSampleEvent('tablestore.cbor'));
    expect(fromJson).toEqual({ trigger: 'tablestore', rows });
    expect(fromJson).toEqual(fromCbor);
  });
});
