import { describe, expect, it } from 'vitest';
import { applyPatch, eventBytes, projectContract } from '../../generators/core/contract.js';

describe('contract events', () => {
  const sample = { a: { b: [1, 2, 3], 'c/d': 'x', 'e~f': 'y' } };

  it('apply RFC 6902 add, replace and remove, escaped pointers included, without touching the sample', () => {
    const patched = applyPatch(sample, [
      { op: 'replace', path: '/a/b/0', value: 9 },
      { op: 'remove', path: '/a/b/1' },
      { op: 'add', path: '/a/b/-', value: 4 },
      { op: 'add', path: '/a/new', value: { z: true } },
      { op: 'remove', path: '/a/c~1d' },
      { op: 'replace', path: '/a/e~0f', value: 'z' },
    ]);
    expect(patched).toEqual({ a: { b: [9, 3, 4], new: { z: true }, 'e~f': 'z' } });
    expect(sample.a.b).toEqual([1, 2, 3]);
  });

  it.each([
    [{ op: 'remove', path: '/a/missing' }, 'Nothing at /a/missing to remove'],
    [{ op: 'replace', path: '/a/b/7', value: 1 }, 'No array index 7'],
    [{ op: 'add', path: 'a', value: 1 }, 'must start with /'],
    [{ op: 'remove', path: '' }, 'cannot remove the whole event'],
    [{ op: 'replace', path: '/a/b/01', value: 1 }, 'No array index 01'],
    [{ op: 'replace', path: '/a/c~1d' }, 'gives no value'],
    [{ op: 'add', path: '/__proto__/x', value: 1 }, '__proto__'],
  ] as const)('refuse a step that does not fit the sample: %o', (step, message) => {
    expect(() => applyPatch(sample, [step])).toThrow(message);
  });

  it('write a patched sample out as a JSON event, and keep the other forms as they are', () => {
    const read = () => Buffer.from(JSON.stringify({ kind: 'sample', n: 1 }));
    const contract = projectContract('t', {
      cases: [
        { name: 'patched', eventFile: 's.json', patch: [{ op: 'replace', path: '/n', value: 2 }], result: 1 },
        { name: 'as is', eventFile: 's.json', result: 2 },
        { name: 'text', eventText: '', result: 3 },
      ],
      rejects: [{ name: 'bytes', eventBase64: 'oA==' }],
    }, read);
    expect(contract.cases).toEqual([
      { name: 'patched', event: { kind: 'sample', n: 2 }, result: 1 },
      { name: 'as is', eventFile: 's.json', result: 2 },
      { name: 'text', eventText: '', result: 3 },
    ]);
    expect(eventBytes(contract.rejects[0] as never, read)).toEqual(Buffer.from([0xa0]));
    expect(eventBytes(contract.cases[0] as never, read).toString()).toBe('{"kind":"sample","n":2}');
  });

  it('refuse an entry with no event or two, and a patch of anything but a sample', () => {
    const read = () => Buffer.from('{}');
    expect(() => projectContract('t', { cases: [{ name: 'none', result: 1 }], rejects: [] }, read)).toThrow('exactly one of');
    expect(() => projectContract('t', { cases: [{ name: 'two', eventText: 'a', event: 1, result: 1 }], rejects: [] }, read)).toThrow('found event, eventText');
    expect(() => projectContract('t', { cases: [], rejects: [{ name: 'p', event: {}, patch: [{ op: 'remove', path: '/x' }] }] }, read)).toThrow('a patch applies to a sample event');
  });
});
