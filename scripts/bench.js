// Benchmarks (never tests): start-up of the light commands, a full non-interactive generation, and
// the package size. Run with `npm run bench` (it builds first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/create-fc-function.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(label, args, prepare = () => ({})) {
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { cwd, cleanup } = prepare();
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    cleanup?.();
  }
  console.log(`${label.padEnd(44)} median ${median(samples).toFixed(0).padStart(5)} ms   min ${Math.min(...samples).toFixed(0).padStart(5)} ms   (${RUNS} runs)`);
}

const scratch = () => {
  const cwd = mkdtempSync(join(tmpdir(), 'cfc-bench-'));
  return { cwd, cleanup: () => rmSync(cwd, { recursive: true, force: true }) };
};

time('--version', ['--version']);
time('--help', ['--help']);
time('list triggers --json', ['list', 'triggers', '--json']);
time('recommend --trigger http --trigger oss', ['recommend', '--trigger', 'http', '--trigger', 'oss']);
time('--dry-run (all triggers)', ['demo', '--trigger', 'http,timer,oss,log,cdn,ots,mns,eventbridge', '--dry-run'], scratch);
time('generate JS, all triggers, no install/git', ['demo', '--trigger', 'http,timer,oss,log,cdn,ots,mns,eventbridge', '--yes', '--skip-install', '--no-git'], scratch);
time('generate Python, one trigger, no install/git', ['demo', '--runtime', 'python3.10', '--trigger', 'oss', '--yes', '--skip-install', '--no-git'], scratch);

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'pipe', 'ignore'] }).toString());
console.log(`${'package (npm pack)'.padEnd(44)} ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${pack.entryCount} files`);
