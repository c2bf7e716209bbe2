"""The event server as FC calls it: real HTTP requests to POST /invoke and /initialize with x-fc-* headers."""
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path
from wsgiref.simple_server import make_server

import pytest

FUNCTION = Path(__file__).parent.name
PROJECT_ROOT = Path(__file__).resolve().parents[2]
GARBAGE = b'\x00\x01 this is no event'
FC_HEADERS = {
    'Content-Type': 'application/octet-stream',
    'x-fc-request-id': 'test-request-id',
    'x-fc-access-key-id': 'test-access-key-id',
    'x-fc-access-key-secret': 'test-access-key-secret',
    'x-fc-security-token': 'test-security-token',
    'x-fc-function-name': FUNCTION,
    'x-fc-function-handler': 'index.handler',
    'x-fc-function-memory': '512',
    'x-fc-function-timeout': '60',
    'x-fc-service-name': 'test-service',
    'x-fc-service-logproject': 'test-project',
    'x-fc-service-logstore': 'test-logstore',
    'x-fc-qualifier': 'LATEST',
    'x-fc-version-id': '',
    'x-fc-region': 'cn-hangzhou',
    'x-fc-account-id': '123456789012',
    'x-fc-control-path': '/invoke',
}


@pytest.fixture
def server(load_function):
    """src/<function>/server.py, imported as FC's bootstrap runs it (next to index.py and triggers/)."""
    return load_function(FUNCTION, 'server')


@pytest.fixture
def base_url(server):
    """The URL of the server's app, served on 127.0.0.1 and a port the system picks."""
    httpd = make_server('127.0.0.1', 0, server.app, handler_class=server.QuietRequestHandler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
    thread.start()
    try:
        yield 'http://127.0.0.1:{}'.format(httpd.server_port)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def post(url, body=b'', headers=None):
    """Sends one POST; returns (status code, response headers, body bytes), also for error statuses."""
    sent = urllib.request.Request(url, data=body, method='POST', headers=dict(FC_HEADERS, **(headers or {})))
    try:
        with urllib.request.urlopen(sent, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:  # 4xx and 5xx: the response is the error
        try:
            return error.code, error.headers, error.read()
        finally:
            error.close()


def samples(trigger_ids):
    """(trigger id, sample file) for each trigger: events/<id>.json, events/invoke.json for `none`, and the CBOR
    the Tablestore trigger really sends."""
    for trigger_id in trigger_ids:
        yield trigger_id, 'invoke.json' if trigger_id == 'none' else trigger_id + '.json'
        if trigger_id == 'tablestore' and (PROJECT_ROOT / 'events' / 'tablestore.cbor').is_file():
            yield trigger_id, 'tablestore.cbor'


def test_invoke_hands_each_sample_event_to_the_handler(server, base_url, sample_event, capsys):
    for trigger_id, file_name in samples(server.index.TRIGGER_IDS):
        status, headers, body = post(base_url + '/invoke', sample_event(file_name))
        assert status == 200, file_name
        assert headers['Content-Type'] == 'application/json'
        result = json.loads(body.decode('utf-8'))
        if trigger_id == 'http':
            # The FC 3.0 HTTP trigger's result is an HTTP response, not a {trigger, ...} summary.
            assert result['statusCode'] == 200, file_name
        else:
            assert result['trigger'] == trigger_id, file_name
    out = capsys.readouterr().out
    assert 'FC Invoke Start RequestId: test-request-id' in out
    assert 'FC Invoke End RequestId: test-request-id' in out


def test_invoke_builds_the_context_from_the_fc_headers(server, base_url, monkeypatch):
    seen = []

    def handler(event, context):
        seen.append((event, context))
        return json.dumps({'ok': True})

    monkeypatch.setattr(server.index, 'handler', handler)
    status, _, body = post(base_url + '/invoke', b'{"hello": "FC"}')
    assert (status, json.loads(body.decode('utf-8'))) == (200, {'ok': True})
    (event, context), = seen
    assert event == b'{"hello": "FC"}'
    assert context.request_id == 'test-request-id'
    assert vars(context.credentials) == {
        'access_key_id': 'test-access-key-id',
        'access_key_secret': 'test-access-key-secret',
        'security_token': 'test-security-token',
    }
    assert vars(context.function) == {'name': FUNCTION, 'handler': 'index.handler', 'memory': 512, 'timeout': 60}
    assert vars(context.service) == {
        'name': 'test-service', 'log_project': 'test-project', 'log_store': 'test-logstore',
        'qualifier': 'LATEST', 'version_id': '',
    }
    assert (context.region, context.account_id) == ('cn-hangzhou', '123456789012')
    assert context.tracing.span_baggages == {}


def test_a_failing_handler_is_500_with_x_fc_status_404(server, base_url, monkeypatch, capsys):
    def handler(event, context):
        raise RuntimeError('the work failed')

    monkeypatch.setattr(server.index, 'handler', handler)
    status, headers, body = post(base_url + '/invoke', b'{}')
    assert status == 500
    assert headers['x-fc-status'] == '404'
    assert headers['Content-Type'] == 'application/json'
    assert json.loads(body.decode('utf-8')) == {'error': 'the work failed'}
    captured = capsys.readouterr()
    assert 'FC Invoke End RequestId: test-request-id' in captured.out
    assert 'RuntimeError: the work failed' in captured.err


def test_an_event_no_trigger_recognises_is_an_error(server, base_url):
    status, headers, body = post(base_url + '/invoke', GARBAGE)
    if 'none' in server.index.TRIGGER_IDS:
        # An API/SDK call may carry any payload, so nothing is unknown.
        assert status == 200
        assert json.loads(body.decode('utf-8'))['trigger'] == 'none'
    else:
        assert status == 500
        assert headers['x-fc-status'] == '404'
        error = json.loads(body.decode('utf-8'))['error']
        for trigger_id in server.index.TRIGGER_IDS:
            assert trigger_id in error


def test_initialize_answers_200(base_url, capsys):
    status, _, _ = post(base_url + '/initialize')
    assert status == 200
    assert 'FC Initialize Start RequestId: test-request-id' in capsys.readouterr().out


def test_anything_else_is_404(base_url):
    status, headers, body = post(base_url + '/missing', b'{}')
    assert status == 404
    assert headers['Content-Type'] == 'application/json'
    assert json.loads(body.decode('utf-8')) == {'error': 'Not found', 'path': '/missing'}
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(base_url + '/invoke', timeout=10)  # GET
    assert raised.value.code == 404
    raised.value.close()
