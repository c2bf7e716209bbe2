import { describe, expect, it } from 'vitest';
import { readProject } from '../../generators/core/add/s-yaml-model.js';
import { deployCommand, FC_VERSION_IDS, GENERATIONS, type FcVersion } from '../../generators/core/catalog/generations.js';
import { REGION_IDS } from '../../generators/core/catalog/regions.js';
import { RUNTIMES, type Runtime } from '../../generators/core/catalog/runtimes.js';
import { DOCTOR_CHECKS, doctorReport, readyToDeploy } from '../../generators/core/doctor/index.js';
import { DEPLOY_KEY_VARIABLES } from '../../generators/core/catalog/deploy-keys.js';
import { PACKAGE_LIMIT_BYTES } from '../../generators/core/doctor/checks/package-size.js';
import type { CheckResult, DoctorFacts } from '../../generators/core/doctor/types.js';
import { planProject } from '../../generators/core/plan.js';
import { resolveProject } from '../../generators/core/validate.js';

/** The s.yaml create writes for these answers. */
function sYaml(answers: Record<string, unknown>): string {
  const plan = planProject(resolveProject({ directory: 'p', name: 'p', ...answers }));
  return plan.files.find((file) => file.path === 's.yaml')?.contents ?? '';
}

/** Facts of a machine ready to deploy a project: its client, keys in the environment, a small package. */
function readyFacts(text: string, fcVersion: FcVersion): DoctorFacts {
  const project = readProject(text, 's.yaml');
  return {
    project,
    clients: [{ version: GENERATIONS[fcVersion].devsVersion, path: '/usr/local/bin/s' }],
    environment: [...DEPLOY_KEY_VARIABLES, 'PATH'],
    dotEnv: [],
    otherKeySources: [],
    packages: project.functions.map((fn) => ({ function: fn.key, code: fn.code ?? '.', files: 3, bytes: 3000, compressed: 1200, largest: [{ path: 'index.js', compressed: 1000 }] })),
  };
}

function failed(results: readonly CheckResult[], check: string): CheckResult[] {
  return results.filter((result) => result.check === check && result.status === 'fail');
}

describe('doctor', () => {
  it.each(FC_VERSION_IDS)('passes a project create wrote, on a machine ready for FC %s.0', (fcVersion) => {
    const results = doctorReport(readyFacts(sYaml({ fcVersion, triggers: ['timer'] }), fcVersion));
    expect(results.filter((result) => result.status !== 'ok')).toEqual([]);
    expect(readyToDeploy(results)).toBe(true);
    // Every check speaks.
    expect(new Set(results.map((result) => result.check))).toEqual(new Set(DOCTOR_CHECKS.map((check) => check.id)));
  });

  it("warns of what create's own checks would refuse, naming the path: a runtime FC added since is FC's to judge", () => {
    const text = sYaml({ triggers: ['timer'] }).replace('runtime: nodejs20', 'runtime: nodejs99');
    const results = doctorReport(readyFacts(text, '2'));
    const problem = results.find((result) => result.check === 's-yaml' && result.status === 'warn');
    expect(problem?.message).toContain('nodejs99');
    expect(problem?.fix).toContain('s.yaml');
    expect(results.find((result) => result.check === 'region')?.status).toBe('warn');
    expect(readyToDeploy(results)).toBe(true);
  });

  it('fails what Serverless Devs cannot read, with the fix doctor was given', () => {
    const results = doctorReport({ ...readyFacts(sYaml({ triggers: ['timer'] }), '2'), project: { error: 'broken at line 3', fix: 'fix it there' } });
    expect(results).toEqual([{ check: 's-yaml', status: 'fail', message: 'broken at line 3', fix: 'fix it there' }]);
  });

  it.each(FC_VERSION_IDS)('FC %s.0: warns of the other Serverless Devs major on PATH, with the pinned npx line as the fix', (fcVersion) => {
    const other = FC_VERSION_IDS.find((id) => id !== fcVersion) as FcVersion;
    const facts = { ...readyFacts(sYaml({ fcVersion, triggers: ['timer'] }), fcVersion), clients: [{ version: GENERATIONS[other].devsVersion, path: '/usr/bin/s' }] };
    // The project's own deploy goes through npx with the pinned client: `s deploy` alone would fail.
    const problem = doctorReport(facts).find((result) => result.check === 'client' && result.status === 'warn');
    expect(problem?.message).toContain(GENERATIONS[other].devsVersion);
    expect(problem?.fix).toBe(deployCommand(fcVersion));
    expect(deployCommand(fcVersion)).toContain(`@serverless-devs/s@${GENERATIONS[fcVersion].devsVersion}`);
  });

  it('accepts no client at all, showing the npx line', () => {
    const results = doctorReport({ ...readyFacts(sYaml({ triggers: ['timer'] }), '2'), clients: [] });
    const client = results.find((result) => result.check === 'client');
    expect(client?.status).toBe('ok');
    expect(client?.fix).toBe(deployCommand('2'));
  });

  it('fails missing keys, naming the alias, what it found and the variables Serverless Devs reads', () => {
    const base = readyFacts(sYaml({ triggers: ['timer'] }), '2');
    const cases: [Partial<DoctorFacts>, string][] = [
      [{ environment: [], accessAliases: undefined }, 'no ~/.s/access.yaml'],
      [{ environment: [], accessAliases: ['prod'] }, 'prod'],
      [{ environment: ['AccessKeyID'], accessAliases: [] }, 'Only AccessKeyID'],
      [{ environment: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'] }, 'does not read those names'],
    ];
    for (const [change, says] of cases) {
      const [problem] = failed(doctorReport({ ...base, ...change }), 'access');
      expect(problem?.message).toContain('"default"');
      expect(problem?.message).toContain(says);
      for (const name of DEPLOY_KEY_VARIABLES) expect(problem?.fix).toContain(name);
    }
    // The alias in ~/.s/access.yaml is enough.
    expect(failed(doctorReport({ ...base, environment: [], accessAliases: ['default'] }), 'access')).toEqual([]);
  });

  it('leaves a region given at deploy time unchecked, and warns of one it does not know', () => {
    const atDeploy = sYaml({ triggers: ['timer'] }).replace('region: cn-hangzhou', 'region: ${env(REGION)}');
    expect(doctorReport(readyFacts(atDeploy, '2')).find((result) => result.check === 'region')?.status).toBe('ok');
    const unknown = sYaml({ triggers: ['timer'] }).replace('region: cn-hangzhou', 'region: xx-nowhere-1');
    expect(doctorReport(readyFacts(unknown, '2')).find((result) => result.check === 'region')?.status).toBe('warn');
  });

  it('takes keys from the .env beside s.yaml, an access alias named at deploy time, and warns where only 3.x\'s other sources could hold them', () => {
    const fc2 = readyFacts(sYaml({ triggers: ['timer'] }), '2');
    expect(failed(doctorReport({ ...fc2, environment: [], dotEnv: [...DEPLOY_KEY_VARIABLES] }), 'access')).toEqual([]);
    const named = readyFacts(sYaml({ triggers: ['timer'] }).replace('access: default', 'access: prod'), '2');
    expect(failed(doctorReport({ ...named, environment: [], accessAliases: ['prod'] }), 'access')).toEqual([]);
    const deployTime = readyFacts(sYaml({ triggers: ['timer'] }).replace('access: default', 'access: ${env(ALIAS)}'), '2');
    expect(doctorReport({ ...deployTime, environment: ['ALIAS'], accessAliases: [] }).find((result) => result.check === 'access')?.status).toBe('warn');
    expect(failed(doctorReport({ ...deployTime, environment: [], accessAliases: [] }), 'access')).toHaveLength(1);
    const fc3 = readyFacts(sYaml({ fcVersion: '3', triggers: ['timer'] }), '3');
    const elsewhere = doctorReport({ ...fc3, environment: ['ci_serverless_devs_key'], accessAliases: [] }).find((result) => result.check === 'access');
    expect(elsewhere).toMatchObject({ status: 'warn', message: expect.stringContaining('ci_serverless_devs_key') });
  });

  it('fails a region the generation does not deploy to, and a runtime FC does not offer in the region', () => {
    const fc2 = sYaml({ triggers: ['timer'] }).replace('region: cn-hangzhou', 'region: me-central-1');
    expect(REGION_IDS['2']).not.toContain('me-central-1');
    expect(failed(doctorReport(readyFacts(fc2, '2')), 'region')[0]?.fix).toContain('cn-hangzhou');
    const notOffered = (RUNTIMES as readonly Runtime[]).flatMap((runtime) => (runtime.notOfferedIn ?? []).map((region) => ({ runtime, region })));
    expect(notOffered.length).toBeGreaterThan(0);
    for (const { runtime, region } of notOffered) {
      const fcVersion = runtime.generations.at(-1) as FcVersion;
      const text = sYaml({ fcVersion, runtime: runtime.id, triggers: ['timer'] }).replace('region: cn-hangzhou', `region: ${region}`);
      const [problem] = failed(doctorReport(readyFacts(text, fcVersion)), 'region');
      expect(problem?.message).toContain(runtime.id);
      expect(problem?.fix).not.toContain(region);
    }
  });

  it('fails a package over the limit, naming its largest entries and the layer to move them into', () => {
    const facts = readyFacts(sYaml({ triggers: ['timer'] }), '2');
    const big = { ...facts.packages[0]!, bytes: PACKAGE_LIMIT_BYTES * 2, compressed: PACKAGE_LIMIT_BYTES + 1, largest: [{ path: 'node_modules', compressed: PACKAGE_LIMIT_BYTES - 10 }, { path: 'assets', compressed: 5 }] };
    const [problem] = failed(doctorReport({ ...facts, packages: [big] }), 'package');
    expect(problem?.message).toContain('node_modules');
    expect(problem?.fix).toMatch(/layer/);
    expect(failed(doctorReport({ ...facts, packages: [{ ...big, compressed: PACKAGE_LIMIT_BYTES }] }), 'package')).toEqual([]);
  });

  it('names the RAM roles the deploy creates for triggers, and the field of s.yaml that names one instead', () => {
    const results = doctorReport(readyFacts(sYaml({ triggers: ['oss'] }), '2'));
    const role = results.find((result) => result.check === 'roles');
    expect(role?.status).toBe('warn');
    expect(role?.fix).toContain("trigger's role in s.yaml");
    const fc3 = doctorReport(readyFacts(sYaml({ fcVersion: '3', triggers: ['oss'] }), '3')).find((result) => result.check === 'roles');
    expect(fc3?.fix ?? '').toContain('invocationRole');
    expect(readyToDeploy(results)).toBe(true);
    const named = doctorReport(readyFacts(sYaml({ triggers: ['oss'], settings: { ossRole: 'acs:ram::1234567890123456:role/my-oss-role' } }), '2'));
    expect(named.find((result) => result.check === 'roles')?.status).toBe('ok');
  });
});
