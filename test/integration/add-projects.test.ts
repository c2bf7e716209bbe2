import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseJs } from 'acorn';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, parse as parseYaml, parseDocument } from 'yaml';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { triggerById, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import { ADD_CASES, BAD_CASES, DRY_RUN_CASES, type AddCase, type Start, type Suite } from '../support/add-cases.js';
import { filesBelow, runCli, scratchDir } from '../support/cli.js';
import { generateAll } from '../support/generate.js';
import { pythonToolchainMissing } from '../support/interpreters.js';
import { inParallel, resolvePropsOfProjects, type DevsGeneration, type ResolvedProps } from '../support/serverless-devs.js';
import { toolchainTier } from '../support/tier.js';
import { dotnetToolchainMissing, compileFunctions, prepareDotnetToolchain, runDotnetTests } from '../support/toolchains/dotnet.js';
import { goToolchainMissing, runGo, useStandIns } from '../support/toolchains/go.js';
import { javaToolchainMissing, prepareMaven, runMaven, surefireTotals, writeAggregator } from '../support/toolchains/java.js';
import { PHP_STAND_IN_BOOTSTRAP, phpToolchainMissing } from '../support/toolchains/php.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/add-projects/', import.meta.url));
const root = scratchDir('cfc-add-');

// Node.js runs the tests themselves, and syntax checks need nothing else: both always run.
const TIERS: Record<Suite, boolean> = {
  node: true,
  syntax: true,
  python: toolchainTier('Python', await pythonToolchainMissing()),
  java: toolchainTier('Java', javaToolchainMissing()),
  go: toolchainTier('Go', await goToolchainMissing()),
  php: toolchainTier('PHP', await phpToolchainMissing()),
  dotnet: toolchainTier('C# (Mono)', dotnetToolchainMissing()),
};

interface AddReport {
  dryRun: boolean;
  project: string;
  fcVersion: string;
  functions: string[];
  triggers: { function: string; trigger: string; name: string }[];
  changes: { path: string; status: 'added' | 'modified'; diff: string }[];
  manual: { path: string; diff: string }[];
  notes: string[];
}

type Snapshot = Map<string, Buffer>;

/** Every file of a project, byte for byte. */
function snapshot(dir: string): Snapshot {
  return new Map(filesBelow(dir).map((path) => [path, readFileSync(join(dir, path))]));
}

/** Paths whose bytes differ between two snapshots (added, removed or changed). */
function changedPaths(before: Snapshot, after: Snapshot): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => !(before.get(path)?.equals(after.get(path) ?? Buffer.alloc(0)) && after.has(path) && before.has(path))).sort();
}

/** One slot-limited queue for every toolchain run: the machine has two cores, and each run keeps one busy. */
function limiter(slots: number) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((go) => waiting.push(go));
    else free -= 1;
    try {
      return await work();
    } finally {
      const go = waiting.shift();
      if (go) go();
      else free += 1;
    }
  };
}

/**
 * The text the new file adds to the old one, as whole lines: every old line is kept, in order
 * (a longest common subsequence of lines covers the whole old file), and what is left of the new
 * file is returned as byte ranges, with `restored`, the new file with those ranges cut out.
 */
export function insertions(before: string, after: string): { blocks: string[]; restored: string; keptEveryLine: boolean } {
  const a = before.split('\n');
  const b = after.split('\n');
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const matched = new Array<boolean>(b.length).fill(false);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      matched[j] = true;
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i += 1;
    else j += 1;
  }
  const starts: number[] = [];
  let offset = 0;
  for (const line of b) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const ranges: [number, number][] = [];
  for (let j = 0; j < b.length; ) {
    if (matched[j]) {
      j += 1;
      continue;
    }
    const first = j;
    while (j < b.length && !matched[j]) j += 1;
    // A run of new lines with their newlines; at the end of the file, the newline before them.
    ranges.push(j < b.length ? [starts[first]!, starts[j]!] : [Math.max(starts[first]! - 1, 0), after.length]);
  }
  let restored = '';
  let at = 0;
  for (const [start, end] of ranges) {
    restored += after.slice(at, start);
    at = end;
  }
  restored += after.slice(at);
  return { blocks: ranges.map(([start, end]) => after.slice(start, end)), restored, keptEveryLine: table[0]![0] === a.length };
}

/** The modules of an s.yaml that are functions, with their name, runtime, code and triggers. */
function functionsOf(sYaml: string, generation: DevsGeneration): { key: string; name: string; runtime: string; code: string }[] {
  const data = parseYaml(sYaml) as Record<string, Record<string, { component: string; props: Record<string, any> }>>;
  const modules = data[generation === '2' ? 'services' : 'resources'] ?? {};
  return Object.entries(modules)
    .filter(([, module]) => /^(devsapp\/)?fc3?\b/.test(String(module.component).trim()) && !String(module.component).includes('domain'))
    .map(([key, { props }]) => generation === '2'
      ? { key, name: String(props.function?.name ?? key), runtime: String(props.function?.runtime ?? ''), code: String(props.function?.codeUri ?? '') }
      : { key, name: String(props.functionName ?? key), runtime: String(props.runtime ?? ''), code: String(props.code ?? '') });
}

/**
 * A folder whose s.yaml the offline probe can run: the project's own, or a copy without its
 * modules of other components (a custom domain), which the probe cannot stand in for.
 */
function probeFolder(dir: string, generation: DevsGeneration): string {
  const source = readFileSync(join(dir, 's.yaml'), 'utf8');
  const document = parseDocument(source);
  const section = document.get(generation === '2' ? 'services' : 'resources', true);
  if (!isMap(section)) return dir;
  const component = generation === '2' ? 'fc' : 'fc3';
  const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
  const cuts: [number, number][] = [];
  section.items.forEach((pair, index) => {
    const value = pair.value;
    const used = isMap(value) ? value.get('component') : undefined;
    if (String(used).trim() === component) return;
    const start = lineStart((pair.key as { range: number[] }).range[0]!);
    const next = section.items[index + 1];
    const end = next ? lineStart((next.key as { range: number[] }).range[0]!) : (section.range?.[2] ?? source.length);
    cuts.push([start, end]);
  });
  if (cuts.length === 0) return dir;
  const copy = scratchDir('cfc-add-probe-');
  let text = source;
  for (const [start, end] of cuts.reverse()) text = text.slice(0, start) + text.slice(end);
  writeFileSync(join(copy, 's.yaml'), text);
  return copy;
}

/** What a toolchain run says: its exit code, output, and the test files (relative paths) whose tests ran and passed. */
interface SuiteRun {
  exitCode: number;
  output: string;
  passedFiles: Set<string>;
}

interface CaseState {
  dir: string;
  before: Snapshot;
  after: Snapshot;
  exitCode: number;
  stdout: string;
  stderr: string;
  report?: AddReport;
  suites: Map<Suite, Promise<SuiteRun>>;
}

const states = new Map<string, CaseState>();
let resolved = new Map<string, ResolvedProps | Error>();

/** Projects that `add` refuses (bad cases) or previews (dry runs), by name. */
const badDirs = new Map<string, string>();
const dryDirs = new Map<string, string>();

function startOf(start: Start, name: string, generateList: { name: string; args: string[] }[]): string {
  const dir = join(root, name);
  if ('fixture' in start) cpSync(join(FIXTURES, start.fixture), dir, { recursive: true });
  else generateList.push({ name, args: [name, ...start.generate] });
  return dir;
}

/** Test files `add` wrote, by the naming each language's runner finds them by. */
function newTestFiles(report: AddReport | undefined): string[] {
  return (report?.changes ?? [])
    .filter((change) => change.status === 'added')
    .map((change) => change.path)
    .filter((path) => /\.test\.[jt]s$/.test(path) || /(^|\/)test_[^/]*\.py$/.test(path) || /^src\/test\/java\/.*Test\.java$/.test(path) || /_test\.go$/.test(path) || /^tests\/.*Test\.php$/.test(path) || /^tests\/.*Tests\.cs$/.test(path));
}

/** The trigger contracts an add wrote (contracts/<trigger>.json), which each language's contract test reads. */
function addedContracts(report: AddReport | undefined): string[] {
  return (report?.changes ?? []).filter((change) => change.status === 'added' && /^contracts\/[^/]+\.json$/.test(change.path)).map((change) => change.path);
}

/** Which suite runs a test file. */
function suiteOfTest(path: string): Suite {
  if (path.endsWith('.py')) return 'python';
  if (path.endsWith('.java')) return 'java';
  if (path.endsWith('.go')) return 'go';
  if (path.endsWith('.php')) return 'php';
  if (path.endsWith('.cs')) return 'dotnet';
  return 'node';
}

const slot = limiter(2);
const settled = (run: () => Promise<SuiteRun>): Promise<SuiteRun> => run().catch((error: unknown) => ({ exitCode: -1, output: String(error instanceof Error ? error.stack : error), passedFiles: new Set<string>() }));

async function nodeRun(dir: string): Promise<SuiteRun> {
  const report = join(dir, '..', `${dir.split('/').pop()}.vitest.json`);
  const { exitCode, all } = await execa('npm', ['test', '--', '--reporter=default', '--reporter=json', `--outputFile=${report}`], { cwd: dir, reject: false, stdin: 'ignore', all: true, env: { CI: 'true', NO_COLOR: '1' } });
  const passedFiles = new Set<string>();
  if (existsSync(report)) {
    const results = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string; status: string; assertionResults: { status: string }[] }[] };
    for (const file of results.testResults) {
      if (file.status === 'passed' && file.assertionResults.length > 0 && file.assertionResults.every((test) => test.status === 'passed')) passedFiles.add(file.name.slice(dir.length + 1));
    }
  }
  return { exitCode: exitCode ?? -1, output: all ?? '', passedFiles };
}

async function pythonRun(dir: string): Promise<SuiteRun> {
  const { exitCode, all } = await execa('python3', ['-m', 'pytest', '-v', '-p', 'no:cacheprovider'], { cwd: dir, reject: false, stdin: 'ignore', all: true });
  const output = all ?? '';
  const passed = [...output.matchAll(/^(\S+\.py)::\S+ PASSED/gm)].map((match) => match[1] as string);
  const failed = new Set([...output.matchAll(/^(\S+\.py)::\S+ (FAILED|ERROR)/gm)].map((match) => match[1] as string));
  return { exitCode: exitCode ?? -1, output, passedFiles: new Set(passed.filter((file) => !failed.has(file))) };
}

async function goRun(dir: string, added: readonly string[]): Promise<SuiteRun> {
  await useStandIns(dir);
  const tidy = await runGo(['mod', 'tidy'], dir);
  if (tidy.exitCode !== 0) return { exitCode: tidy.exitCode, output: tidy.output, passedFiles: new Set() };
  const { exitCode, output } = await runGo(['test', '-count=1', '-json', './...'], dir);
  const passes = new Set<string>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { Action: string; Package: string; Test?: string };
    if (event.Action === 'pass' && event.Test) passes.add(`${event.Package}#${event.Test}`);
  }
  // A test file ran when every test it declares passed in the package of its folder.
  const passedFiles = new Set(added.filter((path) => {
    const names = [...readFileSync(join(dir, path), 'utf8').matchAll(/^func (Test\w+)\(t \*testing\.T\)/gm)].map((match) => match[1]);
    const folder = path.slice(0, path.lastIndexOf('/'));
    // A file of helpers only (no Test functions) ran when its package's tests passed.
    if (names.length === 0) return exitCode === 0 && [...passes].some((pass) => pass.includes(`/${folder}#`));
    return names.every((name) => [...passes].some((pass) => pass.endsWith(`/${folder}#${name}`)));
  }));
  return { exitCode, output, passedFiles };
}

async function phpRun(dir: string): Promise<SuiteRun> {
  const log = join(dir, '..', `${dir.split('/').pop()}.junit.xml`);
  const { exitCode, all } = await execa('phpunit', ['--bootstrap', PHP_STAND_IN_BOOTSTRAP, '--colors=never', '--log-junit', log], { cwd: dir, reject: false, stdin: 'ignore', all: true });
  const passedFiles = new Set<string>();
  if (existsSync(log)) {
    const xml = readFileSync(log, 'utf8');
    // Attributes are read by name: their order differs between suites (a data provider's nests).
    for (const [tag] of xml.matchAll(/<testsuite\b[^>]*>/g)) {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
      const file = attribute('file');
      if (file && Number(attribute('tests')) > 0 && attribute('failures') === '0' && attribute('errors') === '0') passedFiles.add(file.slice(dir.length + 1));
    }
  }
  return { exitCode: exitCode ?? -1, output: all ?? '', passedFiles };
}

let dotnetToolchain: ReturnType<typeof prepareDotnetToolchain> | undefined;
async function dotnetRun(dir: string, added: readonly string[]): Promise<SuiteRun> {
  const toolchain = await (dotnetToolchain ??= prepareDotnetToolchain(join(root, '.dotnet-toolchain')));
  const compiled = await compileFunctions(dir, toolchain);
  if (!compiled.ok) return { exitCode: 1, output: compiled.output, passedFiles: new Set() };
  const { exitCode, output } = await runDotnetTests(dir, toolchain);
  const passedFiles = new Set(added.filter((path) => {
    const text = readFileSync(join(dir, path), 'utf8');
    const namespace = /^namespace (\S+)/m.exec(text)?.[1];
    const className = /\bpublic class (\w+)/.exec(text)?.[1];
    return namespace !== undefined && className !== undefined && output.includes(`[PASS] ${namespace}.${className}.`) && !output.includes(`[FAIL] ${namespace}.${className}.`);
  }));
  return { exitCode, output, passedFiles };
}

const PARSE_PYTHON = `
import ast, sys
major, minor = int(sys.argv[1]), int(sys.argv[2])
for path in sys.argv[3:]:
    with open(path) as source:
        ast.parse(source.read(), filename=path, feature_version=(major, minor))
print(len(sys.argv) - 3)
`;

/** Parses the files `add` wrote into code we did not write, each as its function's runtime reads it. */
async function syntaxRun(testCase: AddCase, state: CaseState): Promise<SuiteRun> {
  const functions = functionsOf(readFileSync(join(state.dir, 's.yaml'), 'utf8'), testCase.fcVersion);
  const runtimeOf = (path: string) => {
    const owner = functions.find((fn) => fn.code !== '' && path.startsWith(`${fn.code.replace(/^\.\//, '').replace(/\/+$/, '')}/`));
    return RUNTIMES.find((runtime) => runtime.id === owner?.runtime);
  };
  const added = (state.report?.changes ?? []).filter((change) => change.status === 'added').map((change) => change.path);
  const lines: string[] = [];
  const passedFiles = new Set<string>();
  for (const path of added) {
    const full = join(state.dir, path);
    const runtime = runtimeOf(path);
    if (path.endsWith('.js')) {
      const ecmaVersion = runtime && 'ecmaVersion' in runtime ? runtime.ecmaVersion : 2020;
      const sourceType = path.startsWith('test/') ? 'module' : 'script';
      parseJs(readFileSync(full, 'utf8'), { ecmaVersion, sourceType });
      lines.push(`${path}: ES${ecmaVersion} ${sourceType}`);
    } else if (path.endsWith('.json')) {
      JSON.parse(readFileSync(full, 'utf8'));
      lines.push(`${path}: JSON`);
    } else if (path.endsWith('.py')) {
      const [major, minor] = runtime && 'pythonVersion' in runtime ? runtime.pythonVersion : [3, 7];
      const { stdout } = await execa('python3', ['-c', PARSE_PYTHON, String(major), String(Math.max(minor, 7)), full], { stdin: 'ignore' });
      expect(stdout.trim()).toBe('1');
      lines.push(`${path}: Python ${major}.${minor}`);
    } else if (path.endsWith('.php')) {
      await execa('php', ['-l', full], { stdin: 'ignore' });
      lines.push(`${path}: php -l`);
    } else continue;
    passedFiles.add(path);
  }
  return { exitCode: 0, output: lines.join('\n'), passedFiles };
}

describe('create-fc-function add', () => {
  const started = performance.now();

  beforeAll(async () => {
    // Every project first: ours in one generateAll, the fixtures copied; then the user's edits.
    const generateList: { name: string; args: string[] }[] = [];
    const dirs = new Map(ADD_CASES.map((testCase) => [testCase.id, startOf(testCase.start, testCase.id, generateList)]));
    BAD_CASES.forEach((bad, index) => {
      if ('empty' in bad.project) {
        const dir = join(root, `bad-empty-${index}`);
        mkdirSync(dir);
        badDirs.set(bad.name, dir);
      } else if ('fixture' in bad.project) {
        badDirs.set(bad.name, startOf(bad.project, `bad-fixture-${index}`, generateList));
      } else {
        const { name } = bad.project;
        if (!generateList.some((entry) => entry.name === name)) generateList.push({ name, args: [name, ...bad.project.generate] });
        badDirs.set(bad.name, join(root, name));
      }
    });
    for (const dry of DRY_RUN_CASES) dryDirs.set(dry.name, startOf(dry.start, dry.name, generateList));
    await generateAll(root, generateList.map((entry) => entry.args));
    for (const testCase of ADD_CASES) testCase.edit?.(dirs.get(testCase.id) as string);
    const generatedAt = performance.now();

    // add, two at a time (each is a short Node.js process).
    await inParallel(ADD_CASES, async (testCase) => {
      const dir = dirs.get(testCase.id) as string;
      const before = snapshot(dir);
      const { exitCode, stdout, stderr } = await runCli(['add', ...testCase.add, '--json', '--no-interactive'], { cwd: dir });
      let report: AddReport | undefined;
      try {
        report = JSON.parse(stdout) as AddReport;
      } catch {
        report = undefined;
      }
      testCase.afterManual?.(dir);
      states.set(testCase.id, { dir, before, after: snapshot(dir), exitCode: exitCode ?? -1, stdout, stderr, ...(report ? { report } : {}), suites: new Map() });
    }, 2);
    const addedAt = performance.now();

    // The toolchains start now and run behind the tests, which wait for their own runs.
    const byId = (id: string) => states.get(id) as CaseState;
    const wants = (suite: Suite) => ADD_CASES.filter((testCase) => testCase.suites.includes(suite) && TIERS[suite] && byId(testCase.id).exitCode === 0);

    // Maven: one aggregator run over every Java project.
    const javaCases = wants('java');
    if (javaCases.length > 0) {
      const maven = slot(async () => {
        const setup = await prepareMaven(join(root, '.maven'));
        writeAggregator(root, javaCases.map((testCase) => testCase.id));
        return runMaven(root, setup, ['--fail-at-end', '-q', 'test']);
      });
      for (const testCase of javaCases) {
        byId(testCase.id).suites.set('java', settled(async () => {
          const build = await maven;
          const totals = surefireTotals(byId(testCase.id).dir);
          const classes = new Set(totals.classes);
          const passedFiles = new Set(newTestFiles(byId(testCase.id).report).filter((path) => path.endsWith('.java') && classes.has(path.replace(/^src\/test\/java\//, '').replace(/\.java$/, '').replaceAll('/', '.'))));
          const ok = build.exitCode === 0 && totals.tests > 0 && totals.failures === 0 && totals.errors === 0;
          return { exitCode: ok ? 0 : 1, output: `${JSON.stringify(totals)}\n${build.all ?? ''}`, passedFiles };
        }));
      }
    }

    // Node.js: one install above every project, of the union of their dependencies (they agree on versions);
    // a web function's framework is among the project's own dependencies, which add merged into package.json.
    const nodeCases = wants('node');
    const devDependencies: Record<string, string> = {};
    for (const testCase of nodeCases) {
      const manifest = JSON.parse(readFileSync(join(byId(testCase.id).dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
      for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (devDependencies[name] !== undefined && devDependencies[name] !== range) throw new Error(`${testCase.id} wants ${name}@${range}, another project ${devDependencies[name]}`);
        devDependencies[name] = range;
      }
    }
    const installed = nodeCases.length === 0 ? Promise.resolve() : slot(async () => {
      writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, devDependencies }));
      await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: root, stdin: 'ignore' });
    });
    for (const testCase of nodeCases) byId(testCase.id).suites.set('node', settled(async () => (await installed, slot(() => nodeRun(byId(testCase.id).dir)))));

    const added = (id: string) => newTestFiles(byId(id).report);
    for (const testCase of wants('python')) byId(testCase.id).suites.set('python', settled(() => slot(() => pythonRun(byId(testCase.id).dir))));
    for (const testCase of wants('go')) byId(testCase.id).suites.set('go', settled(() => slot(() => goRun(byId(testCase.id).dir, added(testCase.id)))));
    for (const testCase of wants('php')) byId(testCase.id).suites.set('php', settled(() => slot(() => phpRun(byId(testCase.id).dir))));
    for (const testCase of wants('dotnet')) byId(testCase.id).suites.set('dotnet', settled(() => slot(() => dotnetRun(byId(testCase.id).dir, added(testCase.id)))));
    for (const testCase of wants('syntax')) byId(testCase.id).suites.set('syntax', settled(() => syntaxRun(testCase, byId(testCase.id))));

    // The real clients, in parallel with the toolchains.
    for (const generation of ['2', '3'] as const) {
      const cases = ADD_CASES.filter((testCase) => testCase.fcVersion === generation && byId(testCase.id).exitCode === 0);
      const results = await resolvePropsOfProjects(cases.map((testCase) => probeFolder(byId(testCase.id).dir, generation)), generation);
      cases.forEach((testCase, index) => resolved.set(testCase.id, results[index] as ResolvedProps | Error));
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`add: generated in ${seconds(generatedAt - started)}, ${ADD_CASES.length} adds in ${seconds(addedAt - generatedAt)}, resolved in ${seconds(performance.now() - addedAt)}`);
  }, 600_000);

  describe.each(ADD_CASES.map((testCase) => [`${testCase.id}: add ${testCase.add.join(' ')}`, testCase] as const))('%s', (_label, testCase) => {
    const state = () => states.get(testCase.id) as CaseState;
    const report = () => {
      const { exitCode, stdout, stderr, report: printed } = state();
      expect(exitCode, `${stdout}\n${stderr}`).toBe(0);
      expect(printed, stdout).toBeDefined();
      return printed as AddReport;
    };

    it('exits 0 and reports exactly the changes it made', () => {
      const printed = report();
      expect(printed.dryRun).toBe(false);
      expect(printed.fcVersion).toBe(testCase.fcVersion);
      expect(printed.triggers.map(({ function: fn, trigger }) => ({ function: fn, type: trigger }))).toEqual(testCase.expect.triggers ?? []);
      expect(printed.functions).toEqual(testCase.expect.functions ?? []);
      expect(printed.manual.map((manual) => manual.path)).toEqual(testCase.expect.manual ?? []);
      expect(printed.changes[0]?.path).toBe('s.yaml');
      const { before, after } = state();
      // The user's own follow-up edit is theirs, not add's.
      const userEdited = new Set(testCase.afterManual ? testCase.expect.manual ?? [] : []);
      expect(changedPaths(before, after).filter((path) => !userEdited.has(path))).toEqual(printed.changes.map((change) => change.path).sort());
      for (const change of printed.changes) {
        expect(change.status, change.path).toBe(before.has(change.path) ? 'modified' : 'added');
        expect(change.diff, change.path).toMatch(new RegExp(`^--- ${change.status === 'added' ? '/dev/null' : `a/${change.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`}\n\\+\\+\\+ b/`));
      }
      for (const path of testCase.expect.unchanged ?? []) {
        expect(before.has(path), path).toBe(true);
        if (!testCase.afterManual) expect(after.get(path)?.equals(before.get(path) as Buffer), `${path} must be left as it was`).toBe(true);
      }
      // Lines for a handler we did not write are printed as code to add; for ours, as a patch.
      for (const manual of printed.manual) expect(manual.diff).toMatch('fixture' in testCase.start ? /decode\(/ : /^--- a\/.*\n\+\+\+ b\/.*\n@@ /);
    });

    it('only inserts into s.yaml: every old byte is kept, in one new block naming what was added', () => {
      const printed = report();
      const before = state().before.get('s.yaml')?.toString('utf8') as string;
      const after = state().after.get('s.yaml')?.toString('utf8') as string;
      const { blocks, restored, keptEveryLine } = insertions(before, after);
      expect(keptEveryLine, 'every line of the old s.yaml is in the new one, in order').toBe(true);
      expect(restored, 'cutting the inserted text out gives the old file back byte for byte').toBe(before);
      expect(Buffer.from(restored, 'utf8').equals(state().before.get('s.yaml') as Buffer)).toBe(true);
      expect(blocks).toHaveLength(1);
      for (const { name } of printed.triggers) expect(blocks[0]).toContain(name);
      for (const name of printed.functions) expect(blocks[0]).toContain(name);
    });

    it('s.yaml resolves with the real Serverless Devs client of its generation, with the new trigger or function', () => {
      const printed = report();
      const result = resolved.get(testCase.id);
      if (result instanceof Error) throw result;
      expect(result).toBeDefined();
      const props = Object.values(result as ResolvedProps);
      const nameOf = (module: Record<string, any>) => String(testCase.fcVersion === '2' ? module.function?.name : module.functionName);
      for (const added of printed.triggers) {
        const module = props.find((candidate) => nameOf(candidate) === added.function);
        expect(module, `${added.function} among ${props.map(nameOf).join(', ')}`).toBeDefined();
        const triggers = (module?.triggers ?? []) as Record<string, unknown>[];
        const [nameKey, typeKey] = testCase.fcVersion === '2' ? ['name', 'type'] : ['triggerName', 'triggerType'];
        // A message source is an eventbridge trigger in s.yaml.
        const type = triggerById(added.trigger as TriggerId).eventSourceType ? 'eventbridge' : added.trigger;
        expect(triggers.filter((item) => item[nameKey] === added.name && item[typeKey] === type), JSON.stringify(triggers)).toHaveLength(1);
        // The function's other triggers are still there.
        const old = functionsOf(state().before.get('s.yaml')?.toString('utf8') as string, testCase.fcVersion);
        expect(old.some((fn) => fn.name === added.function || /\$\{vars\./.test(fn.name))).toBe(true);
      }
      for (const name of printed.functions) {
        const module = props.find((candidate) => nameOf(candidate) === name);
        expect(module, `${name} among ${props.map(nameOf).join(', ')}`).toBeDefined();
      }
      const before = functionsOf(state().before.get('s.yaml')?.toString('utf8') as string, testCase.fcVersion);
      expect(props).toHaveLength(before.length + printed.functions.length);
    });

    for (const suite of testCase.suites) {
      const label = suite === 'syntax' ? 'the files add wrote parse as their runtime reads them' : `its own tests pass (${suite}), the new ones among them`;
      it.skipIf(!TIERS[suite])(label, async () => {
        report();
        const run = await (state().suites.get(suite) as Promise<SuiteRun>);
        expect(run.exitCode, run.output).toBe(0);
        const expected = suite === 'syntax' ? (state().report?.changes ?? []).filter((change) => change.status === 'added' && /\.(js|py|php|json)$/.test(change.path)).map((change) => change.path) : newTestFiles(state().report).filter((path) => suiteOfTest(path) === suite);
        // A project of two runtimes has the new tests in one of its suites.
        // A trigger added to our code brings its contract, which the function's contract test (in the suite that passed) runs.
        if (suite !== 'syntax') expect(newTestFiles(state().report).length + addedContracts(state().report).length, 'add wrote tests or contracts for what it added').toBeGreaterThan(0);
        for (const path of expected) expect(run.passedFiles.has(path), `${path} ran and passed:\n${run.output}`).toBe(true);
      }, 480_000);
    }
  });

  describe('refusals: exit 1, an error naming the problem, nothing changed', () => {
    it.each(BAD_CASES.map((bad) => [bad.name, bad] as const))('%s', async (_name, bad) => {
      const dir = badDirs.get(bad.name) as string;
      const before = snapshot(dir);
      for (const json of [false, true]) {
        const { exitCode, stdout, stderr } = await runCli(['add', ...bad.add, '--no-interactive', ...(json ? ['--json'] : [])], { cwd: dir });
        expect(exitCode, `${stdout}\n${stderr}`).toBe(1);
        expect(stderr).toMatch(bad.error);
        expect(stderr).toMatch(/error/i);
        expect(changedPaths(before, snapshot(dir)), 'every file byte-identical').toEqual([]);
      }
      // --project from elsewhere reads the same project and refuses the same way.
      const elsewhere = await runCli(['add', ...bad.add, '--no-interactive', '--project', dir]);
      expect(elsewhere.exitCode, elsewhere.stderr).toBe(1);
      expect(elsewhere.stderr).toMatch(bad.error);
      expect(changedPaths(before, snapshot(dir))).toEqual([]);
    });
  });

  describe('--dry-run: prints a patch, writes nothing', () => {
    it.each(DRY_RUN_CASES.map((dry) => [dry.name, dry] as const))('%s', async (_name, dry) => {
      const dir = dryDirs.get(dry.name) as string;
      const before = snapshot(dir);
      const printed = await runCli(['add', ...dry.add, '--dry-run', '--no-interactive'], { cwd: dir });
      expect(printed.exitCode, printed.stderr).toBe(0);
      expect(printed.stdout).toMatch(/^--- a\/s\.yaml\n\+\+\+ b\/s\.yaml\n@@ /m);
      expect(changedPaths(before, snapshot(dir)), 'nothing on disk changed').toEqual([]);
      const json = await runCli(['add', ...dry.add, '--dry-run', '--json', '--no-interactive'], { cwd: dir });
      expect(json.exitCode, json.stderr).toBe(0);
      expect((JSON.parse(json.stdout) as AddReport).dryRun).toBe(true);
      expect(changedPaths(before, snapshot(dir))).toEqual([]);

      // The printed diff is a real patch: it applies to the project, and makes what add itself writes.
      const patch = join(root, `${dry.name}.patch`);
      writeFileSync(patch, printed.stdout);
      const check = await execa('git', ['apply', '--check', '-v', patch], { cwd: dir, reject: false, all: true, stdin: 'ignore' });
      expect(check.exitCode, check.all).toBe(0);
      const [applied, real] = [`${dir}-applied`, `${dir}-real`];
      cpSync(dir, applied, { recursive: true });
      cpSync(dir, real, { recursive: true });
      const apply = await execa('git', ['apply', patch], { cwd: applied, reject: false, all: true, stdin: 'ignore' });
      expect(apply.exitCode, apply.all).toBe(0);
      const add = await runCli(['add', ...dry.add, '--no-interactive'], { cwd: real });
      expect(add.exitCode, add.stderr).toBe(0);
      const [patched, written] = [snapshot(applied), snapshot(real)];
      expect(changedPaths(patched, written), 'the patched project and the one add wrote differ in').toEqual([]);
    });
  });
});
