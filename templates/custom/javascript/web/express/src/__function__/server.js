'use strict';

exports.createServer = createServer;

const http = require('node:http');
const express = require('express');

/** The Express app: `GET /` greets, `POST /echo` returns the JSON body it was sent, anything else is 404. Every response is JSON. */
function createApp() {
  const app = express();

  app.get('/', (request, response) => {
    const { name } = request.query;
    const greeted = typeof name === 'string' && name !== '' ? name : 'world';
    response.json({ message: `Hello, ${greeted}!`, method: request.method, path: request.path, query: request.query });
  });

  // The body as text, whatever its content type, parsed here: express.json() would take an empty body for `{}`.
  app.post('/echo', express.text({ type: () => true }), (request, response) => {
    const received = parseJson(typeof request.body === 'string' ? request.body : '');
    if (received === undefined) {
      response.status(400).json({ error: 'The request body is not valid JSON' });
      return;
    }
    response.json({ received });
  });

  app.use((request, response) => {
    response.status(404).json({ error: 'Not found', path: request.path });
  });

  // Errors answer JSON too (e.g. 413 for a body over express.text()'s limit); Express knows an error handler by its four parameters.
  app.use((error, request, response, next) => {
    const status = typeof error.status === 'number' && Number.isInteger(error.status) && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status === 500) console.error('Request failed:', error);
    response.status(status).json({ error: status === 500 ? 'Internal server error' : String(error.message) });
  });

  return app;
}

/** The value of JSON text, or undefined when the text is not JSON. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The web server FC runs for this function. Not listening yet. */
function createServer() {
  return http.createServer(createApp());
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
