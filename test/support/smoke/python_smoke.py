"""Runs generated handlers on an old Python (FC's python3 is 3.6) without pytest.

Usage: python python_smoke.py <manifest.json>. Python 3.6 syntax and library only.
"""
import importlib.util
import io
import json
import sys
from types import SimpleNamespace


def load_index(name, directory):
    sys.path.insert(0, directory)
    for module in [key for key in sys.modules if key == 'triggers' or key.startswith('triggers.')]:
        del sys.modules[module]
    try:
        spec = importlib.util.spec_from_file_location('index_' + name.replace('-', '_'), directory + '/index.py')
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(directory)


def fake_context(name, runtime):
    if runtime == 'python3.12':
        # Python 3.12's context has no credentials (they are in the environment) and no service.
        return SimpleNamespace(
            request_id='smoke-request',
            function=SimpleNamespace(name=name, handler='index.handler', memory=128, timeout=60, version_id='', qualifier='LATEST'),
            region='cn-hangzhou',
            account_id='123456789',
            log_project='',
            log_store='',
        )
    return SimpleNamespace(
        request_id='smoke-request',
        credentials=SimpleNamespace(access_key_id='id', access_key_secret='secret', security_token='token'),
        function=SimpleNamespace(name=name, handler='index.handler', memory=128, timeout=60),
        service=SimpleNamespace(name='smoke', log_project='', log_store='', qualifier='LATEST', version_id=''),
        region='cn-hangzhou',
        account_id='123456789',
    )


def call_http(handler, context):
    replies = []
    environ = {
        'REQUEST_METHOD': 'GET', 'PATH_INFO': '/', 'QUERY_STRING': '', 'CONTENT_LENGTH': '0',
        'SERVER_PROTOCOL': 'HTTP/1.1', 'wsgi.input': io.BytesIO(b''), 'fc.context': context, 'fc.request_uri': '/',
    }
    body = b''.join(handler(environ, lambda status, headers: replies.append(status)))
    return replies[0], json.loads(body.decode('utf-8'))


def answered(result, trigger):
    # The FC 3.0 HTTP trigger's result is the response itself; every other trigger names itself.
    if trigger == 'http':
        return result.get('statusCode') == 200 and isinstance(json.loads(result['body']), dict)
    return result.get('trigger') == trigger


def main():
    with open(sys.argv[1]) as file:
        manifest = json.load(file)
    checked = 0
    for fn in manifest['functions']:
        handler = load_index(fn['name'], fn['dir']).handler
        context = fake_context(fn['name'], manifest['runtime'])
        if fn['type'] == 'http':
            status, body = call_http(handler, context)
            if not status.startswith('200') or not isinstance(body, dict):
                raise AssertionError('{}: GET / gave {} {}'.format(fn['name'], status, body))
            checked += 1
            continue
        for case in fn['cases']:
            with open(case['event'], 'rb') as file:
                result = json.loads(handler(file.read(), context))
            if not answered(result, case['trigger']):
                raise AssertionError('{}: {} gave {}'.format(fn['name'], case['event'], result))
            checked += 1
    print('python {}: {} invocations ok'.format(sys.version.split()[0], checked))


if __name__ == '__main__':
    main()
