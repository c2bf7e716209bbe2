import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_TABLES, renderReadmeTables } from '../../generators/core/docs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const templatesReadme = readFileSync(new URL('../../templates/README.md', import.meta.url), 'utf8');

describe('README catalog tables', () => {
  it.each([['README.md', readme], ['templates/README.md', templatesReadme]])('%s: are up to date with the catalogs (run: npm run docs)', (_, text) => {
    expect(renderReadmeTables(text)).toBe(text);
  });

  it('has every table, in one of the two READMEs', () => {
    for (const name of Object.keys(README_TABLES)) expect(`${readme}${templatesReadme}`).toContain(`<!-- catalog:${name} -->`);
  });

  it('would notice a stale table', () => {
    const stale = readme.replace('<!-- catalog:runtimes -->\n', '<!-- catalog:runtimes -->\n| stale row |\n');
    expect(renderReadmeTables(stale)).not.toBe(stale);
  });
});
