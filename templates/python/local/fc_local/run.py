"""Starts the worker for one invocation and enforces the function's timeout, except under a debugger."""
import base64
import json
import os
import signal
import subprocess
import sys
import threading

from .context import new_request_id
from .debugging import PORT_VARIABLE, attach_line, notice_timeout_off, require_debugpy, under_debugger

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# Under --inspect the workers take turns: each listens on the same port.
_TURN = threading.Lock()


def run_function(fn, job, inspect=None):
    """Runs `job` on the function; returns the worker's outcome {ok, result | response | error, requestId}.
    `inspect` (a port): the worker starts under debugpy and waits for a debugger to attach."""
    if inspect is None:
        return _run(fn, job, None)
    with _TURN:
        return _run(fn, job, inspect)


def _end_with_signals():
    """A signal that stops the runner (the SIGTERM of `timeout`, a closed terminal's SIGHUP) becomes an
    exit in the main thread, so subprocess.run kills the worker on its way out instead of leaving it
    behind (under --inspect: waiting for a debugger for ever, holding its port). `dev` has its own."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ('SIGTERM', 'SIGHUP'):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, lambda received, _frame: sys.exit(128 + received))


def _run(fn, job, inspect):
    _end_with_signals()
    request_id = new_request_id()
    message = dict(job, fn=fn, requestId=request_id)
    command = [sys.executable, '-m', 'fc_local.worker']
    debug = {}
    if inspect is not None:
        require_debugpy()
        debug = {PORT_VARIABLE: str(inspect)}
        sys.stderr.write(attach_line(fn, inspect) + '\n')
        sys.stderr.flush()
    elif under_debugger():
        notice_timeout_off()
    # A debugger holding the function at a breakpoint is not a function that hangs.
    timeout = None if inspect is not None or under_debugger() else fn['timeout']
    try:
        # The handler's output goes to our stderr; the worker's stdout carries only the outcome. FC runs
        # functions in their code folder (/code), so relative paths resolve as they will there.
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join([PROJECT_ROOT] + [p for p in [os.environ.get('PYTHONPATH')] if p]), **debug)
        # pydevd's warning about Python 3.11's frozen modules says nothing the user can act on.
        if inspect is not None:
            environment.setdefault('PYDEVD_DISABLE_FILE_VALIDATION', '1')
        finished = subprocess.run(
            command, input=json.dumps(message).encode('utf-8'),
            stdout=subprocess.PIPE, cwd=fn['code_dir'], env=environment, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return failed(request_id, 'FunctionTimeout', 'Function timed out after {} s'.format(fn['timeout']))
    try:
        outcome = json.loads(finished.stdout.decode('utf-8'))
    except ValueError:
        return failed(request_id, 'WorkerExited', "the function's process exited ({}) before it answered".format(finished.returncode))
    outcome['requestId'] = request_id
    return outcome


def failed(request_id, error_type, message):
    return {'ok': False, 'requestId': request_id, 'error': {'errorType': error_type, 'errorMessage': message, 'stackTrace': []}}


def result_bytes(result):
    """The bytes a result stands for, and whether they are JSON."""
    if result['type'] == 'none':
        return b'', False
    if result['type'] == 'bytes':
        return base64.b64decode(result['base64']), False
    return result['text'].encode('utf-8'), result['type'] == 'json'
