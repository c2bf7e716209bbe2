<?php

/** The timer trigger through the function's real handler, on events/timer.json. */
class TimerTriggerTest extends FunctionTestCase
{
    public function testParsesAJsonPayload()
    {
        $this->assertSame([
            'trigger' => 'timer',
            'triggerName' => 'timer-trigger',
            'firedAt' => '2026-11-20T08:00:00Z',
            'payload' => ['task' => 'daily-report', 'recipients' => ['ops@example.com']],
        ], $this->invokeJson($this->sampleEvent('timer.json')));
    }

    public function testKeepsATextPayloadAndNullsAMissingOne()
    {
        $tick = $this->sampleEventData('timer.json');
        $tick['payload'] = 'awesome-fc';
        $this->assertSame('awesome-fc', $this->invokeJson(json_encode($tick))['payload']);
        unset($tick['payload']);
        $this->assertNull($this->invokeJson(json_encode($tick))['payload']);
    }
}
