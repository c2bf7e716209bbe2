import http from 'node:http';

/** A status and the JSON body that goes with it. */
interface Reply {
  status: number;
  body: object;
}

/**
 * The web server FC runs for this function (plain `node:http`): `GET /` greets, `POST /echo` returns the
 * JSON body it was sent, anything else is 404. Every response is JSON. Not listening yet.
 */
export function createServer(): http.Server {
  return http.createServer((request, response) => {
    route(request).then(
      ({ status, body }) => sendJson(response, status, body),
      (error: unknown) => {
        console.error('Request failed:', error);
        sendJson(response, 500, { error: 'Internal server error' });
      },
    );
  });
}

/** The status and JSON body that answer a request. */
async function route(request: http.IncomingMessage): Promise<Reply> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = (request.method ?? 'GET').toUpperCase();
  const path = url.pathname;
  if (method === 'GET' && path === '/') {
    const query = queryObject(url.searchParams);
    const name = typeof query.name === 'string' && query.name !== '' ? query.name : 'world';
    return { status: 200, body: { message: `Hello, ${name}!`, method, path, query } };
  }
  if (method === 'POST' && path === '/echo') {
    const received = parseJson((await readBody(request)).toString('utf8'));
    if (received === undefined) return { status: 400, body: { error: 'The request body is not valid JSON' } };
    return { status: 200, body: { received } };
  }
  return { status: 404, body: { error: 'Not found', path } };
}

/** Query parameters as an object; a repeated one is an array (as Express and Koa give them). */
function queryObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const keys = [...new Set(searchParams.keys())];
  return Object.fromEntries(
    keys.map((key) => {
      const values = searchParams.getAll(key);
      return [key, values.length === 1 ? values[0] : values];
    }),
  );
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The value of JSON text, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function sendJson(response: http.ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

// FC starts this file through bootstrap; tests import createServer() and listen on a free port instead.
if (require.main === module) {
  const port = Number(process.env.FC_SERVER_PORT) || 9000;
  // FC sends requests from outside the instance, so every interface; the local runner (fc-local) asks for loopback.
  const host = process.env.FC_LOCAL_HOST || '0.0.0.0';
  createServer().listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
  // FC stops an instance with SIGTERM; as a container's process 1, Node.js would ignore it.
  process.on('SIGTERM', () => process.exit(0));
}
