import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployCommand } from '../../generators/core/catalog/generations.js';
import { runCli, scratchDir } from '../support/cli.js';
import { generateAll } from '../support/generate.js';

const require = createRequire(import.meta.url);

/** A folder holding `s`, linked to a real installed Serverless Devs client (2.x is installed under an npm alias). */
function clientOnPath(packageName: '@serverless-devs/s2' | '@serverless-devs/s'): string {
  const manifest = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  const folder = scratchDir('cfc-doctor-bin-');
  symlinkSync(join(dirname(manifest), bin.s ?? 'bin/s'), join(folder, 's'));
  return folder;
}

const KEYS = { AccountID: '1234567890123456', AccessKeyID: 'LTAI5tFake', AccessKeySecret: 'fake' };

describe('create-fc-function doctor', () => {
  const parent = scratchDir('cfc-doctor-');
  const fc2 = join(parent, 'fc2-oss');
  const fc3 = join(parent, 'fc3-node');
  let fc2Client = '';
  let fc3Client = '';
  const run = (project: string, env: Record<string, string>, args: string[] = []) =>
    runCli(['doctor', ...args], { cwd: project, env: { HOME: scratchDir('cfc-doctor-home-'), PATH: `${env.PATH_FIRST ?? ''}:${process.env.PATH}`, ...env } });

  beforeAll(async () => {
    await generateAll(parent, [
      ['fc2-oss', '--runtime', 'python3.10', '--trigger', 'oss'],
      ['fc3-node', '--fc-version', '3', '--trigger', 'timer'],
    ]);
    fc2Client = clientOnPath('@serverless-devs/s2');
    fc3Client = clientOnPath('@serverless-devs/s');
  });

  it('passes a project ready to deploy, and prints the deploy command', async () => {
    for (const [project, client, fcVersion] of [[fc2, fc2Client, '2'], [fc3, fc3Client, '3']] as const) {
      const result = await run(project, { ...KEYS, PATH_FIRST: client });
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).not.toContain('✗');
      expect(result.stdout).toContain(`Ready to deploy: ${deployCommand(fcVersion)}`);
      expect(result.stdout).toMatch(/✓ Serverless Devs \d+\.\d+\.\d+ \(/);
    }
  });

  it('fails without keys, and with keys in ~/.s/access.yaml under the alias s.yaml names passes', async () => {
    const missing = await run(fc3, { PATH_FIRST: fc3Client });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toMatch(/✗ No keys for access alias "default"/);
    expect(missing.stdout).toMatch(/fix: Set AccountID, AccessKeyID, AccessKeySecret/);
    const home = scratchDir('cfc-doctor-home-');
    mkdirSync(join(home, '.s'));
    writeFileSync(join(home, '.s', 'access.yaml'), 'default:\n  AccessKeyID: U2FsdGVkX1-encrypted\n');
    const found = await run(fc3, { HOME: home, PATH_FIRST: fc3Client });
    expect(found.exitCode, found.stdout).toBe(0);
    expect(found.stdout).toContain('✓ Access alias "default"');
  });

  it("warns of the other generation's client first on PATH, with the pinned npx line", async () => {
    const result = await run(fc2, { ...KEYS, PATH_FIRST: fc3Client });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/! `s` is Serverless Devs 3\.\d+\.\d+/);
    expect(result.stdout).toContain(deployCommand('2'));
  });

  it('measures the package as the component would zip it: .fcignore applied, then compressed', async () => {
    const code = join(fc2, 'src', 'fc2-oss');
    // 2 MB that do not compress, and a cache the .fcignore keeps out.
    writeFileSync(join(code, 'model.bin'), randomBytes(2 * 1024 * 1024));
    mkdirSync(join(code, '__pycache__'));
    writeFileSync(join(code, '__pycache__', 'big.pyc'), randomBytes(3 * 1024 * 1024));
    const result = await run(fc2, { ...KEYS, PATH_FIRST: fc2Client }, ['--json']);
    const report = JSON.parse(result.stdout) as { ready: boolean; results: { check: string; status: string; message: string }[] };
    const size = report.results.find((line) => line.check === 'package')?.message ?? '';
    expect(size).toMatch(/zips to 2\.0 MB/);
    expect(report.ready).toBe(true);
  });

  it('fails an unreadable s.yaml and a folder without one, saying what to do', async () => {
    const broken = join(parent, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 's.yaml'), 'edition: 1.0.0\nservices: [unclosed\n');
    const unreadable = await run(broken, KEYS);
    expect(unreadable.exitCode).toBe(1);
    expect(unreadable.stdout).toMatch(/✗ .*s\.yaml/);
    expect(unreadable.stdout).toMatch(/fix: Fix s\.yaml where the message says/);
    const none = await run(scratchDir('cfc-doctor-empty-'), KEYS, ['--json']);
    expect(none.exitCode).toBe(1);
    expect(JSON.parse(none.stdout)).toMatchObject({ ready: false, results: [{ check: 's-yaml', status: 'fail', message: expect.stringContaining('No s.yaml or s.yml in'), fix: expect.stringContaining('--project') }] });
  });

  it.each([['--runtime', 'nodejs20'], ['--function', 'x'], ['--dry-run']])('refuses %s, which means nothing to it, naming it', async (...flag) => {
    const result = await run(fc2, KEYS, flag);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(flag[0]);
    expect(result.stdout).toBe('');
  });

  it("measures no package for a container's function, whose code is its image", async () => {
    const parent = scratchDir('cfc-doctor-container-');
    await generateAll(parent, [['box', '--fc-version', '3', '--runtime', 'custom-container', '--trigger', 'http']]);
    const report = JSON.parse((await run(join(parent, 'box'), KEYS, ['--json'])).stdout) as { results: { check: string; status: string; message: string }[] };
    expect(report.results.filter((line) => line.check === 'package')).toEqual([{ check: 'package', status: 'ok', message: expect.stringContaining('no code package') }]);
  });

  it('speaks Chinese', async () => {
    const result = await run(fc3, { ...KEYS, PATH_FIRST: fc3Client }, ['--lang', 'zh']);
    expect(result.stdout).toContain('可以部署');
  });
});
