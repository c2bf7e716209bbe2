// Benchmark (never a test): create-fc-function against create-vite 9 as users get them. Each is
// installed from a tarball or the registry into its own temp folder and run from there, in one
// paired run (create-vite, ours, create-vite, ours...) so that machine noise hits both alike.
// Run with `npm run bench` (it builds first). BENCH_RUNS sets the paired runs (default 15),
// BENCH_JSON a file for the results. Exits 1 when a target is missed, 2 when the bench itself fails.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MAX_MB = 5;
const MAX_PACKAGES = 3;
const PTY_TIMEOUT_MS = 30_000;
const ENV = { ...process.env, NO_COLOR: '1' };
// `script` runs the command through $SHELL; COLUMNS alone does not size the pty (Node reads the
// window size from the pty, which starts at 0×0 when stdin is a pipe), so stty sets it first.
const PTY_ENV = { ...ENV, COLUMNS: '200', SHELL: '/bin/sh' };
const PTY_PREFIX = 'stty cols 200 rows 50 && exec ';

/** The timed figures, one row each: the arguments of each tool and the target for ours ÷ create-vite. */
const TIMED = [
  {
    id: 'scaffold', label: 'scaffold (Node.js, OSS, files only)', maxRatio: 2,
    ours: { args: ['demo', '--trigger', 'oss', '--yes', '--skip-install', '--no-git'], writes: 'demo/s.yaml' },
    vite: { args: ['app', '--template', 'vanilla', '--no-interactive'], writes: 'app/package.json' },
  },
  {
    id: 'first-question', label: 'wizard: first question on screen', maxRatio: 2,
    ours: { args: [], question: 'FC generation' },
    vite: { args: [], question: 'Project name' },
  },
  { id: 'help', label: '--help', maxRatio: 1.3, ours: { args: ['--help'] }, vite: { args: ['--help'] } },
  { id: 'list', label: 'list triggers (vs --help)', maxRatio: 1.3, ours: { args: ['list', 'triggers'] }, vite: { args: ['--help'] } },
  {
    id: 'recommend', label: 'recommend http+oss (vs --help)', maxRatio: 1.3,
    ours: { args: ['recommend', '--trigger', 'http', '--trigger', 'oss'] }, vite: { args: ['--help'] },
  },
  {
    id: 'dry-run', label: 'demo --dry-run (vs --help)', maxRatio: 1.3,
    ours: { args: ['demo', '--trigger', 'oss', '--dry-run'] }, vite: { args: ['--help'] },
  },
];

class BenchError extends Error {}

/** Runs a command to completion, returning its stdout; throws with its output when it fails. */
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).toString();
  } catch (error) {
    throw new BenchError(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

/** Installs `spec` into an empty folder as a user would; returns the bin's script, size and package count. */
function install(spec, folder, binName) {
  mkdirSync(folder);
  // --prefix keeps npm from installing into a package.json it finds further up.
  run('npm', ['install', spec, '--prefix', folder, '--no-audit', '--no-fund', '--ignore-scripts=false'], folder);
  const modules = join(folder, 'node_modules');
  const kib = Number(run('du', ['-sk', modules], folder).split(/\s/)[0]);
  const version = JSON.parse(readFileSync(join(modules, binName, 'package.json'), 'utf8')).version;
  return { bin: realpathSync(join(modules, '.bin', binName)), version, kib, mb: (kib * 1024) / 1e6, packages: countPackages(modules) };
}

/** Package folders under a node_modules, scoped and nested ones included. */
function countPackages(modules) {
  if (!existsSync(modules)) return 0;
  let count = 0;
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
    const folders = entry.name.startsWith('@')
      ? readdirSync(join(modules, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(modules, entry.name, e.name))
      : [join(modules, entry.name)];
    for (const folder of folders) count += 1 + countPackages(join(folder, 'node_modules'));
  }
  return count;
}

/** Milliseconds for one non-interactive run in an empty folder; checks it succeeded and wrote what it should. */
function timeRun(bin, { args, writes }, cwd) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0 || (writes && !existsSync(join(cwd, writes)))) {
    throw new BenchError(`${bin} ${args.join(' ')} failed (exit ${result.status}${writes ? `, ${writes} written: ${existsSync(join(cwd, writes))}` : ''}):\n${result.stdout}${result.stderr}`);
  }
  return ms;
}

/** Milliseconds from spawn on a pseudo-terminal until `question` is on screen; then kills the whole tree. */
function timeQuestion(bin, { args, question }, cwd) {
  const command = PTY_PREFIX + [process.execPath, bin, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
  const needle = question.replace(/\s/g, '');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // detached: `script` leads a process group of its own; the tool runs in the pty's session below it.
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: PTY_ENV, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let screen = '';
    let settled = false;
    const finish = (error, ms) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killTree(child.pid);
      if (error) reject(error);
      else resolve(ms);
    };
    const timer = setTimeout(() => finish(new BenchError(`no ${JSON.stringify(question)} after ${PTY_TIMEOUT_MS} ms from ${bin}; screen:\n${screen}`)), PTY_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      screen += chunk.toString('utf8');
      // Escape codes and line wrapping may split the text on screen, so compare without them.
      if (stripAnsi(screen).replace(/\s/g, '').includes(needle)) finish(null, performance.now() - start);
    });
    child.on('error', (error) => finish(new BenchError(`cannot run util-linux script: ${error.message}`)));
    child.on('exit', (code) => finish(new BenchError(`${bin} ended (exit ${code}) before ${JSON.stringify(question)}; screen:\n${screen}`)));
  });
}

function stripAnsi(text) {
  return text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[@-_]/g, '');
}

/** Kills `pid`'s process group and those of all its descendants (the tool leads its own, on the pty). */
function killTree(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {} // the process ended while we looked
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]) ?? []));
  for (const member of tree.reverse()) {
    for (const target of [-member, member]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {} // no such group, or already gone
    }
  }
}

/** Live processes whose command line mentions `root` (every bin the bench runs lives there). */
async function strays(root) {
  for (let attempt = 0; ; attempt += 1) {
    const found = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
        if (cmdline.includes(root)) found.push(`${entry} ${cmdline}`);
      } catch {}
    }
    if (found.length === 0 || attempt === 20) return found;
    await new Promise((resolve) => setTimeout(resolve, 100)); // give SIGKILLed processes a moment
  }
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted.at(-1), samples };
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new BenchError(`BENCH_RUNS must be a positive whole number, not ${JSON.stringify(process.env.BENCH_RUNS)}`);
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'cfc-bench-')));
  try {
    const log = (line) => process.stderr.write(`${line}\n`);
    log(`npm pack (${REPO}) ...`);
    mkdirSync(join(root, 'pack'));
    // npm run bench has just built dist/; packing need not build it again.
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', join(root, 'pack')], REPO);
    const tarball = join(root, 'pack', readdirSync(join(root, 'pack')).find((name) => name.endsWith('.tgz')));
    log('npm install of the tarball and of create-vite@9 ...');
    const ours = install(tarball, join(root, 'ours'), 'create-fc-function');
    const vite = install('create-vite@9', join(root, 'vite'), 'create-vite');

    const samples = Object.fromEntries(TIMED.map(({ id }) => [id, { ours: [], vite: [] }]));
    const detected = [];
    for (let round = 0; round <= RUNS; round += 1) {
      log(round === 0 ? 'warm-up ...' : `paired run ${round}/${RUNS} ...`);
      for (const figure of TIMED) {
        for (const [tool, installed] of [['vite', vite], ['ours', ours]]) {
          const cwd = mkdtempSync(join(root, 'run-'));
          const spec = figure[tool];
          const ms = spec.question ? await timeQuestion(installed.bin, spec, cwd) : timeRun(installed.bin, spec, cwd);
          rmSync(cwd, { recursive: true, force: true });
          if (spec.question && round === 0) detected.push(`${tool === 'ours' ? 'create-fc-function' : 'create-vite'} showed ${JSON.stringify(spec.question)} after ${ms.toFixed(0)} ms`);
          if (round > 0) samples[figure.id][tool].push(ms);
        }
      }
    }
    const leftOver = await strays(root);

    const figures = [
      { id: 'install-size', label: 'install size (du -sk)', unit: 'MB', ours: ours.mb, vite: vite.mb, kib: { ours: ours.kib, vite: vite.kib }, target: `≤ ${MAX_MB} MB`, met: ours.mb <= MAX_MB },
      { id: 'install-packages', label: 'packages installed', unit: 'packages', ours: ours.packages, vite: vite.packages, target: `≤ ${MAX_PACKAGES}`, met: ours.packages <= MAX_PACKAGES },
      ...TIMED.map(({ id, label, maxRatio }) => {
        const [o, v] = [stats(samples[id].ours), stats(samples[id].vite)];
        const ratio = o.median / v.median;
        return { id, label, unit: 'ms', ours: o, vite: v, ratio, target: `≤ ${maxRatio}×`, maxRatio, met: ratio <= maxRatio };
      }),
    ];
    for (const figure of figures) figure.ratio ??= figure.ours / figure.vite;

    const cell = (figure, value) => {
      if (figure.unit === 'ms') return [value.min, value.median, value.max].map((ms) => ms.toFixed(0)).join(' / ') + ' ms';
      if (figure.unit === 'MB') return `${value.toFixed(2)} MB (${Math.round((value * 1e6) / 1024)} KiB)`;
      return String(value);
    };
    const rows = [
      ['figure', 'create-fc-function', `create-vite ${vite.version}`, 'ratio', 'target', ''],
      ...figures.map((figure) => [figure.label, cell(figure, figure.ours), cell(figure, figure.vite), `${figure.ratio.toFixed(2)}×`, figure.target, figure.met ? '✓' : '✗']),
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    console.log(`\ncreate-fc-function ${ours.version} (packed tarball) vs create-vite ${vite.version}, ${RUNS} paired runs after a warm-up, Node ${process.version}; times are min / median / max`);
    for (const row of rows) console.log(row.map((text, column) => text.padEnd(widths[column])).join('  ').trimEnd());
    console.log(`first question (warm-up): ${detected.join('; ')}`);
    console.log(`stray processes after the runs: ${leftOver.length === 0 ? 'none' : `\n  ${leftOver.join('\n  ')}`}`);

    const missed = figures.filter((figure) => !figure.met).map((figure) => `${figure.id} ${figure.unit === 'ms' ? `${figure.ratio.toFixed(2)}×` : cell(figure, figure.ours)} (${figure.target})`);
    if (leftOver.length > 0) missed.push(`${leftOver.length} stray process(es)`);
    console.log(missed.length === 0 ? `✓ all ${figures.length} targets met` : `✗ missed ${missed.length} of ${figures.length}: ${missed.join(', ')}`);

    if (process.env.BENCH_JSON) {
      const report = { date: new Date().toISOString(), node: process.version, platform: `${process.platform} ${process.arch}`, runs: RUNS, versions: { ours: ours.version, vite: vite.version }, figures, strays: leftOver, met: missed.length === 0 };
      // Rounded to 0.01 so the README can quote it as is.
      writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(report, (_, value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value), 2)}\n`);
    }
    return missed.length === 0 ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof BenchError ? `bench failed: ${error.message}` : error);
    process.exitCode = 2;
  },
);
