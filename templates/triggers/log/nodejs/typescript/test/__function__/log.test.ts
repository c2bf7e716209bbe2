import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

describe('log trigger', () => {
  it('reports the shard, cursor range and job of the SLS event', async () => {
    const result = await invokeHandler(readSampleEvent('log.json'));
    expect(result).toEqual({
      trigger: 'log',
      project: 'my-log-project',
      logstore: 'my-logstore',
      endpoint: 'http://cn-hangzhou-intranet.log.aliyuncs.com',
      shardId: 0,
      cursors: { begin: 'MTUyOTQ4MDIwOTY1NTk3ODQ2Mw==', end: 'MTUyOTQ4MDIwOTY1NTk3ODQ2NA==' },
      jobName: '1f7043ced683de1a4e3d8d70b5a412843d81****',
      taskId: 'c2691505-38da-4d1b-998a-f1d4bb8c****',
      // cursorTime 1795161600 is in seconds.
      cursorTime: '2026-11-20T08:00:00.000Z',
      parameter: {},
    });
  });
});
