import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeContext } from './fake-context.js';

// Tests live in test/<function>/, so their folder names the function they test.
const testDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(testDir, '..', '..');
const sourceDir = path.join(projectRoot, 'src', path.basename(testDir));

const nodeRequire = createRequire(import.meta.url);

/** Loads a module of the function (a path under src/<function>/) with Node's own require, as FC does: the code is CommonJS. */
export function requireSource(relativePath) {
  return nodeRequire(path.join(sourceDir, relativePath));
}

/** The function's exported handler, in either style: `async (event, context)` or `(event, context, callback)`. */
export const { handler } = requireSource('index.js');

/** A trigger module of the function (`src/<function>/triggers/<id>.js`): `{id, decode, handle}`. */
export function loadTrigger(triggerId) {
  return requireSource(path.join('triggers', `${triggerId}.js`));
}

/** The bytes of a sample event from the project's events/ folder. */
export function readSampleEvent(fileName) {
  return readFileSync(path.join(projectRoot, 'events', fileName));
}

/** The file names in the project's events/ folder. */
export function sampleEventFiles() {
  return readdirSync(path.join(projectRoot, 'events'));
}

/** The sample event file of a trigger (an API/SDK call for `none`). */
export function sampleEventFile(triggerId) {
  return triggerId === 'none' ? 'invoke.json' : `${triggerId}.json`;
}

/** This function's trigger ids: one module per trigger in src/<function>/triggers/. */
export function triggerIds() {
  return readdirSync(path.join(sourceDir, 'triggers'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -'.js'.length));
}

/**
 * Invokes the handler as FC does and resolves with what the caller receives (objects come back as JSON).
 * Works for both handler styles: it always passes a callback, and an async handler's returned Promise settles the call instead.
 */
export function invokeHandler(event) {
  return new Promise((resolve, reject) => {
    const settle = (error, result) => {
      if (error) reject(error);
      else resolve(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
    };
    const returned = handler(event, fakeContext(), settle);
    if (returned !== null && typeof returned === 'object' && typeof returned.then === 'function') {
      returned.then((result) => settle(null, result), (error) => settle(error ?? new Error('The handler rejected without a reason')));
    }
  });
}

/** Which trigger produced a result: the http trigger answers with the HTTP response itself, the others with `{trigger, ...}`. */
export function handledBy(result) {
  const isHttpResponse = result !== null && typeof result === 'object' && typeof result.statusCode === 'number' && typeof result.body === 'string';
  return isHttpResponse ? 'http' : result?.trigger;
}
