// Rewrites the catalog tables in README.md from the catalogs: node scripts/update-readme.js
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.js';

const { renderReadmeTables } = await importTs('generators/core/docs.ts');

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, renderReadmeTables(readFileSync(path, 'utf8')));
