<?php

/** The CDN event trigger through the function's real handler, on events/cdn_events.json. */
class CdnEventsTriggerTest extends FunctionTestCase
{
    public function testDescribesTheNewLogFile()
    {
        $result = $this->invokeJson($this->sampleEvent('cdn_events.json'));
        $this->assertSame('cdn_events', $result['trigger']);
        $this->assertSame([[
            'name' => 'LogFileCreated',
            'domain' => 'cdn.example.com',
            'time' => '2026-11-20T16:31:49+08:00',
            'detail' => [
                'logFileUrl' => 'http://cdnlog.cn-hangzhou.oss.aliyun-inc.com/cdn.example.com/2026_11_20/cdn.example.com'
                    . '_2026_11_20_1600_1630.gz?OSSAccessKeyId=xxxx&Expires=xxxx&Signature=xxxx',
                'sizeBytes' => 1788115,
                'window' => ['start' => '2026-11-20T08:00:00.000Z', 'end' => '2026-11-20T08:30:00.000Z'],
            ],
        ]], $result['events']);
    }

    public function testDetailsOfOtherEventKinds()
    {
        $notification = $this->sampleEventData('cdn_events.json');
        $template = $notification['events'][0];
        $kinds = [
            ['CachedObjectsRefreshed', ['objectPath' => ['/img/a.png'], 'objectType' => 'File', 'taskId' => '42'],
                ['paths' => ['/img/a.png'], 'objectType' => 'File', 'taskId' => '42']],
            ['CdnDomainStopped', ['status' => 'offline'], ['status' => 'offline']],
            ['CdnDomainAdded', [], []],
        ];
        $notification['events'] = [];
        foreach ($kinds as $kind) {
            $notification['events'][] = array_merge($template, [
                'eventName' => $kind[0],
                'eventParameter' => array_merge($kind[1], ['domain' => 'cdn.example.com']),
            ]);
        }
        $text = $this->invoke(json_encode($notification));
        $result = json_decode($text, true);
        $this->assertSame(array_column($kinds, 2), array_column($result['events'], 'detail'));
        $this->assertSame(['cdn.example.com'], array_values(array_unique(array_column($result['events'], 'domain'))));
        // A kind without details has an empty JSON object, not an empty list.
        $this->assertEquals(new stdClass(), json_decode($text)->events[2]->detail);
    }
}
