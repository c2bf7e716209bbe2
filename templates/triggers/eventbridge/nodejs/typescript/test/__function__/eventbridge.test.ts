import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

const ossUpload = {
  id: '45ef4dewdwe1-7c35-447a-bd93-fab****',
  source: 'acs.oss',
  type: 'oss:ObjectCreated:PutObject',
  subject: 'acs:oss:cn-hangzhou:164901546557****:my-bucket/reports/2026-11.csv',
  time: '2026-11-20T08:00:01Z',
  data: {
    region: 'cn-hangzhou',
    eventName: 'ObjectCreated:PutObject',
    oss: { bucket: { name: 'my-bucket' }, object: { key: 'reports/2026-11.csv', size: 2048 } },
  },
};

describe('eventbridge trigger', () => {
  it('reports a single CloudEvent', async () => {
    const result = await invokeHandler(readSampleEvent('eventbridge.json'));
    expect(result).toEqual({ trigger: 'eventbridge', events: [ossUpload] });
  });

  it('reports every CloudEvent of a batch', async () => {
    const sample = JSON.parse(readSampleEvent('eventbridge.json').toString());
    const second = { ...sample, id: 'second-event', subject: undefined };
    const result = await invokeHandler(Buffer.from(JSON.stringify([sample, second])));
    expect(result.events).toEqual([ossUpload, { ...ossUpload, id: 'second-event', subject: null }]);
  });
});
