import http from 'node:http';
import Koa, { type Context, type Next } from 'koa';

/** The Koa app: `GET /` greets, `POST /echo` returns the JSON body it was sent, anything else is 404. Every response is JSON. */
function createApp(): Koa {
  const app = new Koa();

  // Errors answer JSON too; this middleware runs first, so it catches what the others throw.
  app.use(async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      console.error('Request failed:', error);
      ctx.status = 500;
      ctx.body = { error: 'Internal server error' };
    }
  });

  app.use(async (ctx: Context) => {
    if (ctx.method === 'GET' && ctx.path === '/') {
      const { name } = ctx.query;
      const greeted = typeof name === 'string' && name !== '' ? name : 'world';
      ctx.body = { message: `Hello, ${greeted}!`, method: ctx.method, path: ctx.path, query: ctx.query };
      return;
    }
    if (ctx.method === 'POST' && ctx.path === '/echo') {
      const received = parseJson((await readBody(ctx.req)).toString('utf8'));
      ctx.status = received === undefined ? 400 : 200;
      ctx.body = received === undefined ? { error: 'The request body is not valid JSON' } : { received };
      return;
    }
    ctx.status = 404;
    ctx.body = { error: 'Not found', path: ctx.path };
  });

  return app;
}

// Koa has no body parser of its own; reading the stream keeps the function free of other dependencies.
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

/** The web server FC runs for this function. Not listening yet. */
export function createServer(): http.Server {
  return http.createServer(createApp().callback());
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
