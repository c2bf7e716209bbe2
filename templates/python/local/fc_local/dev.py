"""`dev`: the project's functions on localhost, each called the way FC calls it, with the current code."""
import base64
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn
from urllib.parse import unquote, urlsplit

from .context import new_request_id
from .guard import Refusal, read_body, refusal, sendable
from .cron import now_utc, parse_schedule
from .http_event import http_event, http_response
from .project import http_trigger, others_note, read_project, takes_events, UsageError
from .run import result_bytes, run_function
from .web import WebServer, forward

INVOKE_PREFIX = '/_invoke/'
# Headers that describe one connection, not the request: not passed on to a web function's server.
HOP_BY_HOP = {'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host'}


def log(line):
    sys.stderr.write(line + '\n')
    sys.stderr.flush()


def mounts(project):
    """Where each HTTP function is served: the only one at `/`, several each under `/<name>`."""
    served = [fn for fn in project['functions'] if http_trigger(fn)]
    return [(fn, '' if len(served) == 1 else '/' + fn['name']) for fn in served]


def routes(project, port):
    base = 'http://localhost:{}'.format(port)
    lines = ['{}{}/ -> {} (HTTP)'.format(base, prefix, fn['name']) for fn, prefix in mounts(project)]
    lines += ['POST {}{}{} -> {} (the request body is the event)'.format(base, INVOKE_PREFIX, fn['name'], fn['name']) for fn in project['functions'] if takes_events(fn)]
    return lines


def json_answer(status, value, headers=None):
    answer_headers = {'content-type': 'application/json'}
    answer_headers.update(headers or {})
    return status, answer_headers, json.dumps(value).encode('utf-8')


def failure(outcome):
    return json_answer(500, outcome['error'], {'x-fc-error-type': 'UnhandledInvocationError'})


class DevState(object):
    """The project as s.yaml describes it now, and the servers of its web functions."""

    def __init__(self, root, port, inspect=None):
        self.root = root
        self.port = port
        # --inspect: the port each call's worker waits on for a debugger, one call at a time.
        self.inspect = inspect
        self.project = read_project(root)
        self.servers = {}
        self.lock = threading.Lock()
        # What src/ and s.yaml held at the last reload; each request, and the watcher, compare against it.
        self.seen = snapshot(root)
        self.reload_lock = threading.Lock()

    def freshen(self):
        """Takes in any change on disk: s.yaml read again, web functions' servers restarted on their next call."""
        with self.reload_lock:
            now = snapshot(self.root)
            changed = sorted(path for path in set(self.seen) | set(now) if self.seen.get(path) != now.get(path))
            self.seen = now
            if not changed:
                return
            if any(os.path.basename(path) in ('s.yaml', 's.yml') for path in changed):
                try:
                    self.project = read_project(self.root)
                except UsageError as error:
                    log('fc-local: s.yaml: {}; keeping the previous one'.format(error))
            self.stop_servers()
            log('fc-local: reloaded ({})'.format(os.path.relpath(changed[0], self.root)))

    def server_of(self, fn):
        with self.lock:
            if fn['name'] not in self.servers:
                self.servers[fn['name']] = WebServer(fn)
            return self.servers[fn['name']]

    def stop_servers(self):
        with self.lock:
            servers, self.servers = list(self.servers.values()), {}
        for server in servers:
            server.stop()

    def invoke_event(self, fn, payload):
        """Invokes a function with an event: its handler, or a custom runtime's POST /invoke."""
        if fn['kind'] == 'web':
            return forward(fn, self.server_of(fn).ready(), 'POST', '/invoke', {'Content-Type': 'application/octet-stream'}, payload, '/invoke')
        outcome = run_function(fn, {'kind': 'event', 'payload': base64.b64encode(payload).decode('ascii')}, self.inspect)
        if not outcome['ok']:
            return failure(outcome)
        body, is_json = result_bytes(outcome['result'])
        return 200, ({'content-type': 'application/json'} if is_json else {}), body

    def call_http(self, fn, request, target):
        """An HTTP request to an HTTP function, with `target` the path and query inside its mount."""
        methods = [str(method).upper() for method in http_trigger(fn)['config'].get('methods') or []]
        if methods and request['method'] not in methods:
            message = 'Method {} is not allowed: the HTTP trigger accepts {}'.format(request['method'], ', '.join(methods))
            return json_answer(405, {'error': message}, {'allow': ', '.join(methods)})
        if fn['kind'] == 'web':
            headers = {name: value for name, value in request['header_pairs'] if name.lower() not in HOP_BY_HOP}
            return forward(fn, self.server_of(fn).ready(), request['method'], target, headers, request['body'], '/http-invoke')
        url = urlsplit(target)
        if fn['kind'] == 'fc2-http':
            headers = {}
            for name, value in request['header_pairs']:
                key = name.lower()
                headers[key] = headers[key] + ', ' + value if key in headers else value
            fc_request = {
                'method': request['method'], 'path': unquote(url.path), 'url': target, 'headers': headers,
                'clientIP': request['source_ip'], 'port': self.port, 'body': base64.b64encode(request['body']).decode('ascii'),
            }
            outcome = run_function(fn, {'kind': 'fc2-http', 'request': fc_request}, self.inspect)
            if not outcome['ok']:
                return failure(outcome)
            response = outcome['response']
            return response['statusCode'], response['headers'], base64.b64decode(response['body'])
        event = http_event(dict(request, target=target, request_id=new_request_id()))
        outcome = run_function(fn, {'kind': 'event', 'payload': base64.b64encode(json.dumps(event).encode('utf-8')).decode('ascii')}, self.inspect)
        if not outcome['ok']:
            return failure(outcome)
        return http_response(*result_bytes(outcome['result']))

    def route(self, request):
        """(function or None, label for the log line, (status, headers, body))."""
        path = urlsplit(request['target']).path
        label = '{} {}'.format(request['method'], path)
        if request['method'] == 'POST' and path.startswith(INVOKE_PREFIX):
            name = unquote(path[len(INVOKE_PREFIX):])
            for fn in self.project['functions']:
                if fn['name'] == name and takes_events(fn):
                    return fn, 'invoke', self.invoke_event(fn, request['body'])
        for fn, prefix in mounts(self.project):
            if prefix == '' or path == prefix or path.startswith(prefix + '/'):
                target = request['target'][len(prefix):] or '/'
                return fn, label, self.call_http(fn, request, target if target.startswith('/') else '/' + target)
        return None, label, json_answer(404, {'error': 'Not found', 'routes': routes(self.project, self.port)})


def request_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def handle_any(self):
            started = time.time()
            fn = None
            label = '{} {}'.format(self.command, urlsplit(self.path).path)
            try:
                refused = refusal(self.headers, self.path, state.port)
                if refused is not None:
                    raise refused
                body = read_body(self.headers, self.rfile)
                request = {
                    'method': self.command, 'target': self.path, 'header_pairs': list(self.headers.items()), 'body': body,
                    'source_ip': self.client_address[0], 'host': self.headers.get('Host') or 'localhost:{}'.format(state.port),
                }
                # A request sent right after a save runs the saved code: changes are taken in first.
                state.freshen()
                fn, label, (status, headers, data) = state.route(request)
            except Refusal as error:
                # The rest of a refused or broken request is not read: the connection closes after the answer.
                self.close_connection = True
                status, headers, data = json_answer(error.status, {'error': str(error)})
            except Exception as error:  # a server that would not start, a broken connection: the caller sees 502
                status, headers, data = json_answer(502, {'error': str(error)})
            problems = sendable(status, headers)
            if problems:
                status, headers, data = json_answer(502, {'error': 'BadResponse: the function answered what HTTP cannot carry: ' + ', '.join(problems)}, {'x-fc-error-type': 'BadResponse'})
            try:
                self.send_response(status)
                for name, value in (headers.items() if isinstance(headers, dict) else headers):
                    if name.lower() not in HOP_BY_HOP:
                        self.send_header(name, str(value))
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client went away
            log('{} {} {} {}ms'.format(fn['name'] if fn else '-', label, status, int((time.time() - started) * 1000)))

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = handle_any

        def log_message(self, *args):
            pass  # one line per call is logged by handle_any

    return Handler


class DevServer(ThreadingMixIn, HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 leaves a burst of connections unanswered.
    request_queue_size = 128


def fire_timers(state, stopped):
    """Fires each enabled timer trigger on its schedule, with the event FC's timer sends."""
    def timers():
        found = []
        for fn in state.project['functions']:
            for trigger in fn['triggers']:
                if trigger['type'] == 'timer' and trigger['config'].get('enable') is not False:
                    try:
                        found.append((fn, trigger, parse_schedule(str(trigger['config'].get('cronExpression')))))
                    except ValueError as error:
                        log("fc-local: {}'s timer {}: {}; it will not fire".format(fn['name'], trigger['name'], error))
        return found

    def fire(fn, trigger):
        started = time.time()
        event = {'triggerTime': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), 'triggerName': trigger['name'], 'payload': str(trigger['config'].get('payload') or '')}
        try:
            status = state.invoke_event(fn, json.dumps(event).encode('utf-8'))[0]
        except Exception:
            status = 502
        log('{} timer {} {} {}ms'.format(fn['name'], trigger['name'], status, int((time.time() - started) * 1000)))

    for fn, trigger, schedule in timers():
        log('fc-local: timer {} of {} fires on "{}"{}'.format(trigger['name'], fn['name'], trigger['config'].get('cronExpression'), '' if schedule.every_seconds else ' (UTC)'))
    ticks = 0
    while not stopped.wait(1 - time.time() % 1):
        ticks += 1
        moment = now_utc().replace(microsecond=0)
        for fn, trigger, schedule in timers():
            due = ticks % schedule.every_seconds == 0 if schedule.every_seconds else schedule.matches(moment)
            if due:
                threading.Thread(target=fire, args=(fn, trigger), daemon=True).start()


def snapshot(root):
    """Modification times of the files under src/ and of s.yaml."""
    times = {}
    for name in ('s.yaml', 's.yml'):
        path = os.path.join(root, name)
        if os.path.exists(path):
            times[path] = os.stat(path).st_mtime
    for folder, subfolders, files in os.walk(os.path.join(root, 'src')):
        subfolders[:] = [sub for sub in subfolders if sub not in ('__pycache__', 'node_modules', '.venv')]
        for name in files:
            path = os.path.join(folder, name)
            try:
                times[path] = os.stat(path).st_mtime
            except OSError:
                pass
    return times


def watch(state, stopped):
    """Takes in changes as they happen, so reloads are logged then; requests also check before they run."""
    while not stopped.wait(0.5):
        state.freshen()


def serve(root, port, timers, inspect=None):
    state = DevState(root, port, inspect)
    try:
        server = DevServer(('127.0.0.1', port), request_handler(state))
    except OSError as error:
        raise UsageError('port {} is in use: pick another with --port ({})'.format(port, error.strerror))
    stopped = threading.Event()
    for line in routes(state.project, port):
        log('fc-local: ' + line)
    if state.project.get('others'):
        log('fc-local: not served here: ' + others_note(state.project['others'])[2:])
    threading.Thread(target=watch, args=(state, stopped), daemon=True).start()
    if timers:
        threading.Thread(target=fire_timers, args=(state, stopped), daemon=True).start()

    def shut_down(signum, frame):
        stopped.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGINT, shut_down)
    signal.signal(signal.SIGTERM, shut_down)
    log('fc-local: press Ctrl-C to stop')
    server.serve_forever(poll_interval=0.2)
    server.server_close()
    state.stop_servers()
