import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../generators/core/catalog/families/index.js';
import { composerJson } from '../../generators/core/catalog/families/php-composer.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

const php = (raw: RawAnswers) => resolveProject({ name: 'shop', runtime: 'php7.2', ...raw });

describe('the PHP family', () => {
  it('writes composer.json with PHPUnit for PHP 7.2 and 8, and nothing the functions need at run time', () => {
    const manifest = composerJson(php({ triggers: ['oss', 'timer'] }));
    expect(manifest.require).toEqual({ php: '>=7.2' });
    expect(manifest['require-dev']).toEqual({ 'phpunit/phpunit': '^8.5 || ^9.6' });
  });

  it('adds the PSR-7 packages the HTTP function and its tests use, sorted', () => {
    const manifest = composerJson(php({ fcVersion: '2', triggers: ['http', 'oss'] }));
    expect(Object.keys(manifest['require-dev'] as object)).toEqual(['guzzlehttp/psr7', 'phpunit/phpunit', 'ringcentral/psr7']);
  });

  it('keeps FC 3.0 HTTP triggers on the event handler, which needs no PSR-7', () => {
    const manifest = composerJson(php({ fcVersion: '3', triggers: ['http'] }));
    expect(Object.keys(manifest['require-dev'] as object)).toEqual(['phpunit/phpunit']);
  });

  it('plans the project layer, composer.json and one folder per function deployed as it is', () => {
    const plan = planProject(php({ fcVersion: '2', triggers: ['http', 'oss'] }));
    expect(plan.layers.map((layer) => layer.source)).toEqual(['common', 'php/project', 'php/http', 'php/event', 'triggers/oss/php', 'php/local']);
    const composer = plan.files.find((file) => file.path === 'composer.json');
    expect(JSON.parse(composer?.contents ?? '{}')).toEqual(composerJson(php({ fcVersion: '2', triggers: ['http', 'oss'] })));
    expect(FAMILIES.php.codeDir('php', 'shop-event')).toBe('./src/shop-event');
  });
});
