import { connect, type Socket } from 'node:net';
import { execa } from 'execa';

/** Where a debugger stopped: the file as the debugger names it (a path, or a file:// URL) and its 1-based line. */
export interface Stop {
  file: string;
  line: number;
  reason: string;
}

// A DevTools-protocol client in a Node.js of its own: no WebSocket package here, and Node.js 20 has the
// global WebSocket only behind --experimental-websocket. It prints one JSON line per pause.
const CDP_CLIENT = `
const [url, file, line, holdMs] = [process.argv[1], process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const ws = new WebSocket(url);
let id = 0;
const pending = new Map();
const urls = new Map();
const call = (method, params = {}) => new Promise((resolve) => { const i = ++id; pending.set(i, resolve); ws.send(JSON.stringify({ id: i, method, params })); });
ws.onmessage = async (event) => {
  const m = JSON.parse(event.data);
  if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); return; }
  // Node.js leaves a call frame's url empty: the script's comes with its scriptParsed event.
  if (m.method === 'Debugger.scriptParsed') urls.set(m.params.scriptId, m.params.url);
  if (m.method === 'Debugger.paused') {
    const frame = m.params.callFrames[0];
    console.log(JSON.stringify({ file: urls.get(frame.location.scriptId) || frame.url, line: frame.location.lineNumber + 1, reason: m.params.reason }));
    if (m.params.reason !== 'Break on start') await new Promise((resolve) => setTimeout(resolve, holdMs));
    await call('Debugger.resume');
  }
  // Else Node.js waits for the debugger to disconnect before it exits.
  if (m.method === 'Runtime.executionContextDestroyed') ws.close();
};
ws.onclose = () => process.exit(0);
ws.onerror = (error) => { console.error(String(error.message || error)); process.exit(1); };
ws.onopen = async () => {
  await call('Runtime.enable');
  await call('Debugger.enable');
  // The script is not parsed yet (the process waits under --inspect-brk): the breakpoint binds when it is.
  await call('Debugger.setBreakpointByUrl', { url: file, lineNumber: line - 1, columnNumber: 0 });
  await call('Runtime.runIfWaitingForDebugger');
};
`;

/**
 * Attaches to a Node.js inspector at `wsUrl` as chrome://inspect does, with a breakpoint at `fileUrl`:`line`;
 * resumes every pause (a breakpoint's after `holdMs`, as a person would take) and resolves with them all once the process is gone.
 */
export async function cdpStops(wsUrl: string, fileUrl: string, line: number, holdMs = 0): Promise<Stop[]> {
  const flags = typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function' ? [] : ['--experimental-websocket'];
  const { stdout } = await execa(process.execPath, [...flags, '-e', CDP_CLIENT, wsUrl, fileUrl, String(line), String(holdMs)], { stdin: 'ignore', timeout: 60_000 });
  return stdout.split('\n').filter(Boolean).map((text) => JSON.parse(text) as Stop);
}

interface DapMessage {
  type: string;
  command?: string;
  event?: string;
  body?: Record<string, unknown>;
}

/** A TCP connection to `port` on loopback, retried until something listens there (debugpy starts after its process). */
async function connectWhenListening(port: number, timeoutMs = 30_000): Promise<Socket> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Attaches to debugpy on `port` as VS Code's "Attach" does (the Debug Adapter Protocol), with a breakpoint
 * at `file`:`line`; continues every stop (after `holdMs`, as a person would take) and resolves with them all once the program has terminated.
 */
export async function dapStops(port: number, file: string, line: number, holdMs = 0): Promise<Stop[]> {
  const socket = await connectWhenListening(port);
  const stops: Stop[] = [];
  let reason = '';
  let seq = 1;
  let buffer = Buffer.alloc(0);
  const send = (command: string, args: Record<string, unknown>) => {
    const message = JSON.stringify({ seq: seq++, type: 'request', command, arguments: args });
    socket.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
  };
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`debugpy did not terminate within 60 s; stops so far: ${JSON.stringify(stops)}`)), 60_000);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', reject);
    const on = (message: DapMessage) => {
      // The attach response comes only after configurationDone: nothing waits for it.
      if (message.type === 'event' && message.event === 'initialized') {
        send('setBreakpoints', { source: { path: file }, breakpoints: [{ line }] });
        send('configurationDone', {});
      }
      if (message.type === 'event' && message.event === 'stopped') {
        reason = String(message.body?.reason);
        send('stackTrace', { threadId: message.body?.threadId, levels: 1 });
      }
      if (message.type === 'response' && message.command === 'stackTrace') {
        const frame = (message.body?.stackFrames as { source: { path: string }; line: number }[])[0];
        if (frame) stops.push({ file: frame.source.path, line: frame.line, reason });
        setTimeout(() => send('continue', { threadId: 0 }), holdMs);
      }
      if (message.type === 'event' && message.event === 'terminated') {
        send('disconnect', {});
        socket.end();
      }
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
        if (buffer.length < end + 4 + length) return;
        const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as DapMessage;
        buffer = buffer.subarray(end + 4 + length);
        on(message);
      }
    });
  });
  send('initialize', { clientID: 'create-fc-function-tests', adapterID: 'debugpy', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
  send('attach', { justMyCode: true });
  await done;
  return stops;
}
