"""What FC hands a function besides its event: the context object, the instance's environment
variables and, for a custom runtime's server, the same facts as x-fc-* request headers."""
import logging
import os
import sys
import uuid
from types import SimpleNamespace


def new_request_id():
    return str(uuid.uuid4())


def credentials(env=None):
    """Credentials from the environment, as FC fills them from the function's role; empty when unset."""
    env = os.environ if env is None else env
    return SimpleNamespace(
        access_key_id=env.get('ALIBABA_CLOUD_ACCESS_KEY_ID', ''),
        access_key_secret=env.get('ALIBABA_CLOUD_ACCESS_KEY_SECRET', ''),
        security_token=env.get('ALIBABA_CLOUD_SECURITY_TOKEN', ''),
    )


def region_of(fn, env=None):
    env = os.environ if env is None else env
    return env.get('FC_REGION') or fn['region'] or 'cn-hangzhou'


def request_logger(fn, request_id):
    """A logger like FC's: each line carries the time, the request id and the level, on stderr."""
    logger = logging.getLogger('fc_local.' + fn['name'])
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    logger.handlers[0].setFormatter(logging.Formatter('%(asctime)s ' + request_id + ' [%(levelname)s] %(message)s'))
    return logger


def fc_context(fn, request_id):
    """The context FC passes to Python handlers; python3.12 has no credentials (they are in the environment)."""
    function = dict(name=fn['name'], handler=fn['handler'], memory=fn['memory'], timeout=fn['timeout'])
    common = dict(request_id=request_id, region=region_of(fn), account_id=os.environ.get('FC_ACCOUNT_ID', ''))
    if fn['runtime'] == 'python3.12':
        return SimpleNamespace(
            function=SimpleNamespace(version_id='', qualifier='LATEST', **function),
            logger=request_logger(fn, request_id), log_project='', log_store='', **common
        )
    return SimpleNamespace(
        credentials=credentials(),
        function=SimpleNamespace(**function),
        service=SimpleNamespace(name=fn['service'], log_project='', log_store='', qualifier='LATEST', version_id=''),
        tracing=SimpleNamespace(span_context='', jaeger_endpoint='', span_baggages={}, parseOpenTracingBaggages=lambda: {}),
        **common
    )


# One instance per run of the runner, as one FC instance serves many invocations.
INSTANCE_ID = os.environ.get('FC_INSTANCE_ID') or str(uuid.uuid4())


def function_environment(fn, env=None):
    """The variables FC sets in a function instance (https://www.alibabacloud.com/help/en/functioncompute/fc/environment-variables),
    under its own environmentVariables; what is already set wins."""
    env = os.environ if env is None else env
    variables = {
        'FC_FUNC_CODE_PATH': fn['code_dir'],
        'FC_INSTANCE_ID': INSTANCE_ID,
        'FC_ACCOUNT_ID': env.get('FC_ACCOUNT_ID', ''),
        'FC_FUNCTION_NAME': fn['name'],
        'FC_FUNCTION_HANDLER': fn['handler'],
        'FC_FUNCTION_MEMORY_SIZE': str(fn['memory']),
        'FC_TIMEOUT': str(fn['timeout']),
        'FC_REGION': region_of(fn, env),
    }
    if fn['service']:
        variables['FC_SERVICE_NAME'] = fn['service']
        variables['FC_QUALIFIER'] = 'LATEST'
    variables.update({name: str(value) for name, value in fn['environment'].items()})
    variables.update(env)
    return variables


def fc_headers(fn, request_id, control_path):
    """The x-fc-* headers FC adds to every request a custom runtime's server receives."""
    keys = credentials()
    return {
        'x-fc-request-id': request_id,
        'x-fc-control-path': control_path,
        'x-fc-function-name': fn['name'],
        'x-fc-function-handler': fn['handler'],
        'x-fc-function-memory': str(fn['memory']),
        'x-fc-function-timeout': str(fn['timeout']),
        'x-fc-service-name': fn['service'],
        'x-fc-region': region_of(fn),
        'x-fc-account-id': os.environ.get('FC_ACCOUNT_ID', ''),
        'x-fc-access-key-id': keys.access_key_id,
        'x-fc-access-key-secret': keys.access_key_secret,
        'x-fc-security-token': keys.security_token,
        'x-fc-qualifier': 'LATEST',
    }
