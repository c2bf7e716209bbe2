import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/cli.js';
import { generateMatrix } from '../support/generate.js';
import { byGroup, matrixProjects, type MatrixProject } from '../support/matrix.js';
import { toolchainTier } from '../support/tier.js';
import { checkPhp72, phpToolchainMissing, runPhpunit, validateComposerJson } from '../support/toolchains/php.js';

const root = scratchDir('cfc-php-matrix-');
const runs = toolchainTier('PHP', await phpToolchainMissing());

// Syntax and library calls PHP 7.2 does not have, one per file: the 7.2 check must name each.
const NEWER_THAN_PHP72: Record<string, string> = {
  'arrow-function': '$f = fn($x) => $x;',
  'coalesce-assign': '$a ??= 1;',
  'array-spread': '$b = [...$c];',
  'typed-property': 'class A { public int $x; }',
  match: 'echo match ($x) { 1 => 2 };',
  nullsafe: '$y = $o?->p;',
  'named-argument': 'f(x: 1);',
  'union-type': 'function h(int|string $x) {}',
  'mixed-type': 'function m(): mixed {}',
  'static-return': 'class S { function s(): static {} }',
  promotion: 'class C { function __construct(private $x) {} }',
  enum: 'enum E {}',
  readonly: 'class B { public readonly int $x; }',
  'first-class-callable': '$g = strlen(...);',
  attribute: '#[Attribute] class D {}',
  'trailing-comma-call': 'f(1, 2,);',
  'trailing-comma-parameters': 'function t($a, $b,) {}',
  'number-separator': '$m = 1_000;',
  'indented-heredoc': '$x = <<<EOT\n  a\n  EOT;',
  'str-contains': "str_contains('a', 'b');",
  'array-key-first': 'array_key_first([]);',
  'json-throw-on-error': "json_decode('1', false, 512, JSON_THROW_ON_ERROR);",
};
// What PHP 7.2 does have, near the newer forms above: the check must accept it.
const PHP72 = "<?php\nnamespace A;\nuse function B\\{c, d,};\n$a = array(1, 2,);\n$b = [1, 2,];\nfunction f(?int $x = null, object ...$rest): ?object { return null; }\n$s = <<<EOT\n  x\nEOT;\n";

describe.skipIf(!runs).each([...byGroup(matrixProjects('php'))])('PHP %s projects', (group, projects) => {
  const groupDir = join(root, group);

  beforeAll(async () => {
    mkdirSync(groupDir, { recursive: true });
    await generateMatrix(groupDir, projects);
  });

  it.each(projects)('$name: its own PHPUnit tests pass', async (project: MatrixProject) => {
    const { exitCode, output } = await runPhpunit(join(groupDir, project.name));
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/OK \([1-9]\d* tests?, [1-9]\d* assertions?\)/);
  });

  it('every kind of composer.json passes Composer\'s strict validation', async () => {
    // Projects differ only in their name and whether they have an HTTP function: validate one of each kind.
    const devPackages = (name: string) => JSON.stringify(JSON.parse(readFileSync(join(groupDir, name, 'composer.json'), 'utf8'))['require-dev']);
    const byKind = new Map(projects.map((project) => [devPackages(project.name), project.name]));
    expect(byKind.size).toBe(2);
    for (const name of byKind.values()) {
      const { exitCode, output } = await validateComposerJson(join(groupDir, name));
      expect(exitCode, output).toBe(0);
      expect(output).toMatch(/is valid/);
    }
  });

  it.each(projects)('$name: its code and tests are PHP 7.2', async (project: MatrixProject) => {
    const dir = join(groupDir, project.name);
    const { exitCode, output } = await checkPhp72([join(dir, 'src'), join(dir, 'tests')]);
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/^[1-9]\d* files checked$/m);
  });
});

describe.skipIf(!runs)('the PHP 7.2 check', () => {
  it('names every newer form and accepts what 7.2 has', async () => {
    const dir = scratchDir('cfc-php72-check-');
    const newer = join(dir, 'newer');
    mkdirSync(newer);
    for (const [name, code] of Object.entries(NEWER_THAN_PHP72)) writeFileSync(join(newer, `${name}.php`), `<?php\n${code}\n`);
    const { exitCode, output } = await checkPhp72([newer]);
    expect(exitCode).toBe(1);
    const flagged = new Set([...output.matchAll(/\/([\w-]+)\.php:\d+: /g)].map((match) => match[1]));
    expect([...flagged].sort()).toEqual(Object.keys(NEWER_THAN_PHP72).sort());

    const accepted = join(dir, 'php72.php');
    writeFileSync(accepted, PHP72);
    expect(await checkPhp72([accepted])).toEqual({ exitCode: 0, output: '1 files checked' });
  });
});
