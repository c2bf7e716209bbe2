"""FC 3.0 HTTP triggers on built-in runtimes: the request becomes an event (format v1) and the handler's
result becomes the response (https://www.alibabacloud.com/help/en/functioncompute/fc/http-trigger-invoking-function)."""
import base64
import json
import os
import re
import time
from urllib.parse import parse_qsl, unquote, urlsplit

# Bodies of these types reach the handler as text; any other body is base64 with isBase64Encoded true.
TEXT_TYPES = [re.compile(p) for p in (r'^text/', r'^application/(.+\+)?json', r'^application/(.+\+)?xml', r'^application/javascript', r'^application/x-www-form-urlencoded')]


def is_text_body(content_type, body):
    if not body:
        return True
    kind = (content_type or '').lower()
    return any(pattern.match(kind) for pattern in TEXT_TYPES)


def join_repeated(pairs):
    """Joins repeated names' values with commas, as FC does for headers and query parameters."""
    joined = {}
    for name, value in pairs:
        joined[name] = joined[name] + ',' + value if name in joined else value
    return joined


def canonical_header_name(name):
    """FC 3.0 canonicalises header names as Go does: `content-type` reaches the handler as `Content-Type`."""
    return '-'.join(part[:1].upper() + part[1:] for part in name.lower().split('-'))


def http_event(request, now=None):
    """The event an HTTP trigger sends for `request` {method, target, header_pairs, body, source_ip, host, request_id}."""
    now = time.time() if now is None else now
    url = urlsplit(request['target'])
    headers = join_repeated((canonical_header_name(name), value) for name, value in request['header_pairs'])
    text = is_text_body(headers.get('Content-Type', ''), request['body'])
    user_agent = headers.get('User-Agent', '')
    return {
        'version': 'v1',
        'rawPath': url.path,
        'body': request['body'].decode('utf-8', 'replace') if text else base64.b64encode(request['body']).decode('ascii'),
        'isBase64Encoded': not text,
        'headers': headers,
        'queryParameters': join_repeated(parse_qsl(url.query, keep_blank_values=True)),
        'requestContext': {
            'accountId': os.environ.get('FC_ACCOUNT_ID', ''),
            'domainName': request['host'],
            'domainPrefix': request['host'].split('.')[0].split(':')[0],
            'http': {
                'method': request['method'],
                'path': unquote(url.path),
                'protocol': 'HTTP/1.1',
                'sourceIp': request['source_ip'],
                'userAgent': user_agent,
            },
            'requestId': request['request_id'],
            'time': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(now)),
            'timeEpoch': str(int(now * 1000)),
        },
    }


def http_response(body, is_json):
    """The response for a handler's result: an object (or JSON text, as Python handlers return it) with a
    numeric statusCode is {statusCode, headers, body, isBase64Encoded}; anything else is sent as it is with 200."""
    try:
        value = json.loads(body.decode('utf-8'))
    except ValueError:
        value = None
    if isinstance(value, dict) and isinstance(value.get('statusCode'), int) and not isinstance(value.get('statusCode'), bool):
        raw = value.get('body')
        text = '' if raw is None else raw if isinstance(raw, str) else json.dumps(raw)
        data = base64.b64decode(text) if value.get('isBase64Encoded') is True else text.encode('utf-8')
        headers = value.get('headers') if isinstance(value.get('headers'), dict) else {}
        return value['statusCode'], headers, data
    return 200, ({'content-type': 'application/json'} if is_json else {}), body
