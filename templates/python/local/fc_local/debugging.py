"""`--inspect`: each invocation's process starts under debugpy, and no timeout ends a function that a
debugger holds at a breakpoint (nor one this runner's own debugger, VS Code's, holds)."""
import importlib.util
import re
import sys

from .project import UsageError

# debugpy's own default port, which VS Code's "Attach" configuration connects to.
DEFAULT_PORT = 5678


def take_inspect(argv):
    """Takes `--inspect` and `--inspect=PORT` out of the arguments (argparse's optional value would take
    the event file that follows as the port); returns the rest, and the port or None."""
    port = None
    rest = []
    for arg in argv:
        match = re.match(r'^--inspect(?:=(.*))?$', arg)
        if not match:
            rest.append(arg)
            continue
        value = match.group(1)
        if value is not None and not (value.isdigit() and 1 <= int(value) <= 65535):
            raise UsageError('--inspect={} is not a port: give a number from 1 to 65535, or --inspect alone for {}'.format(value, DEFAULT_PORT))
        port = DEFAULT_PORT if value is None else int(value)
    return rest, port


# The worker reads the port from here: it listens itself, so nothing outlives it (see listen_if_asked).
PORT_VARIABLE = 'FC_LOCAL_DEBUG_PORT'


def require_debugpy():
    """Stops with the install line when debugpy is missing, before any function runs."""
    if importlib.util.find_spec('debugpy') is None:
        raise UsageError('--inspect runs the function under debugpy, which {} cannot import: install it with python3 -m pip install debugpy'.format(sys.executable))


def listen_if_asked(environ):
    """In the worker: with --inspect, listen on 127.0.0.1:PORT and wait for a debugger. The adapter runs
    in this process where debugpy can (1.7 and later): `python -m debugpy --listen` starts it as a process
    of its own, which outlives a worker killed before a debugger came and keeps the port."""
    port = environ.pop(PORT_VARIABLE, None)
    if port is None:
        return
    import debugpy
    address = ('127.0.0.1', int(port))
    try:
        debugpy.listen(address, in_process_debug_adapter=True)
    except TypeError:  # debugpy before 1.7 (Debian 12's) has no in-process adapter
        debugpy.listen(address)
    debugpy.wait_for_client()


def under_debugger():
    """Whether this runner itself runs under a debugger (VS Code's debugpy, PyCharm's pydevd), which also
    attaches to the worker processes. Not sys.gettrace(): coverage sets a trace function too."""
    return 'debugpy' in sys.modules or 'pydevd' in sys.modules


def attach_line(fn, port):
    """One line: where to attach to an invocation that waits for a debugger."""
    return 'fc-local: {} waits for a debugger on 127.0.0.1:{}: attach with VS Code\'s "Attach" configuration (debugpy) (its {} s timeout is off while debugging)'.format(fn['name'], port, fn['timeout'])


_noticed = []


def notice_timeout_off():
    """Says once, on stderr, that timeouts are off because this runner runs under a debugger."""
    if _noticed:
        return
    _noticed.append(True)
    sys.stderr.write('fc-local: running under a debugger: function timeouts are off, so a breakpoint can hold a function as long as you need\n')
    sys.stderr.flush()
