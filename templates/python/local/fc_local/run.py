"""Starts the worker for one invocation and enforces the function's timeout."""
import base64
import json
import os
import subprocess
import sys

from .context import new_request_id

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_function(fn, job):
    """Runs `job` on the function; returns the worker's outcome {ok, result | response | error, requestId}."""
    request_id = new_request_id()
    message = dict(job, fn=fn, requestId=request_id)
    try:
        # The handler's output goes to our stderr; the worker's stdout carries only the outcome. FC runs
        # functions in their code folder (/code), so relative paths resolve as they will there.
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join([PROJECT_ROOT] + [p for p in [os.environ.get('PYTHONPATH')] if p]))
        finished = subprocess.run(
            [sys.executable, '-m', 'fc_local.worker'], input=json.dumps(message).encode('utf-8'),
            stdout=subprocess.PIPE, cwd=fn['code_dir'], env=environment, timeout=fn['timeout'],
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
