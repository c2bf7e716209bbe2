<?php

/** An API/SDK invocation through the function's real handler, on events/invoke.json. */
class NoneTriggerTest extends FunctionTestCase
{
    public function testGreetsTheNameInThePayload()
    {
        $this->assertSame([
            'trigger' => 'none',
            'received' => ['action' => 'greet', 'name' => 'Function Compute'],
            'message' => 'Hello, Function Compute!',
        ], $this->invokeJson($this->sampleEvent('invoke.json')));
    }

    public function testAnEmptyPayloadGreetsTheWorld()
    {
        $this->assertSame(
            ['trigger' => 'none', 'received' => null, 'message' => 'Hello, world!'],
            $this->invokeJson('')
        );
    }

    public function testATextPayloadIsReceivedAsText()
    {
        $result = $this->invokeJson('plain text');
        $this->assertSame('plain text', $result['received']);
        $this->assertSame('Hello, world!', $result['message']);
    }
}
