import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_TABLES, renderReadmeTables } from '../../generators/core/docs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README catalog tables', () => {
  it('are up to date with the catalogs (run: npm run docs)', () => {
    expect(renderReadmeTables(readme)).toBe(readme);
  });

  it('has every table', () => {
    for (const name of Object.keys(README_TABLES)) expect(readme).toContain(`<!-- catalog:${name} -->`);
  });

  it('would notice a stale table', () => {
    const stale = readme.replace('<!-- catalog:runtimes -->\n', '<!-- catalog:runtimes -->\n| stale row |\n');
    expect(renderReadmeTables(stale)).not.toBe(stale);
  });
});
