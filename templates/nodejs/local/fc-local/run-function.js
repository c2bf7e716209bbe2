'use strict';

// Starts the worker for one invocation and enforces the function's timeout.
const { fork } = require('node:child_process');
const path = require('node:path');
const { randomUUID } = require('./context');

const WORKER = path.join(__dirname, 'worker.js');

/** Runs `job` on the function; resolves with the worker's outcome `{ok, result | response | error}`. */
function runFunction(fn, job) {
  const requestId = randomUUID();
  // The handler's console output goes to our stderr (fd 2): stdout carries only results. FC runs
  // functions in their code folder (/code), so relative paths resolve as they will there.
  const worker = fork(WORKER, [], { cwd: fn.codeDir, stdio: ['ignore', 2, 2, 'ipc'] });
  return new Promise((resolve) => {
    let done = false;
    const end = (outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (worker.exitCode === null) worker.kill();
      resolve({ requestId, ...outcome });
    };
    const timer = setTimeout(() => end({ ok: false, error: { errorType: 'FunctionTimeout', errorMessage: `Function timed out after ${fn.timeout} s`, stackTrace: [] } }), fn.timeout * 1000);
    worker.on('message', end);
    // 'close', not 'exit': under load a worker's exit can be reported before its last message, which
    // 'close' (after the IPC channel has ended) never is.
    worker.on('close', (code, signal) => end({ ok: false, error: { errorType: 'WorkerExited', errorMessage: `the function's process exited (${signal || code}) before it answered`, stackTrace: [] } }));
    worker.send({ fn, job, requestId });
  });
}

/** The bytes a result stands for, and whether they are JSON. */
function resultBytes(result) {
  if (result.type === 'none') return { bytes: Buffer.alloc(0), json: false };
  if (result.type === 'bytes') return { bytes: Buffer.from(result.base64, 'base64'), json: false };
  return { bytes: Buffer.from(result.text), json: result.type === 'json' };
}

module.exports = { runFunction, resultBytes };
