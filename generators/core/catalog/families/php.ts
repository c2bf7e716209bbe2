import { composerJsonText } from './php-composer.js';
import type { Family } from './types.js';
import { sourceDir } from './types.js';

export const phpFamily: Family = {
  templates: () => 'php',
  projectLayer: true,
  functionLayer: false,
  installHint: 'composer install',
  test: 'vendor/bin/phpunit',
  // The code folder deploys as it is: the functions use only PHP itself (and RingCentral\Psr7, which FC provides).
  codeDir: (_language, functionName) => `./${sourceDir(functionName)}`,
  testDir: 'tests/<function>/',
  handler: (type) =>
    type === 'http' ? 'function handler($request, $context): RingCentral\\Psr7\\Response' : 'function handler($event, $context)',
  projectFiles: (spec) => [{ path: 'composer.json', contents: composerJsonText(spec) }],
  verification: {
    level: 'stand-in-sdk',
    detail:
      "own PHPUnit suites run for real on Debian's PHP 8.2 and PHPUnit 9.6, with RingCentral\\Psr7\\Response a stand-in over Debian's guzzlehttp/psr7; code and tests checked for PHP 7.2 syntax and library calls (PHP-Parser tree and tokens), but not run on PHP 7.2 or PHPUnit 8.5, and composer install not run",
  },
};
