import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../support/cli.js';

// Serverless Devs 3.x, the CLI that deploys FC 3.0 files: `s preview` parses and renders one offline.
const S = fileURLToPath(new URL('../../node_modules/.bin/s', import.meta.url));
const home = scratchDir('cfc-s-home-');

async function preview(directory: string, file = 's.yaml'): Promise<string> {
  const { stdout, stderr } = await execa(S, ['preview', '-t', file], { cwd: directory, reject: false, stdin: 'ignore', env: { HOME: home, NO_COLOR: '1', FORCE_COLOR: '0' } });
  // `s preview` exits 0 even on errors; it says "Error Message:" instead.
  return `${stdout}\n${stderr}`;
}

const PROJECTS: [string, string[]][] = [
  ['node-every-trigger', ['--runtime', 'nodejs20', '--trigger', 'http,timer,oss,log,cdn,ots,mns,eventbridge']],
  ['ts-api', ['--runtime', 'nodejs18', '--language', 'typescript', '--use-case', 'rest-api']],
  ['py312-events', ['--runtime', 'python3.12', '--trigger', 'timer,oss,log']],
  ['web-express', ['--type', 'http', '--framework', 'express']],
  ['custom-mixed', ['--runtime', 'custom.debian12', '--language', 'typescript', '--trigger', 'http,mns', '--framework', 'koa']],
  ['custom-flask', ['--runtime', 'custom.debian11', '--language', 'python', '--trigger', 'http', '--framework', 'flask']],
  ['java-http-events', ['--runtime', 'java8', '--trigger', 'http,oss,tablestore']],
  ['go-timer', ['--runtime', 'go1', '--trigger', 'timer']],
  ['php-mns', ['--runtime', 'php7.2', '--trigger', 'mns']],
  ['dotnet-log', ['--runtime', 'dotnetcore3.1', '--trigger', 'log,eventbridge']],
  ['container-web', ['--runtime', 'custom-container', '--trigger', 'http,timer', '--framework', 'express']],
];

describe('FC 3.0 s.yaml through Serverless Devs 3.x `s preview`', () => {
  const parent = scratchDir('cfc-preview-');

  it.each(PROJECTS)('%s renders without errors', async (name, args) => {
    const { exitCode, stderr } = await runCli([name, '--fc-version', '3', ...args, '--yes', '--skip-install', '--no-git'], { cwd: parent });
    expect(exitCode, stderr).toBe(0);
    const output = await preview(join(parent, name));
    expect(output).not.toContain('Error Message');
    expect(output).toContain('component: fc3');
    expect(output).toMatch(/functionName:\s+\S+/);
    expect(output).toContain('region:');
    expect(output).not.toContain('${vars.region}');
  });

  it('resolves a custom container\'s default image to the registry of vars.region', async () => {
    const own = scratchDir('cfc-preview-image-');
    const { exitCode, stderr } = await runCli(['container-web', '--fc-version', '3', '--runtime', 'custom-container', '--trigger', 'http,timer', '--yes', '--skip-install', '--no-git'], { cwd: own });
    expect(exitCode, stderr).toBe(0);
    const output = await preview(join(own, 'container-web'));
    expect(output).toContain('image: registry.cn-hangzhou.aliyuncs.com/container-web/container-web-http:latest');
  });

  it('reports a broken file, so the check can fail', async () => {
    const directory = join(parent, 'broken');
    mkdirSync(directory, { recursive: true });
    const { exitCode } = await runCli(['broken', '--fc-version', '3', '--yes', '--skip-install', '--no-git', '--force'], { cwd: parent });
    expect(exitCode).toBe(0);
    writeFileSync(join(directory, 'broken.yaml'), readFileSync(join(directory, 's.yaml'), 'utf8').replaceAll('${vars.region}', '${vars.zone}'));
    expect(await preview(directory, 'broken.yaml')).toContain('Error Message');
  });
});
