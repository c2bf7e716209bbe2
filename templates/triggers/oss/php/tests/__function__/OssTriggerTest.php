<?php

/** The OSS trigger through the function's real handler, on events/oss.json. */
class OssTriggerTest extends FunctionTestCase
{
    public function testSummarisesTheSampleUploads()
    {
        $result = $this->invokeJson($this->sampleEvent('oss.json'));
        $this->assertSame('oss', $result['trigger']);
        $this->assertSame(122539 + 5242880, $result['totalBytes']);
        $this->assertSame([
            [
                'bucket' => 'my-bucket',
                'key' => 'uploads/photos/cat.png',
                'size' => 122539,
                'eventName' => 'ObjectCreated:PutObject',
                'eventTime' => '2026-11-20T06:45:43.000Z',
                'contentType' => 'image/png',
            ],
            [
                'bucket' => 'my-bucket',
                'key' => 'uploads/videos/intro.mp4',
                'size' => 5242880,
                'eventName' => 'ObjectCreated:CompleteMultipartUpload',
                'eventTime' => '2026-11-20T06:45:50.000Z',
                'contentType' => 'video/mp4',
            ],
        ], $result['objects']);
    }

    public function testContentTypeIsNullWithoutObjectMeta()
    {
        $notification = $this->sampleEventData('oss.json');
        unset($notification['events'][0]['oss']['object']['objectMeta']);
        $result = $this->invokeJson(json_encode($notification));
        $this->assertNull($result['objects'][0]['contentType']);
    }
}
