// Regenerates templates/events/tablestore.cbor from tablestore.json, the way Tablestore sends it:
// CBOR with 64-bit integers as CBOR integers (not floats). test/unit/sample-events.test.ts checks the pair.
import { readFileSync, writeFileSync } from 'node:fs';
import { Encoder } from 'cbor-x';

const dir = new URL('../templates/events/', import.meta.url);
const rows = JSON.parse(readFileSync(new URL('tablestore.json', dir), 'utf8'), (key, value) =>
  Number.isInteger(value) && Math.abs(value) > 0xffffffff ? BigInt(value) : value,
);
writeFileSync(new URL('tablestore.cbor', dir), new Encoder({ useRecords: false, mapsAsObjects: true }).encode(rows));
