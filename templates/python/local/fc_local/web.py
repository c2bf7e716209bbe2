"""A custom runtime's function is its own HTTP server: start it as FC does (customRuntimeConfig's
command and args, FC_SERVER_PORT set), wait until it listens, and restart it when its code changes."""
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time

from .context import fc_headers, function_environment, new_request_id
from .debugging import under_debugger

START_TIMEOUT_SECONDS = 30


def free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


def start_command(fn):
    """The start command with FC's `/code` (where the code folder is mounted) mapped to the local folder."""
    def local(part):
        part = str(part)
        return fn['code_dir'] + part[5:] if part == '/code' or part.startswith('/code/') else part
    command = [local(part) for part in fn['server']['command'] or []] or [os.path.join(fn['code_dir'], 'bootstrap')]
    return command + [local(part) for part in fn['server']['args'] or []]


class WebServer(object):
    """A web function's server: `ready()` returns its port once it listens; `stop()`."""

    def __init__(self, fn):
        self.fn = fn
        self.lock = threading.Lock()
        self.process = None
        self.port = None

    def ready(self):
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self._start()
            return self.port

    def _start(self):
        self.port = free_port()
        # Loopback only: the server would listen on every interface for FC (templates/custom/*/server).
        env = dict(function_environment(self.fn), FC_SERVER_PORT=str(self.port), FC_LOCAL_HOST='127.0.0.1')
        # Its output goes to our stderr, like its logs in FC; a session of its own so stop() ends its children too.
        self.process = subprocess.Popen(start_command(self.fn), cwd=self.fn['code_dir'], env=env, stdout=sys.stderr, start_new_session=True)
        deadline = time.time() + START_TIMEOUT_SECONDS
        while True:
            if self.process.poll() is not None:
                raise RuntimeError('the server exited ({}) before it listened on {}'.format(self.process.returncode, self.port))
            try:
                socket.create_connection(('127.0.0.1', self.port), timeout=1).close()
                return
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError('the server did not listen on {} within {} s'.format(self.port, START_TIMEOUT_SECONDS))
                time.sleep(0.1)

    def stop(self):
        with self.lock:
            if self.process is not None and self.process.poll() is None:
                try:
                    os.killpg(self.process.pid, signal.SIGTERM)
                except OSError:
                    pass
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, signal.SIGKILL)
            self.process = None


def forward(fn, port, method, target, headers, body, control_path):
    """Sends the request to the server on `port` with the x-fc-* headers FC adds; returns (status, headers, body)."""
    # No timeout while a debugger may hold the server at a breakpoint.
    connection = http.client.HTTPConnection('127.0.0.1', port, timeout=None if under_debugger() else fn['timeout'])
    sent = dict(headers)
    sent.update(fc_headers(fn, new_request_id(), control_path))
    sent['Host'] = '127.0.0.1:{}'.format(port)
    try:
        connection.request(method, target, body=body, headers=sent)
        answer = connection.getresponse()
        return answer.status, answer.getheaders(), answer.read()
    finally:
        connection.close()
