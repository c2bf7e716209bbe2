import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

describe('mns_topic trigger', () => {
  it('reports the topic message with its JSON body parsed', async () => {
    const result = await invokeHandler(readSampleEvent('mns_topic.json'));
    expect(result).toEqual({
      trigger: 'mns_topic',
      topic: 'my-topic',
      messageId: '2F5B3C082B923D4EAC694B76D928****',
      // PublishTime 1795161600040 is in milliseconds.
      publishedAt: '2026-11-20T08:00:00.040Z',
      message: { orderId: 'o-20261120-0042', action: 'created' },
    });
  });

  it('keeps a message that is not JSON as text', async () => {
    const sample = JSON.parse(readSampleEvent('mns_topic.json').toString());
    const result = await invokeHandler(Buffer.from(JSON.stringify({ ...sample, Message: 'hello topic' })));
    expect(result).toMatchObject({ trigger: 'mns_topic', message: 'hello topic' });
  });
});
