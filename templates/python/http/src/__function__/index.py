"""HTTP function (FC 2.0): FC calls handler(environ, start_response) as a WSGI application (PEP 3333).

Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the
JSON body it was sent, anything else is 404. Every response is JSON.
"""
import json
from http import HTTPStatus
from urllib.parse import parse_qs


def handler(environ, start_response):
    """Routes one request and writes a JSON response."""
    method = environ.get('REQUEST_METHOD', 'GET')
    path = _path(environ)
    if method == 'GET' and path == '/':
        query = _query(environ.get('QUERY_STRING', ''))
        return _respond(start_response, 200, {
            'message': 'Hello, {}!'.format(_greeted_name(query)),
            'method': method,
            'path': path,
            'query': query,
        })
    if method == 'POST' and path == '/echo':
        try:
            received = json.loads(_read_body(environ).decode('utf-8'), parse_constant=_reject_constant)
        except (ValueError, RecursionError):  # ValueError covers UnicodeDecodeError
            return _respond(start_response, 400, {'error': 'The request body is not valid JSON'})
        return _respond(start_response, 200, {'received': received})
    return _respond(start_response, 404, {'error': 'Not found', 'path': path})


def _path(environ):
    # WSGI hands the decoded path over as latin-1 text; the URL's bytes are UTF-8.
    path = environ.get('PATH_INFO') or '/'
    try:
        return path.encode('latin-1').decode('utf-8')
    except UnicodeError:
        return path


def _greeted_name(query):
    # A repeated ?name= is ambiguous, so only a single non-empty value counts.
    name = query.get('name')
    return name if isinstance(name, str) and name else 'world'


def _query(query_string):
    # One value stays a string and a repeated key becomes a list, as in FC's Node.js request.queries.
    parsed = parse_qs(query_string, keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def _read_body(environ):
    try:
        length = int(environ.get('CONTENT_LENGTH') or 0)
    except ValueError:
        length = 0
    return environ['wsgi.input'].read(length) if length > 0 else b''


def _reject_constant(name):
    # Python accepts NaN and Infinity; JSON (and JavaScript's JSON.parse) does not.
    raise ValueError('not JSON: ' + name)


def _respond(start_response, status, body):
    start_response('{} {}'.format(status, HTTPStatus(status).phrase), [('Content-Type', 'application/json')])
    return [json.dumps(body).encode('utf-8')]
