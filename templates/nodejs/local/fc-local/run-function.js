'use strict';

// Starts the worker for one invocation and enforces the function's timeout, except under a debugger.
const { fork } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const { randomUUID } = require('./context');
const { attachLine, noticeTimeoutOff, underDebugger } = require('./debugging');

const WORKER = path.join(__dirname, 'worker.js');

// Under --inspect the workers take turns: each listens on the same port, which the previous one must have let go.
let turn = Promise.resolve();

// Workers end with the runner. A signal that stops it (the SIGTERM of `timeout` or of a stopped npm
// script) would otherwise leave its worker behind: under --inspect-brk one that waits for a debugger
// for ever and keeps the port. `dev` has its own shutdown, which stops its workers the same way.
const live = new Set();
process.once('exit', () => {
  for (const worker of live) worker.kill('SIGKILL');
});

function endWithSignals() {
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
  }
}

/**
 * Runs `job` on the function; resolves with the worker's outcome `{ok, result | response | error}`.
 * `inspect` ({ port }): the worker starts under the inspector and waits for a debugger to attach.
 */
function runFunction(fn, job, { inspect } = {}) {
  if (!inspect) return start(fn, job);
  const started = turn.then(() => start(fn, job, inspect));
  turn = started.then(({ closed }) => closed);
  return started.then(({ outcome }) => outcome);
}

function start(fn, job, inspect) {
  const requestId = randomUUID();
  // Node.js's own "Debugger listening on ws://…" line follows ours on stderr. --inspect-brk: the
  // function must not run before the debugger has set its breakpoints.
  if (inspect) process.stderr.write(`${attachLine(fn, inspect)}\n`);
  const execArgv = inspect ? [...process.execArgv, `--inspect-brk=127.0.0.1:${inspect.port}`] : process.execArgv;
  // A debugger holding the function at a breakpoint is not a function that hangs.
  const timed = !inspect && !underDebugger();
  if (!inspect && !timed) noticeTimeoutOff();
  // The handler's console output goes to our stderr (fd 2): stdout carries only results. FC runs
  // functions in their code folder (/code), so relative paths resolve as they will there.
  endWithSignals();
  const worker = fork(WORKER, [], { cwd: fn.codeDir, stdio: ['ignore', 2, 2, 'ipc'], execArgv });
  live.add(worker);
  const closed = new Promise((resolve) => worker.once('close', resolve));
  worker.once('close', () => live.delete(worker));
  const outcome = new Promise((resolve) => {
    let done = false;
    const end = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (worker.exitCode === null) worker.kill();
      resolve({ requestId, ...result });
    };
    const timer = timed ? setTimeout(() => end({ ok: false, error: { errorType: 'FunctionTimeout', errorMessage: `Function timed out after ${fn.timeout} s`, stackTrace: [] } }), fn.timeout * 1000) : undefined;
    worker.on('message', end);
    // 'close', not 'exit': under load a worker's exit can be reported before its last message, which
    // 'close' (after the IPC channel has ended) never is.
    worker.on('close', (code, signal) => end({ ok: false, error: { errorType: 'WorkerExited', errorMessage: `the function's process exited (${signal || code}) before it answered`, stackTrace: [] } }));
    worker.send({ fn, job, requestId });
  });
  return inspect ? outcome.then((result) => ({ outcome: result, closed })) : outcome;
}

/** The bytes a result stands for, and whether they are JSON. */
function resultBytes(result) {
  if (result.type === 'none') return { bytes: Buffer.alloc(0), json: false };
  if (result.type === 'bytes') return { bytes: Buffer.from(result.base64, 'base64'), json: false };
  return { bytes: Buffer.from(result.text), json: result.type === 'json' };
}

module.exports = { runFunction, resultBytes };
