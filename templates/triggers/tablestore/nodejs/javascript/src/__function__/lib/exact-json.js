'use strict';

exports.parseJsonWithExactIntegers = parseJsonWithExactIntegers;

const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * JSON text parsed with every integer past Number.MAX_SAFE_INTEGER kept as its exact decimal text,
 * as the CBOR decoder keeps it: Tablestore's 64-bit integers would otherwise lose digits.
 */
function parseJsonWithExactIntegers(text) {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === '"') {
      // Copied as it is: a number inside a string is text already.
      let end = at + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(at, end + 1);
      at = end + 1;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = at;
      const match = NUMBER.exec(text);
      const literal = match ? match[0] : char;
      const exactInteger = match !== null && match[1] === undefined && match[2] === undefined && !Number.isSafeInteger(Number(literal));
      out += exactInteger ? `"${literal}"` : literal;
      at += literal.length;
    } else {
      out += char;
      at += 1;
    }
  }
  return JSON.parse(out);
}
