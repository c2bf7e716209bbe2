import { describe, expect, it } from 'vitest';
import { requireSource } from './function-under-test.js';

const { decodeCbor } = requireSource('lib/cbor.js');
const decodeHex = (hex) => decodeCbor(Buffer.from(hex.replace(/ /g, ''), 'hex'));

describe('CBOR decoder', () => {
  it.each([
    ['00', 0],
    ['17', 23],
    ['1818', 24],
    ['190100', 256],
    ['1a000f4240', 1000000],
    ['1b000000e8d4a51000', 1000000000000],
    ['1b001fffffffffffff', Number.MAX_SAFE_INTEGER],
    ['20', -1],
    ['3863', -100],
    ['3b001ffffffffffffe', -Number.MAX_SAFE_INTEGER],
  ])('decodes the integer %s', (hex, value) => {
    expect(decodeHex(hex)).toBe(value);
  });

  it('decodes 64-bit integers beyond the safe range as decimal strings', () => {
    expect(decodeHex('1bffffffffffffffff')).toBe('18446744073709551615');
    expect(decodeHex('3bffffffffffffffff')).toBe('-18446744073709551616');
    expect(decodeHex('c249010000000000000000')).toBe('18446744073709551616');
    expect(decodeHex('c349010000000000000000')).toBe('-18446744073709551617');
  });

  it.each([
    ['f90000', 0],
    ['f93c00', 1],
    ['f9c400', -4],
    ['f97bff', 65504],
    ['f90001', 5.960464477539063e-8],
    ['f97c00', Infinity],
    ['fa47c35000', 100000],
    ['fb3ff199999999999a', 1.1],
  ])('decodes the float %s', (hex, value) => {
    expect(decodeHex(hex)).toBe(value);
  });

  it('decodes simple values', () => {
    expect(decodeHex('f4')).toBe(false);
    expect(decodeHex('f5')).toBe(true);
    expect(decodeHex('f6')).toBeNull();
    expect(decodeHex('f7')).toBeUndefined();
  });

  it('decodes strings, arrays and maps', () => {
    expect(decodeHex('6449455446')).toBe('IETF');
    expect(decodeHex('62c3bc')).toBe('ü');
    expect(decodeHex('4401020304')).toEqual(Buffer.from([1, 2, 3, 4]));
    expect(decodeHex('83 01 82 02 03 82 04 05')).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeHex('a2 61 61 01 61 62 82 02 03')).toEqual({ a: 1, b: [2, 3] });
    expect(decodeHex('a1 01 02')).toEqual({ 1: 2 });
  });

  it('decodes indefinite-length items', () => {
    expect(decodeHex('7f 65 7374726561 64 6d696e67 ff')).toBe('streaming');
    expect(decodeHex('5f 42 0102 43 030405 ff')).toEqual(Buffer.from([1, 2, 3, 4, 5]));
    expect(decodeHex('9f 01 82 02 03 9f 04 05 ff ff')).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeHex('bf 61 61 01 61 62 9f 02 03 ff ff')).toEqual({ a: 1, b: [2, 3] });
  });

  it('keeps the tagged content of other tags', () => {
    expect(decodeHex('c1 1a 514b67b0')).toBe(1363896240);
  });

  it('keeps a __proto__ key as an ordinary key', () => {
    const decoded = decodeHex('a1 69 5f5f70726f746f5f5f f5');
    expect(Object.keys(decoded)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
  });

  it.each([
    ['truncated input', '1a0000'],
    ['trailing bytes', '0000'],
    ['a stray break', 'ff'],
    ['a reserved length', '1c'],
  ])('rejects %s', (_, hex) => {
    expect(() => decodeHex(hex)).toThrow(/CBOR/);
  });
});
