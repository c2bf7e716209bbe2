'use strict';

// fc-local: run this project's functions on this machine, with no Docker, account or network.
//   npm run invoke -- [EVENT_FILE] [--function NAME] [--inspect[=PORT]]   one invocation with a sample event
//   npm run dev -- [--port 9000] [--timers] [--inspect[=PORT]]             serve the functions on localhost
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { readProject, pickFunction, takesEvents, requestsOnly, UsageError } = require('./project');
const { runFunction, resultBytes } = require('./run-function');
const { LIMITS } = require('./request-guard');
const { DEFAULT_PORT, takeInspect } = require('./debugging');

const ROOT = path.resolve(__dirname, '..');
const INSPECT_HELP = `  --inspect[=PORT]  start the function's process under the debugger, on 127.0.0.1:PORT (default ${DEFAULT_PORT}),
                    and wait for chrome://inspect or VS Code's "Attach"; no timeout while debugging`;
const USAGE = {
  invoke: `Usage: npm run invoke -- [EVENT_FILE] [--function NAME] [--inspect[=PORT]]

Runs one function once with an event: EVENT_FILE's contents (e.g. events/oss.json), else what is piped
to stdin (< /dev/null for an empty event). Prints the result on stdout (the function's logs go to stderr); a failed
invocation prints the error and exits 1.
  --function NAME   the function (its s.yaml name or key); needed when several can take events
${INSPECT_HELP}`,
  dev: `Usage: npm run dev -- [--port PORT] [--timers] [--inspect[=PORT]]

Serves the project's functions on http://localhost:PORT (default 9000): HTTP functions as FC calls
them, and any function with POST /_invoke/<function> (the request body is the event). Each call runs
the code as it is on disk; one line per call is logged.
  --port PORT   the port to listen on (default 9000)
  --timers      fire the timer triggers on their schedules
${INSPECT_HELP} (one call at a time)`,
};
const OPTIONS = {
  invoke: { function: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  dev: { port: { type: 'string' }, timers: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
};

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`fc-local: ${error.message}\n`);
    process.exit(2);
  }
  // A server that would not start, a connection that broke: the message says which.
  process.stderr.write(`fc-local: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});

async function main([command, ...given]) {
  if (!(command in USAGE)) throw new UsageError(`unknown command "${command ?? ''}": choose invoke or dev`);
  const { args, inspect } = takeInspect(given);
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS[command], allowPositionals: command === 'invoke', strict: true });
  } catch (error) {
    throw new UsageError(`${error.message}\n\n${USAGE[command]}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE[command]}\n`);
    return;
  }
  if (command === 'invoke') await invoke(parsed.positionals, { ...parsed.values, inspect });
  else await dev({ ...parsed.values, inspect });
}

/** The newest modification time of a file, or of the files below a folder (0 when there are none). */
function newestChange(target) {
  if (!fs.existsSync(target)) return 0;
  if (!fs.statSync(target).isDirectory()) return fs.statSync(target).mtimeMs;
  return fs.readdirSync(target)
    .filter((name) => name !== 'node_modules')
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), 0);
}

/**
 * Compiles the code first where s.yaml deploys a build (TypeScript's dist/), unless dist/ is newer than
 * every source; `force` (dev, after a change) always builds. The build's output goes to stderr.
 */
function build(force = false) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!manifest.scripts || !manifest.scripts.build) return true;
  const sources = Math.max(newestChange(path.join(ROOT, 'src')), ...['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((file) => newestChange(path.join(ROOT, file))));
  if (!force && newestChange(path.join(ROOT, 'dist')) > sources) return true;
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    return true;
  } catch {
    process.stderr.write('fc-local: the build failed (npm run build): see above\n');
    return false;
  }
}

async function invoke(positionals, values) {
  if (positionals.length > 1) throw new UsageError(`invoke takes one event file, got ${positionals.length}: ${positionals.join(' ')}`);
  const project = readProject(ROOT);
  const fn = pickFunction(project, values.function, takesEvents);
  if (!takesEvents(fn)) throw new UsageError(`${fn.name} takes HTTP requests, not events: ${requestsOnly()}`);
  if (fn.kind === 'web' && values.inspect) throw new UsageError(notInspected(fn));
  const payload = readPayload(positionals[0]);
  if (!build()) process.exit(1);
  if (fn.kind === 'web') return invokeServer(fn, payload);
  const outcome = await runFunction(fn, { kind: 'event', payload: payload.toString('base64') }, { inspect: values.inspect });
  if (!outcome.ok) {
    const { errorType, errorMessage, stackTrace } = outcome.error;
    process.stderr.write(`${errorType}: ${errorMessage}\n${stackTrace.map((line) => `    ${line}`).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  const { bytes, json } = resultBytes(outcome.result);
  process.stdout.write(json ? `${JSON.stringify(JSON.parse(bytes.toString('utf8')), null, 2)}\n` : bytes);
}

/** Why --inspect does not start a custom runtime's server under the debugger: the runner starts that server with FC's command, not a Node.js of its own. */
function notInspected(fn) {
  return `--inspect starts the handlers this runner calls under the debugger; ${fn.name} is a custom runtime's own server: start it under one yourself, or use VS Code's launch configurations, which follow the runner's child processes`;
}

/** A custom runtime's function: start its server, POST the event to /invoke as FC does, stop it. */
async function invokeServer(fn, payload) {
  const { forward, webServer } = require('./web-server');
  const server = webServer(fn);
  try {
    const answer = await forward(fn, await server.ready(), { method: 'POST', target: '/invoke', headers: { 'content-type': 'application/octet-stream' }, body: payload }, '/invoke');
    if (answer.statusCode >= 300) {
      process.stderr.write(`fc-local: ${fn.name}'s server answered POST /invoke with ${answer.statusCode}: ${answer.body.toString('utf8')}\n`);
      process.exitCode = 1;
      return;
    }
    const json = /json/.test(String(answer.headers['content-type']));
    process.stdout.write(json ? `${JSON.stringify(JSON.parse(answer.body.toString('utf8')), null, 2)}\n` : answer.body);
  } finally {
    await server.stop();
  }
}

/**
 * The event: the file, else stdin when something is piped, else nothing. Under `npm run invoke` the file is
 * relative to where npm was run (INIT_CWD; npm itself runs the script in the project folder).
 */
function readPayload(file) {
  if (file !== undefined) {
    const here = process.env.npm_lifecycle_event === 'invoke' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
    const resolved = path.resolve(here, file);
    if (!fs.existsSync(resolved)) throw new UsageError(`no event file ${file}${sampleEvents()}`);
    const stats = fs.statSync(resolved);
    if (!stats.isFile()) throw new UsageError(`${file} is not a file`);
    if (stats.size > LIMITS.body) throw new UsageError(tooLarge(`${file} is ${stats.size} bytes`));
    return fs.readFileSync(resolved);
  }
  // On a terminal nothing is piped: rather than run the handler on an empty event, say what to give it.
  if (process.stdin.isTTY) throw new UsageError(`no event: give an event file${sampleEvents()}, or pipe one in (\`npm run invoke < /dev/null\` sends an empty event)`);
  return readStdin();
}

/** FC takes an event of at most 32 MB in a synchronous invocation (doc 74757), as the dev server applies to a request body. */
function tooLarge(what) {
  return `${what}: FC takes an event of at most ${LIMITS.body} bytes (32 MB) in a synchronous invocation`;
}

/** What is piped in, read up to FC's limit and refused beyond it, so a huge stream never fills memory. */
function readStdin() {
  const chunks = [];
  const chunk = Buffer.alloc(1024 * 1024);
  let size = 0;
  for (;;) {
    let count;
    try {
      count = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking stdin with nothing yet: wait 10 ms rather than spin a core.
      if (error.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (error.code === 'EOF') break;
      throw error;
    }
    if (count === 0) break;
    size += count;
    if (size > LIMITS.body) throw new UsageError(tooLarge('the event on stdin is larger'));
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks);
}

/** ": the project's sample events are events/oss.json, …", or nothing when it has none. */
function sampleEvents() {
  const folder = path.join(ROOT, 'events');
  const events = fs.existsSync(folder) ? fs.readdirSync(folder).sort().map((name) => `events/${name}`) : [];
  return events.length > 0 ? ` (the project's sample events are ${events.join(', ')})` : '';
}

async function dev(values) {
  const port = values.port === undefined ? 9000 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port ${values.port} is not a port: give a number from 1 to 65535`);
  if (!build()) process.exit(1);
  const { startDev } = require('./dev-server');
  let stop;
  try {
    stop = await startDev(ROOT, { port, timers: values.timers === true, rebuild: () => build(true), inspect: values.inspect });
  } catch (error) {
    if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use: pick another with --port`);
    throw error;
  }
  process.stderr.write('fc-local: press Ctrl-C to stop\n');
  const shutDown = () => stop().then(() => process.exit(0));
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}
