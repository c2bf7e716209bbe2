import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { missingCommands, notFound } from '../tier.js';

/**
 * The harness's PHPUnit bootstrap: what `composer install` gives a user (Debian's guzzlehttp/psr7 and
 * the RingCentral\Psr7 stand-in under test/fixtures/php), then the project's own tests/bootstrap.php.
 */
export const PHP_STAND_IN_BOOTSTRAP = fileURLToPath(new URL('../../fixtures/php/bootstrap.php', import.meta.url));
/** The PHP 7.2 compatibility check (PHP-Parser tree + PHP tokens + names added after 7.2). */
export const PHP72_CHECK = fileURLToPath(new URL('../../fixtures/php/php72-check.php', import.meta.url));

/** What the harness loads from Debian's PHP include path: PHP-Parser for the 7.2 check, guzzlehttp/psr7 for the HTTP tests. */
const INCLUDED_LIBRARIES = ['PhpParser/autoload.php', 'GuzzleHttp/Psr7/autoload.php'];

/** What of PHP, PHPUnit, Composer and the Debian libraries the harness loads is not installed, with how to install it; undefined when nothing. */
export async function phpToolchainMissing(): Promise<string | undefined> {
  const commands = missingCommands(['php', 'phpunit', 'composer']);
  const install = 'run .ci/toolchains/php.sh';
  if (commands.includes('php')) return notFound(commands, install);
  const { stdout } = await execa('php', ['-r', 'foreach (array_slice($argv, 1) as $f) if (!stream_resolve_include_path($f)) echo $f, "\\n";', ...INCLUDED_LIBRARIES], { reject: false, stdin: 'ignore' });
  return notFound([...commands, ...stdout.split('\n').filter(Boolean)], install);
}

export interface ToolResult {
  exitCode: number;
  output: string;
}

async function run(command: string, args: readonly string[], cwd?: string): Promise<ToolResult> {
  const { exitCode, all } = await execa(command, args, { cwd, reject: false, stdin: 'ignore', all: true });
  return { exitCode: exitCode ?? -1, output: all ?? '' };
}

/**
 * Runs a generated project's own tests with Debian's phpunit, in place of `vendor/bin/phpunit` after
 * `composer install`: the harness bootstrap replaces phpunit.xml.dist's and loads it at its end.
 */
export function runPhpunit(projectDir: string): Promise<ToolResult> {
  return run('phpunit', ['--bootstrap', PHP_STAND_IN_BOOTSTRAP, '--colors=never'], projectDir);
}

/** Checks that the PHP files in these files or folders parse and run on PHP 7.2. */
export function checkPhp72(paths: readonly string[]): Promise<ToolResult> {
  return run('php', [PHP72_CHECK, ...paths]);
}

/** Composer's own check of a composer.json (offline; a project is not published, so no name is needed). */
export function validateComposerJson(projectDir: string): Promise<ToolResult> {
  return run('composer', ['validate', '--no-check-publish', '--no-check-lock', '--strict', '--no-interaction'], projectDir);
}
