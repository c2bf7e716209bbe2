<?php

/** The event handler's dispatch: trigger order, results as JSON text, unknown events. */
class HandlerTest extends FunctionTestCase
{
    const UNKNOWN_EVENT = '{"unrelated": true}';

    /** The trigger ids of this function, in dispatch order. */
    private function triggerIds(): array
    {
        $this->loadFunction();
        return App\Triggers\TRIGGER_IDS;
    }

    public function testNoneIsTriedLast()
    {
        $triggerIds = $this->triggerIds();
        $this->assertNotEmpty($triggerIds, 'an event function needs at least one trigger');
        if (in_array('none', $triggerIds, true)) {
            $this->assertSame('none', end($triggerIds), 'none accepts every event, so triggers after it never run');
        }
    }

    public function testUnknownEvent()
    {
        $triggerIds = $this->triggerIds();
        if (in_array('none', $triggerIds, true)) {
            // An API/SDK call may carry any payload, so nothing is unknown.
            $result = $this->invokeJson(self::UNKNOWN_EVENT);
            $this->assertSame('none', $result['trigger']);
            $this->assertSame(['unrelated' => true], $result['received']);
            return;
        }
        try {
            $this->invoke(self::UNKNOWN_EVENT);
            $this->fail('an event no trigger recognises is an error');
        } catch (UnexpectedValueException $error) {
            foreach ($triggerIds as $triggerId) {
                $this->assertStringContainsString($triggerId, $error->getMessage());
            }
        }
    }

    public function testEachTriggerGetsItsOwnSampleAsJsonText()
    {
        // Goes through the whole dispatch, so it also shows that no earlier decoder claims a later trigger's event.
        foreach ($this->triggerIds() as $triggerId) {
            // Each trigger's sample is events/<id>.json; `none` (API/SDK calls) uses events/invoke.json.
            $result = $this->invokeJson($this->sampleEvent($triggerId === 'none' ? 'invoke.json' : $triggerId . '.json'));
            if ($triggerId === 'http') {
                // The FC 3.0 HTTP trigger answers with the HTTP response, not a {trigger, ...} summary.
                $this->assertSame(200, $result['statusCode']);
            } else {
                $this->assertSame($triggerId, $result['trigger']);
            }
        }
    }
}
