import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import pc from '../app/colors.js';
import { readProject } from '../core/add/s-yaml-model.js';
import { deployCommand } from '../core/catalog/generations.js';
import { doctorReport, readyToDeploy } from '../core/doctor/index.js';
import type { CheckResult, DoctorFacts, FoundClient } from '../core/doctor/types.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { measurePackage } from './measure-package.js';
import type { ParsedCli } from './parse.js';
import { projectFile } from './project-file.js';

/** The first `s` on PATH, and the Serverless Devs version its package declares (read from disk, not run). */
function foundClients(): FoundClient[] {
  for (const folder of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const bin = join(folder, 's');
    if (!existsSync(bin) || !statSync(bin).isFile()) continue;
    let at = dirname(realpathSync(bin));
    for (let depth = 0; depth < 4; depth += 1, at = dirname(at)) {
      const manifest = join(at, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (name === '@serverless-devs/s' && version) return [{ version, path: bin }];
    }
    return [{ version: '?', path: bin }];
  }
  return [];
}

/** The aliases of Serverless Devs' access file (their names: the keys stay encrypted and unread). */
function accessAliases(): string[] | undefined {
  const home = process.env.serverless_devs_config_home ?? join(homedir(), '.s');
  const file = join(home, 'access.yaml');
  if (!existsSync(file)) return undefined;
  try {
    const aliases = parse(readFileSync(file, 'utf8')) as unknown;
    return aliases && typeof aliases === 'object' ? Object.keys(aliases) : [];
  } catch {
    return [];
  }
}

/** The names a .env file sets (its values are never kept). */
function dotEnvNames(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split(/\r?\n/).flatMap((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1] ?? []);
}

/** What doctor learns about this machine and the project, offline. */
function gatherFacts(root: string): DoctorFacts {
  const aliyunConfig = join(homedir(), '.aliyun', 'config.json');
  const facts = {
    clients: foundClients(),
    accessAliases: accessAliases(),
    environment: Object.keys(process.env).filter((name) => process.env[name] !== ''),
    dotEnv: dotEnvNames(join(root, '.env')),
    otherKeySources: existsSync(aliyunConfig) ? ['~/.aliyun/config.json'] : [],
  };
  let file: { path: string; name: string };
  try {
    file = projectFile(root);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ...facts, project: { error: t('doctor.noProject', { dir: root }), fix: t('doctor.noProjectFix') }, packages: [] };
  }
  let project: ReturnType<typeof readProject>;
  try {
    project = readProject(readFileSync(file.path, 'utf8'), file.name);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ...facts, project: { error: error.message, fix: t('doctor.sYaml.unreadableFix', { file: file.name }) }, packages: [] };
  }
  const packages = project.functions.map((fn) => measurePackage(root, fn, project.fcVersion));
  return { ...facts, project, packages };
}

const MARKS = { ok: () => pc.green('✓'), warn: () => pc.yellow('!'), fail: () => pc.red('✗') } as const;

function resultLines(result: CheckResult): string[] {
  return [`${MARKS[result.status]()} ${result.message}`, ...(result.fix && result.status !== 'ok' ? [`    ${pc.dim(`${t('doctor.fixLabel')}:`)} ${result.fix}`] : result.fix ? [`    ${pc.dim(result.fix)}`] : [])];
}

/** `doctor`: checks a project before a deploy, offline; exits 1 when a check fails. */
export function runDoctor(cli: ParsedCli): number {
  const root = resolve(cli.flags.project ?? '.');
  const facts = gatherFacts(root);
  const results = doctorReport(facts);
  const ready = readyToDeploy(results);
  const deploy = 'error' in facts.project ? undefined : deployCommand(facts.project.fcVersion);
  if (cli.flags.json) {
    console.log(JSON.stringify({ project: root, ready, ...(deploy ? { deploy } : {}), results }, null, 2));
    return ready ? 0 : 1;
  }
  const failed = results.filter((result) => result.status === 'fail').length;
  const warned = results.filter((result) => result.status === 'warn').length;
  const summary = ready ? pc.green(t('doctor.summary.ready', { deploy: deploy ?? '' })) : pc.red(t('doctor.summary.notReady', { count: failed }));
  const warnings = warned > 0 ? [pc.yellow(t('doctor.summary.warnings', { count: warned }))] : [];
  console.log([pc.bold(t('doctor.title', { dir: relative(process.cwd(), root) || '.' })), '', ...results.flatMap(resultLines), '', ...warnings, summary].join('\n'));
  return ready ? 0 : 1;
}
