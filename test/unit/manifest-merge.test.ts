import { describe, expect, it } from 'vitest';
import { mergePackageJson } from '../../generators/core/add/manifest-merge.js';

describe('package.json merge for add', () => {
  const project = `${JSON.stringify({ name: 'mine', description: 'my words', scripts: { test: 'vitest run', lint: 'eslint .' }, dependencies: { koa: '^3.0.0' } }, null, 4)}\n`;
  const wanted = JSON.stringify({ name: 'web', description: 'generated', scripts: { test: 'other', dev: 'node dev.js' }, dependencies: { koa: '^2.0.0', express: '^5.2.0' }, devDependencies: { vitest: '^4.0.0' } }, null, 2);

  it('adds only the scripts and dependencies the project lacks; its own values, name and words stay', () => {
    const merged = JSON.parse(mergePackageJson(project, wanted) as string);
    expect(merged).toEqual({
      name: 'mine',
      description: 'my words',
      scripts: { test: 'vitest run', lint: 'eslint .', dev: 'node dev.js' },
      dependencies: { koa: '^3.0.0', express: '^5.2.0' },
      devDependencies: { vitest: '^4.0.0' },
    });
  });

  it('keeps the file\'s indentation and final newline, and changes nothing when nothing is missing', () => {
    const merged = mergePackageJson(project, wanted) as string;
    expect(merged).toMatch(/^\{\n {4}"name"/);
    expect(merged.endsWith('}\n')).toBe(true);
    expect(mergePackageJson(project, project)).toBe(project);
  });

  it('gives up on a file that is not a JSON object, so the caller shows a diff instead', () => {
    expect(mergePackageJson('{ "name": ', wanted)).toBeUndefined();
    expect(mergePackageJson('[]', wanted)).toBeUndefined();
    expect(mergePackageJson(project, 'null')).toBeUndefined();
  });
});
