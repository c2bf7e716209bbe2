"""The web server answering real HTTP requests: it runs in a thread on a free port and urllib calls it."""
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest

FUNCTION = Path(__file__).parent.name


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass  # no access log lines in the test output


@pytest.fixture
def base_url(load_function):
    """The URL of src/<function>/server.py's app, served on 127.0.0.1 and a port the system picks."""
    server = make_server('127.0.0.1', 0, load_function(FUNCTION, 'server').app, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
    thread.start()
    try:
        yield 'http://127.0.0.1:{}'.format(server.server_port)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def request(url, method='GET', body=None):
    """Sends one request; returns (status code, Content-Type, parsed JSON body), also for error statuses."""
    sent = urllib.request.Request(url, data=body, method=method, headers={'Content-Type': 'application/json'})
    try:
        with urllib.request.urlopen(sent, timeout=10) as response:
            return response.status, response.headers['Content-Type'], json.loads(response.read().decode('utf-8'))
    except urllib.error.HTTPError as error:  # 4xx and 5xx: the response is the error
        try:
            return error.code, error.headers['Content-Type'], json.loads(error.read().decode('utf-8'))
        finally:
            error.close()


def test_get_root_greets_the_name_in_the_query(base_url):
    status, content_type, body = request(base_url + '/?name=FC&tag=a&tag=b')
    assert status == 200
    assert content_type == 'application/json'
    assert body == {
        'message': 'Hello, FC!',
        'method': 'GET',
        'path': '/',
        'query': {'name': 'FC', 'tag': ['a', 'b']},
    }


def test_get_root_greets_the_world_by_default(base_url):
    for query in ('', '?name=', '?name=a&name=b'):
        status, _, body = request(base_url + '/' + query)
        assert status == 200, query
        assert body['message'] == 'Hello, world!', query


def test_post_echo_returns_the_json_body(base_url):
    sent = {'orderId': 'o-42', 'items': [1, 2, 3], 'note': 'caf\u00e9'}
    status, content_type, body = request(base_url + '/echo', 'POST', json.dumps(sent).encode('utf-8'))
    assert status == 200
    assert content_type == 'application/json'
    assert body == {'received': sent}


def test_post_echo_rejects_a_body_that_is_not_json(base_url):
    for bad_body in (b'{"orderId": ', b'', b'\xff\xfe', b'NaN'):
        status, content_type, body = request(base_url + '/echo', 'POST', bad_body)
        assert status == 400, bad_body
        assert content_type == 'application/json'
        assert body == {'error': 'The request body is not valid JSON'}


def test_unknown_route_is_404(base_url):
    for method, path in (('GET', '/missing'), ('POST', '/'), ('GET', '/echo')):
        status, content_type, body = request(base_url + path, method, b'{}' if method == 'POST' else None)
        assert status == 404, (method, path)
        assert content_type == 'application/json'
        assert body == {'error': 'Not found', 'path': path}
