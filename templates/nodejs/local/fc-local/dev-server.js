'use strict';

// `dev`: the project's functions on localhost, each called the way FC calls it, with the current code.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { parseSchedule } = require('./cron');
const { randomUUID } = require('./context');
const { httpEvent, httpResponse } = require('./http-event');
const { othersNote, readProject, httpTrigger, takesEvents } = require('./project');
const { runFunction, resultBytes } = require('./run-function');
const { jsonAnswer, readBody, Refusal, refusal, sendable } = require('./request-guard');
const { forward, webServer } = require('./web-server');

/** The path that invokes any function with the event in the request body. */
const INVOKE_PREFIX = '/_invoke/';

/** Where each HTTP function is served: the only one at `/`, several each under `/<name>`. */
function mounts(project) {
  const served = project.functions.filter((fn) => httpTrigger(fn));
  return served.map((fn) => ({ fn, prefix: served.length === 1 ? '' : `/${fn.name}` }));
}

/** FC 2.0 HTTP functions take requests only; every other function can be invoked with an event. */
function log(line) {
  process.stderr.write(`${line}\n`);
}

function sendJson(response, statusCode, value, headers = {}) {
  response.writeHead(statusCode, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

function failure(outcome) {
  return { statusCode: 500, headers: { 'content-type': 'application/json', 'x-fc-error-type': 'UnhandledInvocationError' }, body: Buffer.from(JSON.stringify(outcome.error)) };
}

/**
 * Starts the dev server; resolves once it listens. `rebuild` runs the project's build, if it has one;
 * `inspect` ({ port }) starts each call's handler under the debugger, one call at a time.
 */
async function startDev(root, { port, timers, rebuild, inspect }) {
  const debug = { inspect };
  let project = readProject(root);
  let servers = new Map();
  const serverOf = (fn) => {
    if (!servers.has(fn.name)) servers.set(fn.name, webServer(fn));
    return servers.get(fn.name);
  };

  /** Invokes a function with an event: its handler, or a custom runtime's POST /invoke. */
  async function invokeEvent(fn, payload) {
    if (fn.kind === 'web') return proxy(fn, { method: 'POST', target: '/invoke', headers: { 'content-type': 'application/octet-stream' }, body: payload }, '/invoke');
    const outcome = await runFunction(fn, { kind: 'event', payload: payload.toString('base64') }, debug);
    if (!outcome.ok) return failure(outcome);
    const { bytes, json } = resultBytes(outcome.result);
    return { statusCode: 200, headers: json ? { 'content-type': 'application/json' } : {}, body: bytes };
  }

  async function proxy(fn, request, controlPath) {
    return forward(fn, await serverOf(fn).ready(), request, controlPath);
  }

  /** An HTTP request to an HTTP function, with `target` the path and query inside its mount. */
  async function callHttp(fn, request, target) {
    const methods = (httpTrigger(fn).config.methods || []).map((method) => String(method).toUpperCase());
    if (methods.length > 0 && !methods.includes(request.method)) {
      return { statusCode: 405, headers: { 'content-type': 'application/json', allow: methods.join(', ') }, body: Buffer.from(JSON.stringify({ error: `Method ${request.method} is not allowed: the HTTP trigger accepts ${methods.join(', ')}` })) };
    }
    if (fn.kind === 'web') return proxy(fn, { ...request, target }, '/http-invoke');
    const url = new URL(target, 'http://localhost');
    if (fn.kind === 'fc2-http') {
      const queries = {};
      for (const [name, value] of url.searchParams) queries[name] = name in queries ? [].concat(queries[name], value) : value;
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
      const fcRequest = { method: request.method, path: decodeURIComponent(url.pathname), queries, headers, clientIP: request.clientIP, url: target, body: request.body.toString('base64') };
      const outcome = await runFunction(fn, { kind: 'fc2-http', request: fcRequest }, debug);
      if (!outcome.ok) return failure(outcome);
      return { ...outcome.response, body: Buffer.from(outcome.response.body, 'base64') };
    }
    const event = httpEvent({ method: request.method, target, headerPairs: request.headerPairs, body: request.body, sourceIp: request.clientIP, host: request.headers.host || `localhost:${port}`, requestId: randomUUID() });
    const outcome = await runFunction(fn, { kind: 'event', payload: Buffer.from(JSON.stringify(event)).toString('base64') }, debug);
    if (!outcome.ok) return failure(outcome);
    return httpResponse(resultBytes(outcome.result));
  }

  /** What a request is for, and the answer; `label` names it in the log line. */
  async function route(request) {
    const { pathname } = new URL(request.target, 'http://localhost');
    if (request.method === 'POST' && pathname.startsWith(INVOKE_PREFIX)) {
      const name = decodeURIComponent(pathname.slice(INVOKE_PREFIX.length));
      const fn = project.functions.find((candidate) => candidate.name === name && takesEvents(candidate));
      if (fn) return { fn, label: 'invoke', answer: await invokeEvent(fn, request.body) };
    }
    for (const { fn, prefix } of mounts(project)) {
      if (prefix === '' || pathname === prefix || pathname.startsWith(`${prefix}/`)) {
        const target = request.target.slice(prefix.length) || '/';
        return { fn, label: `${request.method} ${pathname}`, answer: await callHttp(fn, request, target.startsWith('/') ? target : `/${target}`) };
      }
    }
    return { label: `${request.method} ${pathname}`, answer: { statusCode: 404, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ error: 'Not found', routes: routes(project, port) })) } };
  }

  /** One request: refused (foreign Host or Origin, over FC's limits, cut off), or routed to its function; the answer checked before it is sent. */
  async function serve(incoming, outgoing) {
    const started = Date.now();
    const label = `${incoming.method} ${incoming.url}`;
    let routed;
    try {
      const refused = refusal(incoming, port);
      if (refused) throw refused;
      const body = await readBody(incoming);
      // A request sent right after a save runs the saved code: changes are taken in first, not when the watcher hears of them.
      await freshen();
      const headerPairs = [];
      for (let index = 0; index < incoming.rawHeaders.length; index += 2) headerPairs.push([incoming.rawHeaders[index], incoming.rawHeaders[index + 1]]);
      const request = { method: incoming.method, target: incoming.url, headers: incoming.headers, headerPairs, body, clientIP: String(incoming.socket.remoteAddress).replace(/^::ffff:/, '') };
      routed = await route(request);
    } catch (error) {
      const refused = error instanceof Refusal;
      routed = { label, answer: jsonAnswer(refused ? error.statusCode : 502, { error: error.message }) };
    }
    const answer = sendable(routed.answer);
    // A request whose connection is gone (cut off) gets no answer; a read request is destroyed once read, its socket is not.
    if (!outgoing.destroyed && !incoming.socket.destroyed) {
      outgoing.writeHead(answer.statusCode, answer.headers);
      outgoing.end(answer.body);
    }
    log(`${routed.fn ? routed.fn.name : '-'} ${routed.label} ${answer.statusCode} ${Date.now() - started}ms`);
  }

  const server = http.createServer((incoming, outgoing) => {
    // Nothing a request does may stop the server: whatever escapes is logged, and the connection closed.
    serve(incoming, outgoing).catch((error) => {
      log(`fc-local: ${incoming.method} ${incoming.url}: ${error.message}`);
      outgoing.destroy();
    });
  });

  // What src/ and s.yaml held at the last reload; every request and every change the watcher hears compares against it.
  let seen = snapshot(root);
  let reloading = Promise.resolve();
  function freshen() {
    reloading = reloading.then(async () => {
      const now = snapshot(root);
      const changed = [...new Set([...seen.keys(), ...now.keys()])].filter((file) => seen.get(file) !== now.get(file)).sort();
      seen = now;
      if (changed.length > 0) await reload(changed).catch((error) => log(`fc-local: reload: ${error.message}`));
    });
    return reloading;
  }

  /** s.yaml read again, the code rebuilt where it has a build, web functions' servers restarted on their next call. */
  async function reload(changed) {
    if (changed.some((file) => path.basename(file) === 's.yaml' || path.basename(file) === 's.yml')) {
      try {
        project = readProject(root);
      } catch (error) {
        log(`fc-local: s.yaml: ${error.message}; keeping the previous one`);
      }
    }
    if (rebuild && changed.some((file) => file.startsWith(path.join(root, 'src') + path.sep))) await rebuild();
    const previous = servers;
    servers = new Map();
    await Promise.all([...previous.values()].map((running) => running.stop()));
    log(`fc-local: reloaded (${path.relative(root, changed[0])})`);
  }

  const stopTimers = timers ? startTimers(() => project, (fn, payload) => freshen().then(() => invokeEvent(fn, payload))) : () => {};
  const stopWatching = watch(root, freshen);

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  for (const line of routes(project, port)) log(`fc-local: ${line}`);
  if (project.others.length > 0) log(`fc-local: not served here: ${othersNote(project.others).slice(2)}`);

  return async function stop() {
    stopTimers();
    stopWatching();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await Promise.all([...servers.values()].map((running) => running.stop()));
  };
}

/** One line per route, for the banner and the 404 page. */
function routes(project, port) {
  const base = `http://localhost:${port}`;
  return [
    ...mounts(project).map(({ fn, prefix }) => `${base}${prefix}/ -> ${fn.name} (HTTP)`),
    ...project.functions.filter(takesEvents).map((fn) => `POST ${base}${INVOKE_PREFIX}${fn.name} -> ${fn.name} (the request body is the event)`),
  ];
}

/** Fires each enabled timer trigger on its schedule, with the event FC's timer sends. */
function startTimers(currentProject, invokeEvent) {
  const fire = async (fn, trigger) => {
    const started = Date.now();
    const event = { triggerTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), triggerName: trigger.name, payload: String(trigger.config.payload ?? '') };
    const answer = await invokeEvent(fn, Buffer.from(JSON.stringify(event))).catch(() => ({ statusCode: 502 }));
    log(`${fn.name} timer ${trigger.name} ${answer.statusCode} ${Date.now() - started}ms`);
  };
  const timersOf = () =>
    currentProject().functions.flatMap((fn) =>
      fn.triggers.filter((trigger) => trigger.type === 'timer' && trigger.config.enable !== false).flatMap((trigger) => {
        try {
          return [{ fn, trigger, schedule: parseSchedule(String(trigger.config.cronExpression)) }];
        } catch (error) {
          log(`fc-local: ${fn.name}'s timer ${trigger.name}: ${error.message}; it will not fire`);
          return [];
        }
      }),
    );
  const started = Date.now();
  let ticks = 0;
  let timer;
  const tick = () => {
    ticks += 1;
    const now = new Date(Math.round(Date.now() / 1000) * 1000);
    for (const { fn, trigger, schedule } of timersOf()) {
      const due = schedule.everySeconds ? ticks % schedule.everySeconds === 0 : schedule.matches(now);
      if (due) fire(fn, trigger);
    }
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  };
  for (const { fn, trigger, schedule } of timersOf()) log(`fc-local: timer ${trigger.name} of ${fn.name} fires on "${trigger.config.cronExpression}"${schedule.everySeconds ? '' : ' (UTC)'}`);
  timer = setTimeout(tick, 1000 - (started % 1000));
  return () => clearTimeout(timer);
}

/** Modification times of the files under src/ (not node_modules) and of s.yaml, by path. */
function snapshot(root) {
  const times = new Map();
  const visit = (target) => {
    let stats;
    try {
      stats = fs.statSync(target);
    } catch {
      return;
    }
    if (!stats.isDirectory()) times.set(target, stats.mtimeMs);
    else for (const name of fs.readdirSync(target)) if (name !== 'node_modules') visit(path.join(target, name));
  };
  for (const name of ['s.yaml', 's.yml']) visit(path.join(root, name));
  visit(path.join(root, 'src'));
  return times;
}

/** Calls `changed()` once for each burst of changes under src/ and to s.yaml, so reloads are logged as they happen. */
function watch(root, changed) {
  let pending;
  const onChange = (file) => {
    if (file.split(path.sep).includes('node_modules')) return;
    clearTimeout(pending);
    pending = setTimeout(changed, 150);
  };
  const watchers = [];
  const source = path.join(root, 'src');
  if (fs.existsSync(source)) {
    try {
      watchers.push(fs.watch(source, { recursive: true }, (event, file) => file && onChange(path.join(source, String(file)))));
    } catch {
      // Node.js before 19.1 cannot watch folders recursively on Linux: watch the top level only.
      watchers.push(fs.watch(source, (event, file) => file && onChange(path.join(source, String(file)))));
    }
  }
  watchers.push(fs.watch(root, (event, file) => (file === 's.yaml' || file === 's.yml') && onChange(path.join(root, String(file)))));
  return () => {
    clearTimeout(pending);
    for (const watcher of watchers) watcher.close();
  };
}

module.exports = { startDev, INVOKE_PREFIX };
