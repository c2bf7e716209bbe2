<?php

/** The EventBridge trigger through the function's real handler, on events/eventbridge.json. */
class EventbridgeTriggerTest extends FunctionTestCase
{
    const EXPECTED_EVENT = [
        'id' => '45ef4dewdwe1-7c35-447a-bd93-fab****',
        'source' => 'acs.oss',
        'type' => 'oss:ObjectCreated:PutObject',
        'subject' => 'acs:oss:cn-hangzhou:164901546557****:my-bucket/reports/2026-11.csv',
        'time' => '2026-11-20T08:00:01Z',
        'data' => [
            'region' => 'cn-hangzhou',
            'eventName' => 'ObjectCreated:PutObject',
            'oss' => ['bucket' => ['name' => 'my-bucket'], 'object' => ['key' => 'reports/2026-11.csv', 'size' => 2048]],
        ],
    ];

    public function testOneCloudEvent()
    {
        $this->assertSame(
            ['trigger' => 'eventbridge', 'events' => [self::EXPECTED_EVENT]],
            $this->invokeJson($this->sampleEvent('eventbridge.json'))
        );
    }

    public function testABatchOfCloudEvents()
    {
        // Queue and stream sources (MNS queue, Kafka, RocketMQ...) deliver an array.
        $cloudEvent = $this->sampleEventData('eventbridge.json');
        $batch = json_encode([$cloudEvent, array_merge($cloudEvent, ['id' => 'second'])]);
        $result = $this->invokeJson($batch);
        $this->assertSame('eventbridge', $result['trigger']);
        $this->assertSame([self::EXPECTED_EVENT['id'], 'second'], array_column($result['events'], 'id'));
    }
}
