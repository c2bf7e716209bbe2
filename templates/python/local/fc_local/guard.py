"""What the dev server takes in and sends back.

FC's front end takes a request body of at most 32 MB, headers of at most 8 KB and a path and query of at
most 4 KB (400 InvalidArgument), and sends response headers of at most 8 KB (else 502 BadResponse); the
dev server applies the same limits. It answers this machine only: a function runs with the developer's
environment and credentials, so a request whose Host is not localhost (DNS rebinding) or whose Origin is
another site (a web page open in the browser) is refused before anything runs.
"""
import re

LIMITS = {'body': 32 * 1024 * 1024, 'headers': 8 * 1024, 'target': 4 * 1024}
LOOPBACK_NAMES = ('localhost', '127.0.0.1', '[::1]')
# RFC 9110 token characters for a header name; a value may hold no CR, LF or NUL.
HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
BAD_VALUE = re.compile(r'[\r\n\x00]')


class Refusal(Exception):
    """A request the dev server will not run, with the status and reason it answers."""

    def __init__(self, status, message):
        Exception.__init__(self, message)
        self.status = status


def is_local(authority, port):
    value = str(authority).lower()
    return any(value == '{}:{}'.format(name, port) or (int(port) == 80 and value == name) for name in LOOPBACK_NAMES)


def refusal(headers, target, port):
    """Why a request is refused before its body is read, or None. `headers` is the request's message headers."""
    host = headers.get('Host')
    if host is None or not is_local(host, port):
        return Refusal(403, 'Host "{}" is not this machine: the dev server answers http://localhost:{} only'.format(host or '', port))
    origin = headers.get('Origin')
    if origin is not None and not (origin.startswith('http://') and is_local(origin[len('http://'):], port)):
        return Refusal(403, 'Origin "{}" is another site: the dev server answers pages of http://localhost:{} only'.format(origin, port))
    header_bytes = sum(len(name.encode('latin-1', 'replace')) + len(str(value).encode('latin-1', 'replace')) + 4 for name, value in headers.items())
    if header_bytes > LIMITS['headers']:
        return Refusal(400, 'InvalidArgument: the request headers are {} bytes; FC takes at most {}'.format(header_bytes, LIMITS['headers']))
    if len(target.encode('utf-8', 'replace')) > LIMITS['target']:
        return Refusal(400, 'InvalidArgument: the path and query are over {} bytes, FC\'s limit'.format(LIMITS['target']))
    try:
        length = int(headers.get('Content-Length') or 0)
    except ValueError:
        return Refusal(400, 'the Content-Length "{}" is not a number'.format(headers.get('Content-Length')))
    if length < 0 or length > LIMITS['body']:
        return Refusal(400, 'InvalidArgument: the request body is over {} bytes, FC\'s limit'.format(LIMITS['body']))
    return None


def read_body(headers, stream):
    """The request body, at most LIMITS['body'] bytes; raises Refusal when it is larger, cut off or malformed."""
    if 'chunked' in headers.get('Transfer-Encoding', '').lower():
        chunks, size = [], 0
        while True:
            line = stream.readline(1026)
            try:
                chunk_size = int(line.split(b';')[0].strip() or b'x', 16)
            except ValueError:
                raise Refusal(400, 'the request body has a malformed chunk')
            if chunk_size == 0:
                while stream.readline(8194) not in (b'\r\n', b'\n', b''):
                    pass  # trailers
                return b''.join(chunks)
            size += chunk_size
            if chunk_size < 0 or size > LIMITS['body']:
                raise Refusal(400, 'InvalidArgument: the request body is over {} bytes, FC\'s limit'.format(LIMITS['body']))
            data = stream.read(chunk_size)
            if len(data) < chunk_size:
                raise Refusal(400, 'the request was cut off before its body ended')
            chunks.append(data)
            stream.readline(1026)
    length = int(headers.get('Content-Length') or 0)
    data = stream.read(length) if length > 0 else b''
    if len(data) < length:
        raise Refusal(400, 'the request was cut off before its body ended')
    return data


def sendable(status, headers):
    """The problems that keep an answer from being sent as HTTP (a status outside 100-599, a header name or
    value HTTP cannot carry, headers over FC's 8 KB); an empty list when it can be."""
    problems = []
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        problems.append('status code {!r}'.format(status))
    header_bytes = 0
    for name, value in (headers.items() if isinstance(headers, dict) else headers):
        header_bytes += len(str(name)) + len(str(value)) + 4
        if not HEADER_NAME.match(str(name)) or BAD_VALUE.search(str(value)):
            problems.append('header {!r}'.format(name))
    if header_bytes > LIMITS['headers']:
        problems.append('headers of {} bytes (FC sends at most {})'.format(header_bytes, LIMITS['headers']))
    return problems
