import { execFileSync } from 'node:child_process';
import { execa } from 'execa';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/cli.js';
import { generateAll } from '../support/generate.js';
import { PYTHON_MODULES, pythonToolchainMissing } from '../support/interpreters.js';
import { startDev, type DevSession } from '../support/local-run.js';
import { toolchainTier } from '../support/tier.js';

// The local dev servers under hostile input: requests cut off or malformed, handlers that answer what
// HTTP cannot carry, foreign Host and Origin, bodies over FC's 32 MB, bursts of concurrent requests.
// After each, the server still answers, and nothing it started listens beyond loopback.

const pythonRuns = toolchainTier('Python with PyYAML (the local runner)', await pythonToolchainMissing([...PYTHON_MODULES, 'yaml']));

type Family = 'nodejs' | 'python';

// A handler that misbehaves on purpose, by the HTTP event's path (FC 3.0 hands HTTP to the event handler).
const HANDLERS: Record<Family, { file: string; text: string }> = {
  nodejs: {
    file: 'index.js',
    text: `'use strict';
const answers = {
  '/status-1000': { statusCode: 1000, body: 'x' },
  '/crlf-header': { statusCode: 200, headers: { 'x-evil': 'a\\r\\nSet-Cookie: pwned=1' }, body: 'x' },
  '/bad-header-name': { statusCode: 200, headers: { 'bad name': 'x' }, body: 'x' },
};
exports.handler = async (event) => {
  const request = JSON.parse(event.toString());
  return answers[request.rawPath] ?? { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
};
`,
  },
  python: {
    file: 'index.py',
    text: `import json

ANSWERS = {
    '/status-1000': {'statusCode': 1000, 'body': 'x'},
    '/crlf-header': {'statusCode': 200, 'headers': {'x-evil': 'a\\r\\nSet-Cookie: pwned=1'}, 'body': 'x'},
    '/bad-header-name': {'statusCode': 200, 'headers': {'bad name': 'x'}, 'body': 'x'},
}


def handler(event, context):
    request = json.loads(event)
    return ANSWERS.get(request.get('rawPath'), {'statusCode': 200, 'headers': {'content-type': 'text/plain'}, 'body': 'ok'})
`,
  },
};

const PROJECTS: { family: Family; name: string; args: string[] }[] = [
  { family: 'nodejs', name: 'hostile-js', args: ['--runtime', 'nodejs20', '--language', 'javascript'] },
  ...(pythonRuns ? [{ family: 'python' as const, name: 'hostile-py', args: ['--runtime', 'python3.10'] }] : []),
];

/** Sends raw bytes and collects what comes back until the server closes or `ms` pass. */
function rawExchange(port: number, bytes: string | Buffer, { ms = 1500, endAfterWrite = false } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const finish = () => {
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(finish, ms);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', () => undefined);
    socket.write(bytes, () => {
      if (endAfterWrite) socket.end();
    });
  });
}

/** The listening TCP sockets of a process group, as `address:port` in hex from /proc/net/tcp{,6}. */
function listeningAddresses(pids: readonly number[]): string[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    try {
      for (const fd of readdirSafe(`/proc/${pid}/fd`)) {
        const link = readlinkSafe(`/proc/${pid}/fd/${fd}`);
        const match = /^socket:\[(\d+)\]$/.exec(link ?? '');
        if (match) inodes.add(match[1] as string);
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && inodes.has(fields[9] ?? ''))
      .map((fields) => fields[1] as string),
  );
}

const readdirSafe = (path: string) => readdirSync(path);
const readlinkSafe = (path: string) => {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
};

/** The dev server's process and every process under it (a web function's server runs in a group of its own). */
function groupPids(session: DevSession): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((row) => row.length === 2);
  const found = new Set<number>(session.pid === undefined ? [] : [session.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (found.has(ppid as number) && !found.has(pid as number)) {
        found.add(pid as number);
        grew = true;
      }
    }
  }
  return [...found];
}

// 127.0.0.1 and ::1 in /proc/net/tcp's hex form.
const LOOPBACK = /^(0100007F|00000000000000000000000001000000):/;

const root = scratchDir('cfc-hostile-');

/**
 * One install in the folder above a generated Node.js project (Node resolves packages from parent
 * folders): the yaml package the runner reads s.yaml with, and, for a web function, its dependencies.
 */
async function installAbove(parent: string, name: string, withDependencies: boolean): Promise<void> {
  const { dependencies, devDependencies } = JSON.parse(readFileSync(join(parent, name, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  writeFileSync(join(parent, 'package.json'), JSON.stringify({ private: true, devDependencies: { ...(withDependencies ? dependencies : {}), yaml: devDependencies?.yaml } }));
  await execa('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: parent, stdin: 'ignore' });
}

describe.each(PROJECTS)('the $family dev server under hostile input', ({ family, name, args }) => {
  let session: DevSession;
  const base = () => `http://localhost:${session.port}`;
  const alive = async () => {
    const response = await fetch(`${base()}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  };

  beforeAll(async () => {
    await generateAll(root, [[name, '--fc-version', '3', '--trigger', 'http', ...args]]);
    const handler = HANDLERS[family];
    writeFileSync(join(root, name, 'src', name, handler.file), handler.text);
    // The runner reads s.yaml with the yaml package, the project's one dev dependency it needs here.
    if (family === 'nodejs') await installAbove(root, name, false);
    session = await startDev(family, join(root, name));
  }, 120_000);

  afterAll(async () => {
    await session?.interrupt();
  });

  it('keeps answering after a request whose body is cut off', async () => {
    await rawExchange(session.port, `POST /_invoke/${name} HTTP/1.1\r\nHost: localhost:${session.port}\r\nContent-Length: 100\r\n\r\nabc`, { ms: 300 });
    await alive();
  });

  it('answers a malformed chunked body with 400, and keeps answering', async () => {
    const answer = await rawExchange(session.port, `POST /_invoke/${name} HTTP/1.1\r\nHost: localhost:${session.port}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.[01] 400 /);
    await alive();
  });

  it.each(['/status-1000', '/crlf-header', '/bad-header-name'])('answers 502 BadResponse when the handler answers %s, writing nothing of it raw', async (path) => {
    const answer = await rawExchange(session.port, `GET ${path} HTTP/1.1\r\nHost: localhost:${session.port}\r\nConnection: close\r\n\r\n`, { ms: 5000 });
    expect(answer).toMatch(/^HTTP\/1\.[01] 502 /);
    expect(answer).toContain('BadResponse');
    expect(answer).not.toMatch(/^Set-Cookie/im);
    await alive();
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'evil.example:80' }],
    ['an Origin of another site', { origin: 'http://evil.example' }],
    ['an Origin of a sandboxed page', { origin: 'null' }],
  ])('refuses %s with 403 before the function runs', async (_label, headers) => {
    const before = session.log().length;
    const lines = Object.entries({ host: `localhost:${session.port}`, ...headers }).map(([key, value]) => `${key}: ${value}`);
    const answer = await rawExchange(session.port, `POST /_invoke/${name} HTTP/1.1\r\n${lines.join('\r\n')}\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`, { ms: 5000 });
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /);
    // The log line of the refused call names no function: nothing ran.
    await session.waitFor(/403/);
    expect(session.log().slice(before)).toMatch(/^- POST .* 403 /m);
  });

  it("accepts the dev server's own origin", async () => {
    const response = await fetch(`${base()}/`, { headers: { origin: base() } });
    expect(response.status).toBe(200);
  });

  it('refuses a body over 32 MB with 400 InvalidArgument, declared or streamed, and keeps answering', async () => {
    const declared = await rawExchange(session.port, `POST /_invoke/${name} HTTP/1.1\r\nHost: localhost:${session.port}\r\nContent-Length: ${33 * 1024 * 1024}\r\n\r\n`);
    expect(declared).toMatch(/^HTTP\/1\.[01] 400 /);
    expect(declared).toContain('InvalidArgument');
    const chunk = Buffer.alloc(1024 * 1024, 97);
    const stream = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 40; index += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await fetch(`${base()}/_invoke/${name}`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit).then(
      (response) => response.status,
      () => 400, // the server may close the connection while the client still sends
    );
    expect(streamed).toBe(400);
    await alive();
  }, 60_000);

  it('answers 100 concurrent requests, each with its own 200', async () => {
    const statuses = await Promise.all(Array.from({ length: 100 }, () => fetch(`${base()}/`).then((response) => response.status)));
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 120_000);

  it('listens on loopback only', () => {
    const addresses = listeningAddresses(groupPids(session));
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !LOOPBACK.test(address))).toEqual([]);
  });
});

// A web function's own server listens on every interface for FC; started by the local runner, on loopback.
const WEB_PROJECTS: { family: Family; name: string; args: string[] }[] = [
  { family: 'nodejs', name: 'hostile-express', args: ['--runtime', 'custom.debian10', '--language', 'javascript', '--framework', 'express'] },
  ...(pythonRuns ? [{ family: 'python' as const, name: 'hostile-flask', args: ['--runtime', 'custom.debian10', '--language', 'python', '--framework', 'flask'] }] : []),
];

describe.each(WEB_PROJECTS)("the $family dev server's web function server", ({ family, name, args }) => {
  let session: DevSession;

  beforeAll(async () => {
    const parent = join(root, `web-${name}`);
    mkdirSync(parent, { recursive: true });
    await generateAll(parent, [[name, '--fc-version', '3', '--trigger', 'http', ...args]]);
    // The web function's server needs its framework too.
    if (family === 'nodejs') await installAbove(parent, name, true);
    session = await startDev(family, join(parent, name));
  }, 120_000);

  afterAll(async () => {
    await session?.interrupt();
  });

  it('listens on loopback only, its own server included', async () => {
    const response = await fetch(`http://localhost:${session.port}/`);
    expect(response.status).toBe(200);
    const addresses = listeningAddresses(groupPids(session));
    // The dev server and the function's server.
    expect(addresses.length).toBeGreaterThanOrEqual(2);
    expect(addresses.filter((address) => !LOOPBACK.test(address))).toEqual([]);
  });
});
