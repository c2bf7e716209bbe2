import { readdirSync, readFileSync } from 'node:fs';
import { decode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../generators/core/catalog/triggers/index.js';

const EVENTS = new URL('../../templates/events/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, EVENTS));

describe('sample events', () => {
  const files = TRIGGERS.flatMap((trigger) => trigger.sampleEvents as readonly string[]);

  it('are exactly the files the triggers name', () => {
    expect(readdirSync(EVENTS).sort()).toEqual([...files].sort());
  });

  it.each(files.filter((file) => file.endsWith('.json')))('%s is valid JSON', (file) => {
    expect(() => JSON.parse(read(file).toString('utf8'))).not.toThrow();
  });

  it('tablestore.cbor holds the rows of tablestore.json, with 64-bit integers as CBOR integers', () => {
    const fromCbor = decode(read('tablestore.cbor')) as unknown;
    const normalised = JSON.parse(JSON.stringify(fromCbor, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)));
    expect(normalised).toEqual(JSON.parse(read('tablestore.json').toString('utf8')));
    // 0x1b starts an unsigned 64-bit integer: how Tablestore encodes microsecond timestamps.
    expect(read('tablestore.cbor').includes(0x1b)).toBe(true);
  });
});
