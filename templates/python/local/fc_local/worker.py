"""Runs one invocation in a process of its own (python3 -m fc_local.worker), so every call imports the
code as it is now and a crashing handler cannot take the dev server down. The job arrives as JSON on
stdin; the outcome leaves as JSON on the original stdout, while the handler's own output goes to stderr."""
import base64
import importlib
import io
import json
import os
import sys
import traceback

from .context import fc_context, function_environment
from .debugging import listen_if_asked


def load_handler(fn, setting='handler'):
    """`index.handler` is the function `handler` of index.py in the code folder, as FC resolves it."""
    module_name, _, name = fn[setting].rpartition('.')
    sys.path.insert(0, fn['code_dir'])
    sys.dont_write_bytecode = True  # keep __pycache__ out of the folder that gets deployed
    handler = getattr(importlib.import_module(module_name), name, None)
    if not callable(handler):
        raise TypeError('{}: {}.py in {} has no function "{}"'.format(fn[setting], module_name, fn['code_dir'], name))
    return handler


def run_wsgi(handler, request, context):
    """FC 2.0 HTTP function: a WSGI call (PEP 3333) with FC's extra keys."""
    body = base64.b64decode(request['body'])
    path, _, query = request['url'].partition('?')
    environ = {
        'REQUEST_METHOD': request['method'],
        'PATH_INFO': request['path'].encode('utf-8').decode('latin-1'),
        'QUERY_STRING': query,
        'CONTENT_TYPE': request['headers'].get('content-type', ''),
        'CONTENT_LENGTH': str(len(body)),
        'SERVER_NAME': 'localhost',
        'SERVER_PORT': str(request.get('port', '')),
        'SERVER_PROTOCOL': 'HTTP/1.1',
        'REMOTE_ADDR': request['clientIP'],
        'wsgi.version': (1, 0),
        'wsgi.url_scheme': 'http',
        'wsgi.input': io.BytesIO(body),
        'wsgi.errors': sys.stderr,
        'wsgi.multithread': False,
        'wsgi.multiprocess': True,
        'wsgi.run_once': True,
        'fc.context': context,
        'fc.request_uri': request['url'],
    }
    for name, value in request['headers'].items():
        key = 'HTTP_' + name.upper().replace('-', '_')
        if key not in ('HTTP_CONTENT_TYPE', 'HTTP_CONTENT_LENGTH'):
            environ[key] = value
    started = {}

    def start_response(status, headers, exc_info=None):
        started['status'] = int(status.split(' ', 1)[0])
        # Pairs, not a dict: a response may set several cookies.
        started['headers'] = [[name, value] for name, value in headers]

    chunks = handler(environ, start_response)
    try:
        body_out = b''.join(chunk if isinstance(chunk, bytes) else str(chunk).encode('utf-8') for chunk in chunks)
    finally:
        if hasattr(chunks, 'close'):
            chunks.close()
    return {'response': {'statusCode': started.get('status', 500), 'headers': started.get('headers', []), 'body': base64.b64encode(body_out).decode('ascii')}}


def encode_result(result):
    """A result that survives the trip to the parent: bytes as base64, other values as JSON text."""
    if result is None:
        return {'type': 'none'}
    if isinstance(result, (bytes, bytearray)):
        return {'type': 'bytes', 'base64': base64.b64encode(bytes(result)).decode('ascii')}
    if isinstance(result, str):
        return {'type': 'text', 'text': result}
    return {'type': 'json', 'text': json.dumps(result)}


def describe(error):
    return {
        'errorType': type(error).__name__,
        'errorMessage': str(error),
        'stackTrace': [line.strip() for line in traceback.format_tb(error.__traceback__)],
    }


def main():
    job = json.loads(sys.stdin.read())
    listen_if_asked(os.environ)
    fn = job['fn']
    # Results go to the real stdout; anything the handler prints goes to stderr.
    results = os.fdopen(os.dup(1), 'w')
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    os.environ.update(function_environment(fn))
    context = fc_context(fn, job['requestId'])
    try:
        # Each invocation runs in a fresh process, a new instance: its initializer runs first, as FC runs it before an instance's first call.
        if fn.get('initializer'):
            load_handler(fn, 'initializer')(context)
        handler = load_handler(fn)
        if job['kind'] == 'fc2-http':
            outcome = dict(ok=True, **run_wsgi(handler, job['request'], context))
        else:
            outcome = {'ok': True, 'result': encode_result(handler(base64.b64decode(job['payload']), context))}
    except Exception as error:  # the handler's failure is the invocation's outcome
        outcome = {'ok': False, 'error': describe(error)}
    results.write(json.dumps(outcome))
    results.close()


if __name__ == '__main__':
    main()
