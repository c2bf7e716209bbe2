// A small CBOR (RFC 8949) decoder, so the function needs no dependency to read what Tablestore sends.
// Integers beyond Number.MAX_SAFE_INTEGER become decimal strings, keeping the result JSON-serialisable.

/** A decoded CBOR value: byte strings are Buffers, maps are plain objects. */
export type CborValue = number | string | boolean | null | undefined | Buffer | CborValue[] | { [key: string]: CborValue };

const BREAK = Symbol('break');
type Item = CborValue | typeof BREAK;

/** Decodes the one CBOR data item that `bytes` holds: byte strings become Buffers, maps plain objects. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const input = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  let offset = 0;

  function read(count: number): Buffer {
    if (offset + count > input.length) throw new Error('CBOR: unexpected end of input');
    offset += count;
    return input.subarray(offset - count, offset);
  }

  /** Reads the next data item; returns BREAK for the stop code of an indefinite-length item. */
  function item(): Item {
    const initial = read(1)[0];
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (major === 7) return simpleOrFloat(info);
    if (info === 31) return indefinite(major);
    const argument = readArgument(info);
    switch (major) {
      case 0:
        return typeof argument === 'number' ? argument : integer(argument);
      case 1:
        return typeof argument === 'number' ? -1 - argument : integer(-1n - argument);
      case 2:
        return Buffer.from(read(length(argument)));
      case 3:
        return read(length(argument)).toString('utf8');
      case 4: {
        const items: CborValue[] = [];
        for (let count = length(argument); count > 0; count -= 1) items.push(value());
        return items;
      }
      case 5: {
        const map: { [key: string]: CborValue } = {};
        for (let count = length(argument); count > 0; count -= 1) setEntry(map, value(), value());
        return map;
      }
      default:
        return tagged(argument, value());
    }
  }

  /** An item that must be a value, not a break. */
  function value(): CborValue {
    const next = item();
    if (next === BREAK) throw new Error('CBOR: unexpected break');
    return next;
  }

  /** The additional information's argument: a count, a length or a tag number (a BigInt when 64-bit). */
  function readArgument(info: number): number | bigint {
    if (info < 24) return info;
    if (info === 24) return read(1)[0];
    if (info === 25) return read(2).readUInt16BE(0);
    if (info === 26) return read(4).readUInt32BE(0);
    if (info === 27) return read(8).readBigUInt64BE(0);
    throw new Error(`CBOR: reserved additional information ${info}`);
  }

  /** A length or count as a Number; a 64-bit one is legal, though never that large in practice. */
  function length(argument: number | bigint): number {
    if (typeof argument === 'number') return argument;
    if (argument > BigInt(input.length)) throw new Error('CBOR: length beyond the end of input');
    return Number(argument);
  }

  function indefinite(major: number): CborValue {
    if (major === 2 || major === 3) {
      const chunks: Buffer[] = [];
      for (let chunk = item(); chunk !== BREAK; chunk = item()) {
        if (!Buffer.isBuffer(chunk) && typeof chunk !== 'string') throw new Error('CBOR: bad chunk in an indefinite-length string');
        chunks.push(Buffer.from(chunk));
      }
      const joined = Buffer.concat(chunks);
      return major === 2 ? joined : joined.toString('utf8');
    }
    if (major === 4) {
      const items: CborValue[] = [];
      for (let next = item(); next !== BREAK; next = item()) items.push(next);
      return items;
    }
    if (major === 5) {
      const map: { [key: string]: CborValue } = {};
      for (let key = item(); key !== BREAK; key = item()) setEntry(map, key, value());
      return map;
    }
    throw new Error(`CBOR: major type ${major} cannot have an indefinite length`);
  }

  function simpleOrFloat(info: number): Item {
    switch (info) {
      case 20:
        return false;
      case 21:
        return true;
      case 22:
        return null;
      case 23:
        return undefined;
      case 24:
        read(1); // an unassigned simple value: no JSON equivalent
        return undefined;
      case 25:
        return halfToNumber(read(2).readUInt16BE(0));
      case 26:
        return read(4).readFloatBE(0);
      case 27:
        return read(8).readDoubleBE(0);
      case 31:
        return BREAK;
      default:
        if (info < 20) return undefined; // unassigned simple values 0..19
        throw new Error(`CBOR: reserved simple value ${info}`);
    }
  }

  const result = value();
  if (offset !== input.length) throw new Error('CBOR: trailing bytes after the data item');
  return result;
}

/** The value a tag wraps; tags 2 and 3 (bignums: big-endian bytes n meaning n or -1 - n) become integers. */
function tagged(tag: number | bigint, content: CborValue): CborValue {
  if ((tag === 2 || tag === 3) && Buffer.isBuffer(content)) {
    const magnitude = content.length === 0 ? 0n : BigInt(`0x${content.toString('hex')}`);
    return integer(tag === 2 ? magnitude : -1n - magnitude);
  }
  // Other tags (dates, URIs, ...) only annotate their content.
  return content;
}

/** A Number when it is exact, else its decimal string (JSON has no 64-bit integers). */
function integer(value: bigint): number | string {
  const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? Number(value) : value.toString();
}

/** IEEE 754 half precision to a Number. */
function halfToNumber(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** Sets a map entry; keys that are not strings become their JSON text, and `__proto__` stays an ordinary key. */
function setEntry(map: { [key: string]: CborValue }, key: CborValue, value: CborValue): void {
  const name = typeof key === 'string' ? key : JSON.stringify(Buffer.isBuffer(key) ? key.toString('hex') : key);
  Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
}
