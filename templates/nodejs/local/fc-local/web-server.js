'use strict';

// A custom runtime's function is its own HTTP server: start it as FC does (customRuntimeConfig's
// command and args, FC_SERVER_PORT set), wait until it listens, and restart it when its code changes.
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const http = require('node:http');
const { fcHeaders, functionEnvironment, randomUUID } = require('./context');

const START_TIMEOUT_MS = 30000;

/** A free port on this machine, for the server behind the dev server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The start command with FC's `/code` (where the code folder is mounted) mapped to the local folder. */
function startCommand(fn) {
  const toLocal = (part) => String(part).replace(/^\/code(?=\/|$)/, fn.codeDir);
  const command = Array.isArray(fn.server.command) && fn.server.command.length > 0 ? fn.server.command.map(toLocal) : [path.join(fn.codeDir, 'bootstrap')];
  return [...command, ...(fn.server.args || []).map(toLocal)];
}

function waitUntilListening(port, child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`the server exited (${child.signalCode || child.exitCode}) before it listened on ${port}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(resolve));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`the server did not listen on ${port} within ${START_TIMEOUT_MS / 1000} s`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** A web function's server: `ready()` resolves with its port once it listens; `restart()` and `stop()`. */
function webServer(fn) {
  let current;
  const start = async () => {
    const port = await freePort();
    const [command, ...args] = startCommand(fn);
    const child = spawn(command, args, {
      cwd: fn.codeDir,
      // Loopback only: the server would listen on every interface for FC (templates/custom/*/server).
      env: { ...functionEnvironment(fn), FC_SERVER_PORT: String(port), FC_LOCAL_HOST: '127.0.0.1' },
      // Its output goes to our stderr, like its logs in FC.
      stdio: ['ignore', 2, 2],
      detached: true,
    });
    child.once('error', () => {});
    await waitUntilListening(port, child);
    return { child, port };
  };
  const stop = async () => {
    const previous = current;
    current = undefined;
    if (!previous) return;
    const running = await previous.catch(() => undefined);
    if (!running || running.child.exitCode !== null) return;
    await new Promise((resolve) => {
      running.child.once('exit', resolve);
      // The server's whole process group: bootstrap scripts start the real server as a child.
      try {
        process.kill(-running.child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  };
  return {
    ready() {
      if (!current) {
        const starting = start();
        current = starting;
        // A server that failed to start is tried again on the next request.
        starting.catch(() => {
          if (current === starting) current = undefined;
        });
      }
      return current.then((running) => running.port);
    },
    async restart() {
      await stop();
      return this.ready();
    },
    stop,
  };
}

/**
 * Sends `request` {method, target, headers, body} to the server on `port` with the x-fc-* headers FC adds;
 * `controlPath` is /invoke for an event, /http-invoke for an HTTP request.
 */
function forward(fn, port, request, controlPath) {
  const headers = { ...request.headers, ...fcHeaders(fn, randomUUID(), controlPath), host: `127.0.0.1:${port}` };
  return new Promise((resolve, reject) => {
    const forwarded = http.request({ host: '127.0.0.1', port, method: request.method, path: request.target, headers }, (answer) => {
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => resolve({ statusCode: answer.statusCode, headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on('error', reject);
    });
    forwarded.on('error', reject);
    forwarded.end(request.body);
  });
}

module.exports = { webServer, forward, startCommand };
