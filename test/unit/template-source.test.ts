import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { archiveSource, folderSource, packFolder } from '../../generators/write/template-source.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const folder = folderSource(TEMPLATES);
const archive = packFolder(TEMPLATES);
const packed = archiveSource(Buffer.from(archive));

/** Every folder below templates/, as a layer name. */
const FOLDERS = readdirSync(TEMPLATES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => relative(TEMPLATES, join(entry.parentPath, entry.name)).split(sep).join('/'));

describe('the packed templates', () => {
  it('list the same files as the folder, for every folder a layer can name', () => {
    expect(FOLDERS.length).toBeGreaterThan(100);
    for (const layer of FOLDERS) expect(packed.files(layer), layer).toEqual(folder.files(layer));
  });

  it('hold every file byte for byte, binary ones too, after an index line that lists them', () => {
    const index = JSON.parse(archive.subarray(0, archive.indexOf(0x0a)).toString('utf8')) as [string, number, number][];
    expect(index.map(([path]) => path)).toContain('triggers/tablestore/events/tablestore.cbor');
    expect(index.map(([path]) => path)).toEqual(folder.files(''));
    const topLevel = FOLDERS.filter((layer) => !layer.includes('/'));
    expect(topLevel).toEqual(expect.arrayContaining(['common', 'triggers', 'nodejs', 'python', 'java', 'go', 'php', 'dotnet', 'custom']));
    for (const layer of topLevel) {
      for (const file of folder.files(layer)) expect(packed.read(`${layer}/${file}`).equals(folder.read(`${layer}/${file}`)), `${layer}/${file}`).toBe(true);
    }
  });

  it('refuse a folder or file that is not there, as the folder does', () => {
    expect(() => packed.files('nodejs/cobol')).toThrow('No templates in nodejs/cobol');
    expect(() => folder.files('nodejs/cobol')).toThrow();
    expect(() => packed.read('common/missing.txt')).toThrow('No template common/missing.txt');
  });
});
