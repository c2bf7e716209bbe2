'use strict';

// `--inspect`: each invocation's process starts under Node.js's inspector, and no timeout ends a
// function that a debugger holds at a breakpoint (nor one this runner's own debugger, VS Code's, holds).
const inspector = require('node:inspector');
const { UsageError } = require('./project');

/** Node.js's own default inspector port, which chrome://inspect and VS Code's "Attach" look at. */
const DEFAULT_PORT = 9229;

/**
 * Takes `--inspect` and `--inspect=PORT` out of the arguments (parseArgs has no option with an optional
 * value); returns the rest and `{ port }`, or `inspect` undefined when neither is there.
 */
function takeInspect(args) {
  let inspect;
  const rest = args.filter((arg) => {
    const match = /^--inspect(?:=(.*))?$/.exec(arg);
    if (!match) return true;
    // 0: a free port Node.js picks and prints ("Debugger listening on ws://127.0.0.1:PORT/…").
    if (match[1] !== undefined && !(/^\d+$/.test(match[1]) && Number(match[1]) <= 65535)) throw new UsageError(`--inspect=${match[1]} is not a port: give a number from 0 to 65535, or --inspect alone for ${DEFAULT_PORT}`);
    inspect = { port: match[1] === undefined ? DEFAULT_PORT : Number(match[1]) };
    return false;
  });
  return { args: rest, inspect };
}

/**
 * Whether this runner itself runs under a debugger: its inspector is open (node --inspect), or VS Code's
 * JavaScript debugger put its bootloader in NODE_OPTIONS, through which it attaches to every child process.
 */
function underDebugger(env = process.env) {
  return inspector.url() !== undefined || /js-debug.*bootloader/.test(env.NODE_OPTIONS || '');
}

/** One line: where to attach to an invocation that waits for a debugger. */
function attachLine(fn, inspect) {
  const where = inspect.port === 0 ? 'on the port Node.js prints next' : `on 127.0.0.1:${inspect.port}`;
  return `fc-local: ${fn.name} waits for a debugger ${where}: attach with chrome://inspect or VS Code's "Attach" configuration (its ${fn.timeout} s timeout is off while debugging)`;
}

let noticed = false;
/** Says once, on stderr, that timeouts are off because this runner runs under a debugger. */
function noticeTimeoutOff() {
  if (noticed) return;
  noticed = true;
  process.stderr.write('fc-local: running under a debugger: function timeouts are off, so a breakpoint can hold a function as long as you need\n');
}

module.exports = { DEFAULT_PORT, takeInspect, underDebugger, attachLine, noticeTimeoutOff };
