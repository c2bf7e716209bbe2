import { pinned } from '../../versions.js';
import type { ProjectSpec } from '../../validate.js';

/** The oldest PHP the project's dev dependencies must install on: FC's php7.2. */
export const PHP_FLOOR = '>=7.2';

/** composer.json of a PHP project, as data: PHPUnit, plus the PSR-7 packages when it has an HTTP function. */
export function composerJson(spec: ProjectSpec): Record<string, unknown> {
  const hasHttpFunction = spec.functions.some((fn) => fn.type === 'http');
  // Sorted, as Composer keeps them (config.sort-packages) when the user adds one.
  const devPackages = [...(hasHttpFunction ? ['guzzlehttp/psr7'] : []), 'phpunit/phpunit', ...(hasHttpFunction ? ['ringcentral/psr7'] : [])];
  return {
    description: `${spec.name}: Function Compute functions (${spec.runtime})`,
    // An application, not a library to publish (as package.json's `private: true`).
    type: 'project',
    license: 'proprietary',
    // The functions themselves need nothing beyond PHP: src/<function>/ deploys as it is.
    require: { php: PHP_FLOOR },
    'require-dev': Object.fromEntries(devPackages.map((name) => [name, pinned(name)])),
    scripts: { test: 'phpunit' },
    config: { 'sort-packages': true },
  };
}

/** composer.json's text. */
export function composerJsonText(spec: ProjectSpec): string {
  return `${JSON.stringify(composerJson(spec), null, 4)}\n`;
}
