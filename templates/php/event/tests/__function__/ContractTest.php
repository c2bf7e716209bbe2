<?php

/**
 * Each trigger's contract (contracts/<trigger>.json) run on this function's real handler.
 *
 * A contract gives events with the result the handler must return (cases) and events the trigger's
 * decoder must leave to other triggers (rejects). Every language's projects run the same contracts,
 * so no trigger's expected results are written in this test.
 */
class ContractTest extends FunctionTestCase
{
    /** Past this, a whole float is no longer one integer in JavaScript either. */
    const SAFE_INTEGER_LIMIT = 9007199254740992.0;

    /** The contracts of this function's triggers: each file in triggers/ that has one in contracts/. */
    private static function functionContracts(): array
    {
        // Read from the files, as data providers run before any test; the helper files there have no contract.
        $triggers = self::projectRoot() . '/src/' . basename(__DIR__) . '/triggers/';
        $contracts = [];
        foreach (glob(self::projectRoot() . '/contracts/*.json') as $path) {
            if (is_file($triggers . basename($path, '.json') . '.php')) {
                $contracts[] = json_decode(file_get_contents($path));
            }
        }
        return $contracts;
    }

    /** One test per case and per reject, named by it: [contract, entry, whether it is a case]. */
    public static function contractEntries(): array
    {
        $entries = [];
        foreach (self::functionContracts() as $contract) {
            foreach ($contract->cases as $case) {
                $entries[$contract->trigger . ': ' . $case->name] = [$contract, $case, true];
            }
            foreach ($contract->rejects as $reject) {
                $entries[$contract->trigger . ' leaves to other triggers: ' . $reject->name] = [$contract, $reject, false];
            }
        }
        return $entries;
    }

    /** @dataProvider contractEntries */
    public function testContract(stdClass $contract, stdClass $entry, bool $isCase)
    {
        $event = $this->eventBytes($entry);
        if ($isCase) {
            $result = $this->jsonValue($this->invoke($event));
            if (!empty($contract->jsonBody)) {
                $result->body = $this->jsonValue($result->body);
            }
            $this->assertSame(self::asJsonText($entry->result), self::asJsonText($result));
        } else {
            $this->loadFunction();
            // Asked the way the handler asks each trigger in turn: null leaves the event to the others.
            $this->assertNull(call_user_func('App\\Triggers\\' . $contract->trigger . '\\decode', $event));
        }
    }

    public function testEveryTriggerHasAContract()
    {
        $this->loadFunction();
        $triggerIds = App\Triggers\TRIGGER_IDS;
        $withContracts = array_map(function ($contract) {
            return $contract->trigger;
        }, self::functionContracts());
        sort($triggerIds);
        sort($withContracts);
        $this->assertSame($triggerIds, $withContracts);
    }

    /** The bytes an entry's event stands for, as FC would hand them to the handler. */
    private function eventBytes(stdClass $entry): string
    {
        if (property_exists($entry, 'eventFile')) {
            return $this->sampleEvent($entry->eventFile);
        }
        if (property_exists($entry, 'eventText')) {
            return $entry->eventText;
        }
        if (property_exists($entry, 'eventBase64')) {
            return base64_decode($entry->eventBase64, true);
        }
        if (property_exists($entry, 'event')) {
            return json_encode($entry->event, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        }
        throw new UnexpectedValueException('contract entry "' . $entry->name . '" gives no event');
    }

    /** The JSON value of $text, with objects as stdClass so that {} and [] stay apart. */
    private function jsonValue($text)
    {
        $this->assertIsString($text, 'a result and an HTTP body are JSON text');
        $value = json_decode($text);
        $this->assertSame(JSON_ERROR_NONE, json_last_error(), json_last_error_msg());
        return $value;
    }

    /** $value as canonical JSON text, so that equal JSON values compare equal and nothing else does. */
    private static function asJsonText($value): string
    {
        return json_encode(self::canonical($value), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }

    private static function canonical($value)
    {
        // JSON has one kind of number, so 1.0 is 1; and its objects have no order, so keys are sorted.
        if (is_float($value) && floor($value) === $value && abs($value) < self::SAFE_INTEGER_LIMIT) {
            return (int) $value;
        }
        if (is_array($value)) {
            return array_map([self::class, 'canonical'], $value);
        }
        if ($value instanceof stdClass) {
            $fields = get_object_vars($value);
            ksort($fields, SORT_STRING);
            return (object) array_map([self::class, 'canonical'], $fields);
        }
        return $value;
    }
}
