import { composerJsonText } from './php-composer.js';
import type { Family } from './types.js';
import { sourceDir } from './types.js';
import { t } from '../../i18n/index.js';

export const phpFamily: Family = {
  templates: () => 'php',
  projectLayer: true,
  functionLayer: false,
  installHint: 'composer install',
  test: 'vendor/bin/phpunit',
  // FC's PHP, on which composer.json's dev dependencies install.
  ci: { setup: { tool: 'php', version: () => '7.2' }, install: 'composer install --no-interaction --no-progress' },
  // The code folder deploys as it is: the functions use only PHP itself (and RingCentral\Psr7, which FC provides).
  codeDir: (_language, functionName) => `./${sourceDir(functionName)}`,
  testDir: 'tests/<function>/',
  handler: (type) =>
    type === 'http' ? 'function handler($request, $context): RingCentral\\Psr7\\Response' : 'function handler($event, $context)',
  // FC's PHP hooks take ($context) and are named [file].[function] like the handler; PHP has Initializer and
  // PreStop only (alibabacloud.com/help/en/functioncompute/fc/user-guide/lifecycle-hooks-for-function-instances-in-a-php-runtime;
  // its Chinese edition shows `function preStop($context)` set as index.preStop). Both are in templates/php/lifecycle.
  lifecycle: { handlers: () => ({ initializer: 'lifecycle.initialize', preStop: 'lifecycle.preStop' }) },
  projectFiles: (spec) => [{ path: 'composer.json', contents: composerJsonText(spec) }],
  // PHP has no YAML parser built in: the runner knows the functions by their folders, not by s.yaml.
  local: {
    layer: 'php/local',
    folder: 'fc-local/',
    invoke: (call) => ['php fc-local/invoke.php', call.event, call.several ? `--function ${call.functionName}` : undefined].filter(Boolean).join(' '),
    readsSYaml: false,
  },
  verification: {
    level: 'stand-in-sdk',
    get detail() { return t('verification.php.detail'); },
  },
};
