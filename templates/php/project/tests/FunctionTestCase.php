<?php

use PHPUnit\Framework\TestCase;

/**
 * Base of every function's tests: loads the function's code as FC does, fakes FC's $context array and
 * reads the sample events. A test's function is the name of its folder: tests/<function>/ tests src/<function>/.
 */
abstract class FunctionTestCase extends TestCase
{
    /** The function under test: the name of the folder the test file is in. */
    protected function functionName(): string
    {
        $file = (new ReflectionClass($this))->getFileName();
        return basename(dirname($file));
    }

    /** The project's root folder, where src/, tests/, events/ and contracts/ are. */
    protected static function projectRoot(): string
    {
        return dirname(__DIR__);
    }

    /** Loads src/<function>/index.php as FC does, which defines the global function handler(). */
    protected function loadFunction()
    {
        $index = self::projectRoot() . '/src/' . $this->functionName() . '/index.php';
        if (!is_file($index)) {
            throw new RuntimeException('no function code at ' . $index);
        }
        require_once $index;
    }

    /** Calls the function's handler with an event, as FC does; returns what the handler returns. */
    protected function invoke($event)
    {
        $this->loadFunction();
        return handler($event, $this->fcContext());
    }

    /** Calls the handler and decodes the JSON text it returns into arrays. */
    protected function invokeJson(string $event): array
    {
        $result = $this->invoke($event);
        $this->assertIsString($result, 'the handler returns JSON text');
        $decoded = json_decode($result, true);
        $this->assertSame(JSON_ERROR_NONE, json_last_error(), json_last_error_msg());
        return $decoded;
    }

    /** The raw bytes of events/<file>, as FC would hand them to the handler. */
    protected function sampleEvent(string $file): string
    {
        $contents = file_get_contents(self::projectRoot() . '/events/' . $file);
        if ($contents === false) {
            throw new RuntimeException('cannot read events/' . $file);
        }
        return $contents;
    }

    /** A stand-in for the $context array FC passes to the function, with the keys FC's PHP runtime gives it. */
    protected function fcContext(): array
    {
        return [
            'requestId' => 'test-request-id',
            'credentials' => [
                'accessKeyId' => 'test-access-key-id',
                'accessKeySecret' => 'test-access-key-secret',
                'securityToken' => 'test-security-token',
            ],
            'function' => [
                'name' => $this->functionName(),
                'handler' => 'index.handler',
                'memory' => 128,
                'timeout' => 60,
                'initializer' => '',
                'initializationTimeout' => 3,
            ],
            'service' => [
                'name' => 'test-service',
                'logProject' => '',
                'logStore' => '',
                'qualifier' => 'LATEST',
                'versionId' => '',
            ],
            'region' => 'cn-hangzhou',
            'accountId' => '123456789012',
            'tracing' => [
                'openTracingSpanContext' => '',
                'jaegerEndpoint' => '',
                'openTracingSpanBaggages' => [],
            ],
        ];
    }
}
