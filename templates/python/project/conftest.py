"""Test helpers shared by every function: load its code as FC does, fake FC's context, read sample events."""
import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent
_modules = {}


def load_module(function_name, module_name='index'):
    """The module `module_name` from src/<function_name>/, imported once and kept apart from other functions."""
    key = (function_name, module_name)
    if key not in _modules:
        _modules[key] = _import_from(PROJECT_ROOT / 'src' / function_name, module_name)
    return _modules[key]


def _import_from(code_dir, module_name):
    # FC puts the code folder first on sys.path and imports index.py as the top-level module `index`.
    # Every function has its own `index` (and `triggers`), so hide other functions' copies while
    # importing, then drop this function's from sys.modules: the loaded module keeps its own references.
    if not code_dir.is_dir():
        raise LookupError('no function code at {}'.format(code_dir))
    top_level = {path.stem if path.suffix == '.py' else path.name for path in code_dir.iterdir()}

    def is_local(name):
        return name.split('.')[0] in top_level

    hidden = {name: module for name, module in sys.modules.items() if is_local(name)}
    for name in hidden:
        del sys.modules[name]
    sys.path.insert(0, str(code_dir))
    writes_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # keep __pycache__ out of the folder that gets deployed
    try:
        return importlib.import_module(module_name)
    finally:
        sys.dont_write_bytecode = writes_bytecode
        sys.path.remove(str(code_dir))
        for name in [name for name in sys.modules if is_local(name)]:
            del sys.modules[name]
        sys.modules.update(hidden)


def make_context(function_name):
    """A stand-in for FC's context object (Python 3.10 and earlier) for the named function."""
    return SimpleNamespace(
        request_id='test-request-id',
        credentials=SimpleNamespace(
            access_key_id='test-access-key-id',
            access_key_secret='test-access-key-secret',
            security_token='test-security-token',
        ),
        function=SimpleNamespace(name=function_name, handler='index.handler', memory=128, timeout=60),
        service=SimpleNamespace(
            name='test-service', log_project='', log_store='', qualifier='LATEST', version_id='',
        ),
        region='cn-hangzhou',
        account_id='123456789012',
        tracing=SimpleNamespace(
            span_context='', jaeger_endpoint='', span_baggages={}, parseOpenTracingBaggages=lambda: {},
        ),
    )


def read_event(file_name):
    """The raw bytes of events/<file_name>, as FC would hand them to the handler."""
    return (PROJECT_ROOT / 'events' / file_name).read_bytes()


@pytest.fixture
def load_function():
    """load_function(name, module='index') imports a function's module from src/<name>/."""
    return load_module


@pytest.fixture
def fc_context():
    """fc_context(name) builds a fake FC context for that function."""
    return make_context


@pytest.fixture
def sample_event():
    """sample_event(file) reads a sample event from the project's events/ folder as bytes."""
    return read_event
