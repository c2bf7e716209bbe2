// Rewrites the catalog tables in README.md from the built catalogs: npm run build && node scripts/update-readme.js
import { readFileSync, writeFileSync } from 'node:fs';
import { renderReadmeTables } from '../dist/core/docs.js';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, renderReadmeTables(readFileSync(path, 'utf8')));
