// Regenerates templates/triggers/tablestore/events/tablestore.cbor from tablestore.json, the way Tablestore sends it:
// CBOR with integers as CBOR integers (64-bit timestamps as uint64) and doubles as float64.
// test/unit/sample-events.test.ts checks that the pair agrees.
import { readFileSync, writeFileSync } from 'node:fs';
import { encode } from 'cbor2';

const dir = new URL('../templates/triggers/tablestore/events/', import.meta.url);
const rows = JSON.parse(readFileSync(new URL('tablestore.json', dir), 'utf8'));
writeFileSync(new URL('tablestore.cbor', dir), encode(rows, { float64: true }));
