"""The WSGI handler called the way FC 2.0 calls it: a built environ and a recording start_response."""
import io
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def call(load_function, context, method, path, query='', body=b''):
    """Runs the real handler; returns (status code, headers, parsed JSON body)."""
    environ = {
        'REQUEST_METHOD': method,
        'PATH_INFO': path,
        'QUERY_STRING': query,
        'CONTENT_TYPE': 'application/json',
        'CONTENT_LENGTH': str(len(body)),
        'SERVER_PROTOCOL': 'HTTP/1.1',
        'SERVER_NAME': 'localhost',
        'SERVER_PORT': '9000',
        'wsgi.version': (1, 0),
        'wsgi.url_scheme': 'http',
        'wsgi.input': io.BytesIO(body),
        'wsgi.errors': io.StringIO(),
        'fc.request_uri': path + ('?' + query if query else ''),
    }
    if context is not None:
        environ['fc.context'] = context
    started = []

    def start_response(status, headers, exc_info=None):
        started.append((status, headers))

    chunks = load_function(FUNCTION).handler(environ, start_response)
    (status, headers), = started
    return int(status.split()[0]), dict(headers), json.loads(b''.join(chunks).decode('utf-8'))


def test_get_root_greets_the_name_in_the_query(load_function, fc_context):
    status, headers, body = call(load_function, fc_context(FUNCTION), 'GET', '/', query='name=FC&tag=a&tag=b')
    assert status == 200
    assert headers['Content-Type'] == 'application/json'
    assert body == {
        'message': 'Hello, FC!',
        'method': 'GET',
        'path': '/',
        'query': {'name': 'FC', 'tag': ['a', 'b']},
    }


def test_get_root_greets_the_world_by_default(load_function):
    status, _, body = call(load_function, None, 'GET', '/')
    assert status == 200
    assert body['message'] == 'Hello, world!'
    assert body['query'] == {}


def test_post_echo_returns_the_json_body(load_function, fc_context):
    sent = {'orderId': 'o-42', 'items': [1, 2, 3], 'note': 'caf\u00e9'}
    status, headers, body = call(load_function, fc_context(FUNCTION), 'POST', '/echo',
                                 body=json.dumps(sent).encode('utf-8'))
    assert status == 200
    assert headers['Content-Type'] == 'application/json'
    assert body == {'received': sent}


def test_post_echo_rejects_a_body_that_is_not_json(load_function, fc_context):
    for bad_body in (b'{"orderId": ', b'', b'\xff\xfe'):
        status, headers, body = call(load_function, fc_context(FUNCTION), 'POST', '/echo', body=bad_body)
        assert status == 400, bad_body
        assert headers['Content-Type'] == 'application/json'
        assert body['error']


def test_unknown_route_is_404(load_function, fc_context):
    for method, path in (('GET', '/missing'), ('POST', '/'), ('GET', '/echo')):
        status, headers, body = call(load_function, fc_context(FUNCTION), method, path)
        assert status == 404
        assert headers['Content-Type'] == 'application/json'
        assert body == {'error': 'Not found', 'path': path}
