import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';
import { hunksOf, linesOf, mergeChange, unifiedDiff } from '../../generators/core/add/line-merge.js';

const base = ['const a = require("./a");', '', 'const LIST = [', '  a,', '];', '', 'function handler() {', '  return LIST;', '}', ''].join('\n');
const next = ['const a = require("./a");', 'const b = require("./b");', '', 'const LIST = [', '  a,', '  b,', '];', '', 'function handler() {', '  return LIST;', '}', ''].join('\n');

describe('merging our change into the user\'s file', () => {
  it('applies the change to an untouched copy', () => {
    expect(mergeChange(base, base, next)).toBe(next);
  });

  it('keeps the user\'s lines away from the change', () => {
    const edited = base.replace('  return LIST;', '  console.log("mine");\n  return LIST;');
    expect(mergeChange(base, edited, next)).toBe(next.replace('  return LIST;', '  console.log("mine");\n  return LIST;'));
  });

  it('gives up where the user edited next to the change', () => {
    const edited = base.replace('  a,\n];', '  a,\n  mine,\n];');
    expect(mergeChange(base, edited, next)).toBeUndefined();
    expect(mergeChange(base, base.replace('  a,\n', ''), next)).toBeUndefined();
    // Two lines away from both changes, a renamed list is the user's and stays.
    expect(mergeChange(base, base.replace('const LIST = [', 'const TRIGGERS = ['), next)).toBe(next.replace('const LIST = [', 'const TRIGGERS = ['));
  });

  it('finds every hunk, and a file with a final newline keeps it', () => {
    expect(hunksOf(linesOf(base), linesOf(next))).toEqual([
      { start: 1, end: 1, lines: ['const b = require("./b");'] },
      { start: 4, end: 4, lines: ['  b,'] },
    ]);
    expect(mergeChange('x\n', 'x\n', 'x\ny\n')).toBe('x\ny\n');
  });
});

describe('unified diffs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cfc-diff-'));
  const apply = (patch: string) => execaSync('git', ['apply', '--check', '-v', '-'], { cwd: folder, input: patch, reject: false });

  it('are patches git applies: a change and a new file', () => {
    writeFileSync(join(folder, 'index.js'), base);
    const patch = unifiedDiff('index.js', base, next) + unifiedDiff('lib/b.js', undefined, 'module.exports = 1;\n');
    const result = apply(patch);
    expect(result.exitCode, result.stderr).toBe(0);
  });

  it('of a file without a final newline and of changes far apart', () => {
    const long = Array.from({ length: 40 }, (_, index) => `line ${index}`);
    const changed = [...long];
    changed.splice(2, 0, 'new near the top');
    changed.splice(35, 1, 'changed near the end');
    writeFileSync(join(folder, 'long.txt'), `${long.join('\n')}\n`);
    const patch = unifiedDiff('long.txt', `${long.join('\n')}\n`, `${changed.join('\n')}\n`);
    expect(patch.match(/^@@/gm)).toHaveLength(2);
    expect(apply(patch).exitCode, apply(patch).stderr).toBe(0);
    expect(unifiedDiff('same.txt', 'a\n', 'a\n')).toBe('');
    // A file without a final newline that gains lines at its end, as s.yaml often is.
    writeFileSync(join(folder, 'open.txt'), 'a\nb');
    const open = unifiedDiff('open.txt', 'a\nb', 'a\nb\nc\n');
    expect(open).toContain('-b\n\\ No newline at end of file\n+b\n+c\n');
    expect(apply(open).exitCode, apply(open).stderr).toBe(0);
  });
});
