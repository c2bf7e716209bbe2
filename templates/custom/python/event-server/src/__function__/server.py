"""Event function on a custom runtime: FC starts this server (through bootstrap) and sends each event as
POST /invoke with the raw event as the body and the call's details in x-fc-* headers.

`app` is a WSGI application (PEP 3333) using only the standard library. It hands the event to
index.handler with a context shaped like FC's Python context (python3.10), so index.py and triggers/ run
unchanged on a built-in Python runtime too.
"""
import base64
import binascii
import json
import os
import signal
import sys
import traceback
import uuid
from socketserver import ThreadingMixIn
from types import SimpleNamespace
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import index


def app(environ, start_response):
    """POST /invoke runs the handler, POST /initialize answers 200, anything else is 404."""
    method = environ.get('REQUEST_METHOD', 'GET')
    path = environ.get('PATH_INFO') or '/'
    if method == 'POST' and path == '/invoke':
        return _invoke(environ, start_response)
    if method == 'POST' and path == '/initialize':
        return _initialize(environ, start_response)
    return _respond(start_response, '404 Not Found', {'error': 'Not found', 'path': path})


def _invoke(environ, start_response):
    context = build_context(environ)
    # FC's log tail shows the lines between these two markers as this request's logs.
    print('FC Invoke Start RequestId: ' + context.request_id, flush=True)
    try:
        result = index.handler(_read_body(environ), context)
    except Exception as error:  # the function failed: tell FC (x-fc-status) and the caller
        traceback.print_exc()
        sys.stderr.flush()
        print('FC Invoke End RequestId: ' + context.request_id, flush=True)
        return _respond(start_response, '500 Internal Server Error',
                        {'error': str(error) or type(error).__name__}, [('x-fc-status', '404')])
    print('FC Invoke End RequestId: ' + context.request_id, flush=True)
    if isinstance(result, str):
        body = result.encode('utf-8')
    elif isinstance(result, bytes):
        body = result
    else:  # index.handler returns JSON text; this keeps a handler changed to return a dict working
        body = json.dumps(result).encode('utf-8')
    start_response('200 OK', [('Content-Type', 'application/json')])
    return [body]


def _initialize(environ, start_response):
    # Only called when an initializer is configured; there is nothing to prepare yet.
    request_id = build_context(environ).request_id
    print('FC Initialize Start RequestId: ' + request_id, flush=True)
    print('FC Initialize End RequestId: ' + request_id, flush=True)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'']


def build_context(environ):
    """FC's Python context (the python3.10 shape) from the x-fc-* headers of one request."""
    def header(name):
        return environ.get('HTTP_' + name.upper().replace('-', '_'), '')

    baggages = _baggages(header('x-fc-tracing-opentracing-span-baggages'))
    return SimpleNamespace(
        # FC always sends a request id; one is made up for calls from elsewhere (curl) so logs still pair up.
        request_id=header('x-fc-request-id') or str(uuid.uuid4()),
        credentials=SimpleNamespace(
            access_key_id=header('x-fc-access-key-id'),
            access_key_secret=header('x-fc-access-key-secret'),
            security_token=header('x-fc-security-token'),
        ),
        function=SimpleNamespace(
            name=header('x-fc-function-name'),
            handler=header('x-fc-function-handler'),
            memory=_int(header('x-fc-function-memory')),
            timeout=_int(header('x-fc-function-timeout')),
        ),
        service=SimpleNamespace(
            name=header('x-fc-service-name'),
            log_project=header('x-fc-service-logproject'),
            log_store=header('x-fc-service-logstore'),
            qualifier=header('x-fc-qualifier'),
            version_id=header('x-fc-version-id'),
        ),
        region=header('x-fc-region'),
        account_id=header('x-fc-account-id'),
        tracing=SimpleNamespace(
            span_context=header('x-fc-tracing-opentracing-span-context'),
            jaeger_endpoint=header('x-fc-tracing-jaeger-endpoint'),
            span_baggages=baggages,
            parseOpenTracingBaggages=lambda: baggages,
        ),
    )


def _int(text):
    try:
        return int(text)
    except ValueError:
        return None


def _baggages(encoded):
    # The span baggages arrive as base64-encoded JSON.
    try:
        baggages = json.loads(base64.b64decode(encoded).decode('utf-8')) if encoded else {}
    except (binascii.Error, ValueError):
        return {}
    return baggages if isinstance(baggages, dict) else {}


def _read_body(environ):
    try:
        length = int(environ.get('CONTENT_LENGTH') or 0)
    except ValueError:
        length = 0
    return environ['wsgi.input'].read(length) if length > 0 else b''


def _respond(start_response, status, body, headers=()):
    start_response(status, [('Content-Type', 'application/json')] + list(headers))
    return [json.dumps(body).encode('utf-8')]


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """The standard library's WSGI server, one thread per request: custom runtimes can take concurrent requests."""
    daemon_threads = True


class QuietRequestHandler(WSGIRequestHandler):
    """No access log: FC records every invocation itself, and a line after `FC Invoke End` belongs to no request."""

    def log_message(self, *args):
        pass


def main():
    """Serves `app` on the port FC gives in FC_SERVER_PORT (9000 by default), on every interface, as FC sends
    requests from outside the instance; on loopback when the local runner (fc_local) asks with FC_LOCAL_HOST."""
    # FC stops an instance with SIGTERM; as a container's process 1, Python would ignore it.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    port = int(os.environ.get('FC_SERVER_PORT', 9000))
    host = os.environ.get('FC_LOCAL_HOST') or '0.0.0.0'
    server = make_server(host, port, app, server_class=ThreadingWSGIServer, handler_class=QuietRequestHandler)
    print('Listening on {}:{}'.format(host, port), flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
