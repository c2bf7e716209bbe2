"""HTTP trigger (FC 3.0): FC calls the event handler with the request as a JSON event and sends back the
{statusCode, headers, isBase64Encoded, body} the handler returns.

Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the
JSON body it was sent, anything else is 404. Every response is JSON.
"""
import base64
import json

from .payload import parse_json

_NOT_JSON = object()


def decode(event):
    """The HTTP event ({version: "v1", rawPath, headers, queryParameters, body, requestContext.http, ...}), or None."""
    request = parse_json(event)
    if not isinstance(request, dict) or request.get('version') != 'v1':
        return None
    request_context = request.get('requestContext')
    if isinstance(request_context, dict) and isinstance(request_context.get('http'), dict):
        return request
    return None


def handle(request, context):
    """Routes one request; returns the response for FC to send."""
    http = request['requestContext']['http']
    method = http.get('method')
    path = _path(http.get('path')) or _path(request.get('rawPath')) or '/'
    if method == 'GET' and path == '/':
        query = request.get('queryParameters')
        query = query if isinstance(query, dict) else {}
        return _respond(200, {
            'message': 'Hello, {}!'.format(_greeted_name(query)),
            'method': method,
            'path': path,
            'query': query,
        })
    if method == 'POST' and path == '/echo':
        received = parse_json(_body(request), default=_NOT_JSON)
        if received is _NOT_JSON:
            return _respond(400, {'error': 'The request body is not valid JSON'})
        return _respond(200, {'received': received})
    return _respond(404, {'error': 'Not found', 'path': path})


def _path(value):
    return value if isinstance(value, str) and value else None


def _greeted_name(query):
    # FC joins a repeated ?name= into one comma-separated string; only a non-empty string counts.
    name = query.get('name')
    return name if isinstance(name, str) and name else 'world'


def _body(request):
    """The request body: text, bytes once base64-decoded, or None when it cannot be read."""
    body = request.get('body')
    if body is None:
        return ''
    if not isinstance(body, str):
        return None
    if not request.get('isBase64Encoded'):
        return body
    try:
        return base64.b64decode(body, validate=True)
    except ValueError:  # binascii.Error, and text that is not ASCII
        return None


def _respond(status, payload):
    return {
        'statusCode': status,
        'headers': {'Content-Type': 'application/json'},
        'isBase64Encoded': False,
        'body': json.dumps(payload),
    }
