<?php

/** The MNS topic trigger through the function's real handler, on events/mns_topic.json. */
class MnsTopicTriggerTest extends FunctionTestCase
{
    public function testParsesAJsonMessage()
    {
        $this->assertSame([
            'trigger' => 'mns_topic',
            'topic' => 'my-topic',
            'messageId' => '2F5B3C082B923D4EAC694B76D928****',
            'publishedAt' => '2026-11-20T08:00:00.040Z', // 1795161600040 ms after the epoch
            'message' => ['orderId' => 'o-20261120-0042', 'action' => 'created'],
        ], $this->invokeJson($this->sampleEvent('mns_topic.json')));
    }

    public function testKeepsATextMessage()
    {
        $notification = $this->sampleEventData('mns_topic.json');
        $notification['Message'] = 'hello topic';
        $this->assertSame('hello topic', $this->invokeJson(json_encode($notification))['message']);
    }
}
