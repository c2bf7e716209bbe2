/** A stand-in for the `context` FC passes to handlers (fields as FC 2.0 documents them). */
export function fakeContext() {
  const ignore = () => {};
  return {
    requestId: '8f7c2b1e-4d3a-4c6b-9e2f-0a1b2c3d4e5f',
    credentials: { accessKeyId: 'test-key-id', accessKeySecret: 'test-key-secret', securityToken: 'test-token' },
    function: { name: 'test-function', handler: 'index.handler', memory: 512, timeout: 60 },
    service: { name: 'test-service', logProject: '', logStore: '', qualifier: 'LATEST', versionId: '' },
    region: 'cn-hangzhou',
    accountId: '1234567890123456',
    tracing: { spanContext: '', jaegerEndpoint: '', spanBaggages: {}, parseOpenTracingBaggages: () => ({}) },
    logger: { debug: ignore, info: ignore, warn: ignore, error: ignore, log: ignore },
  };
}
