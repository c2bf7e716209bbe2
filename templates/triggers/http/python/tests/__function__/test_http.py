"""The FC 3.0 HTTP trigger through the function's real handler, on events/http.json and requests built from it."""
import base64
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name
EVENTS = Path(__file__).resolve().parents[2] / 'events'
SENT = {'orderId': 'o-20261120-0042', 'items': ['book', 'pen']}  # the body of events/http.json


def request(sample_event, method=None, path=None, query=None, body=None, base64_body=False):
    """events/http.json as bytes, with the request line, query and body replaced where given."""
    event = json.loads(sample_event('http.json'))
    if method is not None:
        event['requestContext']['http']['method'] = method
    if path is not None:
        event['requestContext']['http']['path'] = path
        event['rawPath'] = path
    if query is not None:
        event['queryParameters'] = query
    if body is not None:
        event['body'] = base64.b64encode(body).decode('ascii') if base64_body else body.decode('utf-8')
        event['isBase64Encoded'] = base64_body
    return json.dumps(event).encode('utf-8')


def respond(load_function, fc_context, event):
    """Runs the real handler; returns its response with the body parsed."""
    result = load_function(FUNCTION).handler(event, fc_context(FUNCTION))
    assert isinstance(result, str), 'the handler returns JSON text'
    response = json.loads(result)
    assert set(response) == {'statusCode', 'headers', 'isBase64Encoded', 'body'}
    assert response['headers'] == {'Content-Type': 'application/json'}
    assert response['isBase64Encoded'] is False
    assert isinstance(response['body'], str)
    response['body'] = json.loads(response['body'])
    return response


def test_post_echo_returns_the_sample_body(load_function, fc_context, sample_event):
    response = respond(load_function, fc_context, sample_event('http.json'))
    assert response['statusCode'] == 200
    assert response['body'] == {'received': SENT}


def test_post_echo_decodes_a_base64_body(load_function, fc_context, sample_event):
    sent = {'note': 'caf\u00e9', 'count': 3, 'nested': {'ok': True}}
    event = request(sample_event, body=json.dumps(sent).encode('utf-8'), base64_body=True)
    response = respond(load_function, fc_context, event)
    assert response['statusCode'] == 200
    assert response['body'] == {'received': sent}


def test_post_echo_rejects_a_body_that_is_not_json(load_function, fc_context, sample_event):
    events = [
        request(sample_event, body=b'{"orderId": '),
        request(sample_event, body=b''),
        request(sample_event, body=b'NaN'),
        request(sample_event, body=b'\xff\xfe', base64_body=True),  # not UTF-8
        request(sample_event, body=b'{"orderId": ', base64_body=True),
    ]
    not_base64 = json.loads(sample_event('http.json'))
    not_base64['isBase64Encoded'] = True  # the JSON text of the sample is not base64
    events.append(json.dumps(not_base64).encode('utf-8'))
    for event in events:
        response = respond(load_function, fc_context, event)
        assert response['statusCode'] == 400, event
        assert response['body'] == {'error': 'The request body is not valid JSON'}


def test_get_root_greets_the_name_in_the_query(load_function, fc_context, sample_event):
    event = request(sample_event, method='GET', path='/', query={'name': 'FC', 'lang': 'en'})
    response = respond(load_function, fc_context, event)
    assert response['statusCode'] == 200
    assert response['body'] == {
        'message': 'Hello, FC!',
        'method': 'GET',
        'path': '/',
        'query': {'name': 'FC', 'lang': 'en'},
    }


def test_get_root_greets_the_world_by_default(load_function, fc_context, sample_event):
    for query in ({}, {'name': ''}):
        response = respond(load_function, fc_context, request(sample_event, method='GET', path='/', query=query))
        assert response['statusCode'] == 200
        assert response['body']['message'] == 'Hello, world!'
        assert response['body']['query'] == query
    without_query = json.loads(sample_event('http.json'))
    without_query['requestContext']['http']['method'] = 'GET'
    without_query['requestContext']['http']['path'] = without_query['rawPath'] = '/'
    del without_query['queryParameters']
    response = respond(load_function, fc_context, json.dumps(without_query).encode('utf-8'))
    assert response['body']['query'] == {}


def test_unknown_route_is_404(load_function, fc_context, sample_event):
    for method, path in (('GET', '/missing'), ('POST', '/'), ('GET', '/echo'), ('PUT', '/echo')):
        response = respond(load_function, fc_context, request(sample_event, method=method, path=path))
        assert response['statusCode'] == 404, (method, path)
        assert response['body'] == {'error': 'Not found', 'path': path}


def test_path_falls_back_to_raw_path(load_function, fc_context, sample_event):
    event = json.loads(sample_event('http.json'))
    del event['requestContext']['http']['path']
    response = respond(load_function, fc_context, json.dumps(event).encode('utf-8'))
    assert response['statusCode'] == 200
    assert response['body'] == {'received': SENT}
    event['rawPath'] = '/elsewhere'
    response = respond(load_function, fc_context, json.dumps(event).encode('utf-8'))
    assert response['body'] == {'error': 'Not found', 'path': '/elsewhere'}


def test_only_http_events_are_claimed(load_function, sample_event):
    # One FC 3.0 function can have http and other triggers; neither side may take the other's events.
    http = load_function(FUNCTION, 'triggers.http')
    sample = sample_event('http.json')
    for other in sorted(EVENTS.iterdir()):
        if other.name != 'http.json':
            assert http.decode(other.read_bytes()) is None, other.name
    for trigger_id in load_function(FUNCTION).TRIGGER_IDS:
        if trigger_id not in ('http', 'none'):  # `none` takes anything, which is why it comes last
            assert load_function(FUNCTION, 'triggers.' + trigger_id).decode(sample) is None, trigger_id
    near_misses = json.loads(sample)
    near_misses['version'] = 'v2'
    assert http.decode(json.dumps(near_misses).encode('utf-8')) is None
    near_misses['version'] = 'v1'
    near_misses['requestContext']['http'] = 'POST /echo'
    assert http.decode(json.dumps(near_misses).encode('utf-8')) is None
