import { describe, expect, it } from 'vitest';
import { invokeHandler, readSampleEvent } from './function-under-test';

describe('oss trigger', () => {
  it('lists the uploaded objects and their total size', async () => {
    const result = await invokeHandler(readSampleEvent('oss.json'));
    expect(result).toEqual({
      trigger: 'oss',
      objects: [
        {
          bucket: 'my-bucket',
          key: 'uploads/photos/cat.png',
          size: 122539,
          eventName: 'ObjectCreated:PutObject',
          eventTime: '2026-11-20T06:45:43.000Z',
          contentType: 'image/png',
        },
        {
          bucket: 'my-bucket',
          key: 'uploads/videos/intro.mp4',
          size: 5242880,
          eventName: 'ObjectCreated:CompleteMultipartUpload',
          eventTime: '2026-11-20T06:45:50.000Z',
          contentType: 'video/mp4',
        },
      ],
      totalBytes: 5365419,
    });
  });

  it('reports a null content type when the object has no metadata', async () => {
    const sample = JSON.parse(readSampleEvent('oss.json').toString());
    delete sample.events[0].oss.object.objectMeta;
    const result = await invokeHandler(Buffer.from(JSON.stringify(sample)));
    expect(result.objects[0].contentType).toBeNull();
  });
});
