"""python3 -m fc_local invoke|dev: see __init__.py."""
import argparse
import base64
import json
import os
import sys

from .debugging import DEFAULT_PORT, require_debugpy, take_inspect
from .guard import LIMITS
from .project import pick_function, read_project, REQUESTS_ONLY, takes_events, UsageError
from .run import PROJECT_ROOT, result_bytes, run_function


# For --help only: main() takes --inspect out of the arguments first (see take_inspect).
INSPECT_HELP = ("start the function's process under debugpy (python3 -m pip install debugpy), on 127.0.0.1:PORT (default {}), "
                'and wait for VS Code\'s "Attach"; no timeout while debugging').format(DEFAULT_PORT)


def parser():
    top = argparse.ArgumentParser(prog='python3 -m fc_local', description="Run this project's functions locally: no Docker, account or network.")
    commands = top.add_subparsers(dest='command')
    invoke = commands.add_parser('invoke', help='run one function once with an event',
                                 description="Runs one function once with an event: EVENT_FILE's contents (e.g. events/oss.json), else what is piped to stdin (< /dev/null for an empty event). Prints the result on stdout (the function's logs go to stderr); a failed invocation prints the error and exits 1.")
    invoke.add_argument('event_file', nargs='?', metavar='EVENT_FILE')
    invoke.add_argument('--function', metavar='NAME', help='the function (its s.yaml name or key); needed when several can take events')
    invoke.add_argument('--inspect', metavar='=PORT', nargs='?', help=INSPECT_HELP)
    dev = commands.add_parser('dev', help='serve the functions on localhost',
                              description="Serves the project's functions on http://localhost:PORT: HTTP functions as FC calls them, and any function with POST /_invoke/<function> (the request body is the event). Each call runs the code as it is on disk; one line per call is logged.")
    dev.add_argument('--port', type=int, default=9000, help='the port to listen on (default 9000)')
    dev.add_argument('--timers', action='store_true', help='fire the timer triggers on their schedules')
    dev.add_argument('--inspect', metavar='=PORT', nargs='?', help=INSPECT_HELP + ' (one call at a time)')
    return top


def read_payload(file_name):
    """The event: the file, else what is piped to stdin; on a terminal, where nothing is piped, a usage error."""
    if file_name is not None:
        if not os.path.exists(file_name):
            raise UsageError('no event file {}{}'.format(file_name, sample_events()))
        if not os.path.isfile(file_name):
            raise UsageError('{} is not a file'.format(file_name))
        size = os.path.getsize(file_name)
        if size > LIMITS['body']:
            raise UsageError(too_large('{} is {} bytes'.format(file_name, size)))
        with open(file_name, 'rb') as source:
            return source.read()
    if sys.stdin.isatty():
        raise UsageError('no event: give an event file{}, or pipe one in (`python3 -m fc_local invoke < /dev/null` sends an empty event)'.format(sample_events()))
    # Read up to FC's limit and refused beyond it, so a huge stream never fills memory.
    data = sys.stdin.buffer.read(LIMITS['body'] + 1)
    if len(data) > LIMITS['body']:
        raise UsageError(too_large('the event on stdin is larger'))
    return data


def too_large(what):
    """FC takes an event of at most 32 MB in a synchronous invocation (doc 74757), as the dev server applies to a request body."""
    return '{}: FC takes an event of at most {} bytes (32 MB) in a synchronous invocation'.format(what, LIMITS['body'])


def sample_events():
    """" (the project's sample events are events/oss.json, ...)", or nothing when it has none."""
    events = os.path.join(PROJECT_ROOT, 'events')
    samples = sorted('events/' + name for name in os.listdir(events)) if os.path.isdir(events) else []
    return " (the project's sample events are {})".format(', '.join(samples)) if samples else ''


def invoke(arguments, inspect):
    project = read_project(PROJECT_ROOT)
    fn = pick_function(project, arguments.function, takes_events)
    if not takes_events(fn):
        raise UsageError('{} takes HTTP requests, not events: {}'.format(fn['name'], REQUESTS_ONLY))
    if fn['kind'] == 'web' and inspect is not None:
        # The runner starts that server with FC's command, not a Python process of its own.
        raise UsageError("--inspect starts the handlers this runner calls under debugpy; {} is a custom runtime's own server: start it under one yourself, or use VS Code's launch configurations".format(fn['name']))
    payload = read_payload(arguments.event_file)
    if fn['kind'] == 'web':
        return invoke_server(fn, payload)
    outcome = run_function(fn, {'kind': 'event', 'payload': base64.b64encode(payload).decode('ascii')}, inspect)
    if not outcome['ok']:
        error = outcome['error']
        sys.stderr.write('{}: {}\n{}\n'.format(error['errorType'], error['errorMessage'], '\n'.join('    ' + line for line in error['stackTrace'])))
        return 1
    body, is_json = result_bytes(outcome['result'])
    write_result(body, is_json)
    return 0


def invoke_server(fn, payload):
    """A custom runtime's function: start its server, POST the event to /invoke as FC does, stop it."""
    from .web import WebServer, forward
    server = WebServer(fn)
    try:
        status, headers, body = forward(fn, server.ready(), 'POST', '/invoke', {'Content-Type': 'application/octet-stream'}, payload, '/invoke')
    finally:
        server.stop()
    if status >= 300:
        sys.stderr.write("fc-local: {}'s server answered POST /invoke with {}: {}\n".format(fn['name'], status, body.decode('utf-8', 'replace')))
        return 1
    write_result(body, any(name.lower() == 'content-type' and 'json' in value for name, value in headers))
    return 0


def write_result(body, is_json):
    if is_json:
        sys.stdout.write(json.dumps(json.loads(body.decode('utf-8')), indent=2, ensure_ascii=False) + '\n')
    else:
        sys.stdout.buffer.write(body)
    sys.stdout.flush()


def main(argv):
    argv, inspect = take_inspect(argv)
    arguments = parser().parse_args(argv)
    if arguments.command is None:
        raise UsageError('choose a command: invoke or dev')
    if arguments.command == 'invoke':
        return invoke(arguments, inspect)
    if not 1 <= arguments.port <= 65535:
        raise UsageError('--port {} is not a port: give a number from 1 to 65535'.format(arguments.port))
    if inspect is not None:
        require_debugpy()  # no debugpy: say so now, not on the first call
    from .dev import serve
    serve(PROJECT_ROOT, arguments.port, arguments.timers, inspect)
    return 0


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except UsageError as error:
        sys.stderr.write('fc-local: {}\n'.format(error))
        sys.exit(2)
    except (RuntimeError, OSError) as error:  # a server that would not start, a connection that broke
        sys.stderr.write('fc-local: {}\n'.format(error))
        sys.exit(1)
