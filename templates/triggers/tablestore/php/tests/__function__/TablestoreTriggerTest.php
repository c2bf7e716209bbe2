<?php

/** The Tablestore trigger through the function's real handler, on events/tablestore.cbor and .json. */
class TablestoreTriggerTest extends FunctionTestCase
{
    const EXPECTED_ROWS = [
        [
            'type' => 'PutRow',
            'primaryKey' => ['user_id' => 'u-1001', 'order_id' => 42],
            'columns' => ['status' => 'paid', 'amount' => 99.5],
            'deletedColumns' => [],
        ],
        [
            'type' => 'UpdateRow',
            'primaryKey' => ['user_id' => 'u-1001', 'order_id' => 42],
            'columns' => ['status' => 'shipped'],
            'deletedColumns' => ['coupon'],
        ],
        [
            'type' => 'DeleteRow',
            'primaryKey' => ['user_id' => 'u-1002', 'order_id' => 7],
            'columns' => [],
            'deletedColumns' => [],
        ],
    ];

    public function testCborRecordsAsTheTriggerSendsThem()
    {
        $text = $this->invoke($this->sampleEvent('tablestore.cbor'));
        $this->assertSame(['trigger' => 'tablestore', 'rows' => self::EXPECTED_ROWS], json_decode($text, true));
        // The columns a delete wrote are an empty JSON object, not an empty list.
        $this->assertEquals(new stdClass(), json_decode($text)->rows[2]->columns);
    }

    public function testJsonRecordsAsTheConsoleSendsThem()
    {
        $this->assertSame(
            ['trigger' => 'tablestore', 'rows' => self::EXPECTED_ROWS],
            $this->invokeJson($this->sampleEvent('tablestore.json'))
        );
    }

    public function testBigIntegersBecomeStringsFromEitherEncoding()
    {
        // Values past 2**53 - 1 would lose digits as JavaScript numbers; both paths give the exact decimal text.
        $json = str_replace('"Value": 42', '"Value": 1506416585881590900', $this->sampleEvent('tablestore.json'));
        $this->assertSame('1506416585881590900', $this->invokeJson($json)['rows'][0]['primaryKey']['order_id']);
        $beyondInt64 = str_replace('"Value": 42', '"Value": 18446744073709551616', $this->sampleEvent('tablestore.json'));
        $this->assertSame('18446744073709551616', $this->invokeJson($beyondInt64)['rows'][0]['primaryKey']['order_id']);
        // The same value in the CBOR sample: order_id 42 (0x18 0x2a) becomes a uint64 (0x1b + 8 bytes).
        $key = "horder_ideValue\x18\x2a";
        $big = "horder_ideValue\x1b" . pack('J', 1506416585881590900);
        $pos = strpos($this->sampleEvent('tablestore.cbor'), $key);
        $this->assertNotFalse($pos, 'the CBOR sample has order_id 42');
        $cbor = substr_replace($this->sampleEvent('tablestore.cbor'), $big, $pos, strlen($key));
        $this->assertSame('1506416585881590900', $this->invokeJson($cbor)['rows'][0]['primaryKey']['order_id']);
    }

    public function testOtherBinaryIsNotClaimed()
    {
        $this->loadFunction();
        $this->assertNull(App\Triggers\tablestore\decode("\xff\x00 not CBOR"));
        $this->assertNull(App\Triggers\tablestore\decode("\xa0")); // CBOR, but an empty map is no stream
    }
}
