'use strict';

exports.createServer = createServer;

const http = require('node:http');
const Fastify = require('fastify');

/** The Fastify app: `GET /` greets, `POST /echo` returns the JSON body it was sent, anything else is 404. Every response is JSON. */
function createApp() {
  const app = Fastify();

  // Bodies arrive as text, whatever their type, so that /echo answers every body that is not JSON alike.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get('/', async (request) => {
    const query = request.query;
    const { name } = query;
    const greeted = typeof name === 'string' && name !== '' ? name : 'world';
    return { message: `Hello, ${greeted}!`, method: request.method, path: pathOf(request.url), query };
  });

  app.post('/echo', async (request, reply) => {
    const received = parseJson(typeof request.body === 'string' ? request.body : '');
    if (received === undefined) return reply.code(400).send({ error: 'The request body is not valid JSON' });
    return { received };
  });

  app.setNotFoundHandler(async (request, reply) => reply.code(404).send({ error: 'Not found', path: pathOf(request.url) }));
  app.setErrorHandler(async (error, _request, reply) => {
    console.error('Request failed:', error);
    return reply.code(500).send({ error: 'Internal server error' });
  });
  return app;
}

/** The path of a request's URL, without its query. */
function pathOf(url) {
  return new URL(url, 'http://localhost').pathname;
}

/** The value of JSON text, or undefined when the text is not JSON. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The web server FC runs for this function: requests wait until the app has loaded its routes. Not listening yet. */
function createServer() {
  const app = createApp();
  const ready = app.ready();
  return http.createServer((request, response) => {
    ready.then(
      () => app.routing(request, response),
      (error) => {
        console.error('The app did not load:', error);
        response.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ error: 'Internal server error' }));
      },
    );
  });
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
