'use strict';

exports.handler = handler;

/**
 * FC 2.0 HTTP handler: `GET /` greets, `POST /echo` returns the JSON body it was sent,
 * anything else is 404. Every response is JSON.
 */
function handler(request, response, context) {
  const method = String(request.method).toUpperCase();
  if (method === 'GET' && request.path === '/') {
    const query = request.queries ?? {};
    const name = typeof query.name === 'string' && query.name !== '' ? query.name : 'world';
    sendJson(response, 200, { message: `Hello, ${name}!`, method, path: request.path, query });
    return;
  }
  if (method === 'POST' && request.path === '/echo') {
    readBody(request).then(
      (body) => {
        const received = parseJson(body.toString('utf8'));
        if (received === undefined) sendJson(response, 400, { error: 'The request body is not valid JSON' });
        else sendJson(response, 200, { received });
      },
      (error) => {
        context.logger.error(`Reading the request body failed: ${error.message}`);
        sendJson(response, 500, { error: 'Could not read the request body' });
      },
    );
    return;
  }
  sendJson(response, 404, { error: 'Not found', path: request.path });
}

/** The request body: some runtimes fill in `request.body`, otherwise it is read from the request stream. */
function readBody(request) {
  if (request.body !== undefined && request.body !== null) return Promise.resolve(Buffer.from(request.body));
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(Buffer.from(chunk)));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The value of JSON text, or undefined when the text is not JSON. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sendJson(response, statusCode, body) {
  response.setStatusCode(statusCode);
  response.setHeader('Content-Type', 'application/json');
  response.send(JSON.stringify(body));
}
