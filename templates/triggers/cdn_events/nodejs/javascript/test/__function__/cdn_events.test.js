import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

const cdnEvent = (eventName, eventParameter) =>
  Buffer.from(JSON.stringify({ events: [{ eventName, eventSource: 'cdn', eventTime: '2026-11-20T16:31:49+08:00', eventParameter }] }));

describe('cdn_events trigger', () => {
  it('reports a new log file with its time window', async () => {
    const result = await invokeHandler(readSampleEvent('cdn_events.json'));
    expect(result).toEqual({
      trigger: 'cdn_events',
      events: [
        {
          name: 'LogFileCreated',
          domain: 'cdn.example.com',
          time: '2026-11-20T16:31:49+08:00',
          detail: {
            logFileUrl:
              'http://cdnlog.cn-hangzhou.oss.aliyun-inc.com/cdn.example.com/2026_11_20/cdn.example.com_2026_11_20_1600_1630.gz?OSSAccessKeyId=xxxx&Expires=xxxx&Signature=xxxx',
            sizeBytes: 1788115,
            // startTime and endTime are in seconds.
            window: { start: '2026-11-20T08:00:00.000Z', end: '2026-11-20T08:30:00.000Z' },
          },
        },
      ],
    });
  });

  it('reports the paths of refreshed objects', async () => {
    const parameter = { domain: 'cdn.example.com', objectPath: ['/img/a.png'], objectType: 'File', taskId: 'task-7' };
    const result = await invokeHandler(cdnEvent('CachedObjectsRefreshed', parameter));
    expect(result.events[0].detail).toEqual({ paths: ['/img/a.png'], objectType: 'File', taskId: 'task-7' });
  });

  it('reports the status of a started domain', async () => {
    const result = await invokeHandler(cdnEvent('CdnDomainStarted', { domain: 'cdn.example.com', status: 'online' }));
    expect(result.events[0]).toMatchObject({ name: 'CdnDomainStarted', domain: 'cdn.example.com', detail: { status: 'online' } });
  });

  it('reports no detail for other events', async () => {
    const result = await invokeHandler(cdnEvent('CdnDomainAdded', { domain: 'cdn.example.com' }));
    expect(result.events[0].detail).toEqual({});
  });
});
