// Rewrites the catalog tables in README.md and templates/README.md from the catalogs: node scripts/update-readme.js
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.js';

const { renderReadmeTables } = await importTs('generators/core/docs.ts');

for (const file of ['../README.md', '../templates/README.md']) {
  const path = new URL(file, import.meta.url);
  writeFileSync(path, renderReadmeTables(readFileSync(path, 'utf8')));
}
