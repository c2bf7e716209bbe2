'use strict';

// What FC hands a function besides its event: the context object, the instance's environment
// variables and, for a custom runtime's server, the same facts as x-fc-* request headers.
const { randomUUID } = require('node:crypto');

/** One instance per run of the runner, as one FC instance serves many invocations. */
const INSTANCE_ID = process.env.FC_INSTANCE_ID || randomUUID();

/** Credentials from the environment, as FC fills them from the function's role; empty when unset. */
function credentials(env = process.env) {
  return {
    accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID || '',
    accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET || '',
    securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN || '',
  };
}

function regionOf(fn, env = process.env) {
  return env.FC_REGION || fn.region || 'cn-hangzhou';
}

/** A logger like FC's: each line carries the time, the request id and the level; all go to stderr. */
function logger(requestId, write = (line) => process.stderr.write(line)) {
  const at = (level) => (...parts) => write(`${new Date().toISOString()} ${requestId} [${level}] ${parts.map(String).join(' ')}\n`);
  return { debug: at('DEBUG'), info: at('INFO'), warn: at('WARN'), error: at('ERROR'), log: at('INFO') };
}

/** The context object FC passes to Node.js handlers (fields as FC documents them). */
function fcContext(fn, requestId = randomUUID(), env = process.env) {
  return {
    requestId,
    credentials: credentials(env),
    function: { name: fn.name, handler: fn.handler, memory: fn.memory, timeout: fn.timeout },
    service: { name: fn.service, logProject: '', logStore: '', qualifier: 'LATEST', versionId: '' },
    region: regionOf(fn, env),
    accountId: env.FC_ACCOUNT_ID || '',
    logger: logger(requestId),
  };
}

/**
 * The variables FC sets in a function instance (https://www.alibabacloud.com/help/en/functioncompute/fc/environment-variables),
 * under the function's own environmentVariables; what is already set wins.
 */
function functionEnvironment(fn, env = process.env) {
  const fcVariables = {
    FC_FUNC_CODE_PATH: fn.codeDir,
    FC_INSTANCE_ID: INSTANCE_ID,
    FC_FUNCTION_NAME: fn.name,
    FC_FUNCTION_HANDLER: fn.handler,
    FC_FUNCTION_MEMORY_SIZE: String(fn.memory),
    FC_TIMEOUT: String(fn.timeout),
    FC_REGION: regionOf(fn, env),
    ...(env.FC_ACCOUNT_ID ? {} : { FC_ACCOUNT_ID: '' }),
    ...(fn.service ? { FC_SERVICE_NAME: fn.service, FC_QUALIFIER: 'LATEST' } : {}),
  };
  const own = Object.fromEntries(Object.entries(fn.environment).map(([name, value]) => [name, String(value)]));
  return { ...fcVariables, ...own, ...env };
}

/** The x-fc-* headers FC adds to every request a custom runtime's server receives. */
function fcHeaders(fn, requestId, controlPath, env = process.env) {
  const keys = credentials(env);
  return {
    'x-fc-request-id': requestId,
    'x-fc-control-path': controlPath,
    'x-fc-function-name': fn.name,
    'x-fc-function-handler': fn.handler,
    'x-fc-function-memory': String(fn.memory),
    'x-fc-function-timeout': String(fn.timeout),
    'x-fc-service-name': fn.service,
    'x-fc-region': regionOf(fn, env),
    'x-fc-account-id': env.FC_ACCOUNT_ID || '',
    'x-fc-access-key-id': keys.accessKeyId,
    'x-fc-access-key-secret': keys.accessKeySecret,
    'x-fc-security-token': keys.securityToken,
    'x-fc-qualifier': 'LATEST',
  };
}

module.exports = { fcContext, functionEnvironment, fcHeaders, randomUUID };
