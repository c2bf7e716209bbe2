import { describe, expect, it } from 'vitest';
import { targetProblem, unwritableFile, type PathKind, type PathProbe } from '../../generators/target-dir.js';

/** A disk given as a listing: path → kind, and whether it may be written (read-only folders and files that root could still write). */
function fakeDisk(listing: Record<string, [PathKind, boolean] | [PathKind, boolean, string[]]>): PathProbe {
  return {
    kind: (path) => listing[path]?.[0] ?? 'missing',
    writable: (path) => listing[path]?.[1] ?? false,
    entries: (folder) => listing[folder]?.[2] ?? [],
  };
}

const FILES = ['README.md', 's.yaml', 'src/x/index.js', 'src/x/triggers/timer.js', 'test/x/index.test.js'];

describe('unwritableFile: every planned path is checked before the first write', () => {
  it('passes a project folder where everything can be written', () => {
    const disk = fakeDisk({ '/p': ['directory', true], '/p/s.yaml': ['file', true], '/p/src': ['directory', true] });
    expect(unwritableFile('/p', FILES, disk)).toBeUndefined();
  });

  it('passes a folder that does not exist yet: targetProblem checks where it is created', () => {
    expect(unwritableFile('/p', FILES, fakeDisk({}))).toBeUndefined();
  });

  it('names a read-only folder a file would be created in', () => {
    const disk = fakeDisk({ '/p': ['directory', true], '/p/src': ['directory', false] });
    expect(unwritableFile('/p', FILES, disk)).toBe('src is not writable (src/x/index.js would be created in it)');
  });

  it('names a read-only file that would be overwritten, before the later ones', () => {
    const disk = fakeDisk({ '/p': ['directory', true], '/p/s.yaml': ['file', false], '/p/src': ['directory', false] });
    expect(unwritableFile('/p', FILES, disk)).toBe('s.yaml is not writable');
  });

  it('names a read-only project folder itself', () => {
    expect(unwritableFile('/p', FILES, fakeDisk({ '/p': ['directory', false] }))).toBe('. is not writable (README.md would be created in it)');
  });

  it('names a file where a folder must be, and a folder where a file must be', () => {
    expect(unwritableFile('/p', FILES, fakeDisk({ '/p': ['directory', true], '/p/src': ['file', true] }))).toBe('src is a file where a folder must be (for src/x/index.js)');
    expect(unwritableFile('/p', FILES, fakeDisk({ '/p': ['directory', true], '/p/s.yaml': ['directory', true] }))).toBe('s.yaml is a folder where the file s.yaml must be');
    expect(unwritableFile('/p', FILES, fakeDisk({ '/p': ['directory', true], '/p/README.md': ['other', true] }))).toBe('README.md is not a regular file where the file README.md must be');
  });

  it('checks existing folders deep down too', () => {
    const disk = fakeDisk({ '/p': ['directory', true], '/p/src': ['directory', true], '/p/src/x': ['directory', true], '/p/src/x/triggers': ['directory', false] });
    expect(unwritableFile('/p', FILES, disk)).toBe('src/x/triggers is not writable (src/x/triggers/timer.js would be created in it)');
  });
});

describe('targetProblem: the checks before the first question', () => {
  it('refuses a project folder that exists but cannot be written, or whose parent cannot', () => {
    expect(targetProblem('p', true, '/', fakeDisk({ '/': ['directory', true], '/p': ['directory', false] }))).toBe('Target directory "p" is not writable. Choose another directory.');
    expect(targetProblem('p/q', false, '/', fakeDisk({ '/': ['directory', true], '/p': ['directory', false] }))).toContain('/p is not writable');
  });

  it('refuses a non-empty folder without force, and takes it with force', () => {
    const disk = fakeDisk({ '/': ['directory', true], '/p': ['directory', true, ['.git', 'notes.txt']] });
    expect(targetProblem('p', false, '/', disk)).toContain('"p" is not empty (1 entry)');
    expect(targetProblem('p', true, '/', disk)).toBeUndefined();
  });
});

describe('targetProblem: a path no file system holds is refused before the disk is asked', () => {
  // A probe that fails the test if asked: these paths must be refused from their text alone.
  const untouched: PathProbe = {
    kind: () => expect.unreachable('the disk was asked'),
    writable: () => expect.unreachable('the disk was asked'),
    entries: () => expect.unreachable('the disk was asked'),
  };

  it('a NUL byte in the directory', () => {
    expect(targetProblem('a\0b', false, '/base', untouched)).toBe('The directory "a\0b" holds a NUL byte, which no file system takes in a name. Choose another directory.');
  });

  it('a name over 255 bytes (NAME_MAX), counted in UTF-8 bytes, shown cut', () => {
    const name = '函'.repeat(86);
    expect(Buffer.byteLength(name)).toBe(258);
    expect(targetProblem(name, false, '/base', untouched)).toBe(`The directory "${'函'.repeat(60)}… (86 characters)" has a name of 258 bytes; file systems take at most 255 bytes per name. Choose a shorter directory name.`);
    expect(targetProblem('a'.repeat(255), false, '/base', fakeDisk({ '/base': ['directory', true] }))).toBeUndefined();
  });

  it('a path over 4096 bytes (PATH_MAX)', () => {
    const deep = Array.from({ length: 20 }, () => 'd'.repeat(250)).join('/');
    expect(targetProblem(deep, false, '/base', untouched)).toMatch(/makes a path of 5025 bytes; file systems take at most 4096\./);
  });
});
