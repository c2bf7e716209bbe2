<?php

/** The Log Service trigger through the function's real handler, on events/log.json. */
class LogTriggerTest extends FunctionTestCase
{
    public function testSaysWhereTheNewLogsAre()
    {
        $this->assertSame([
            'trigger' => 'log',
            'project' => 'my-log-project',
            'logstore' => 'my-logstore',
            'endpoint' => 'http://cn-hangzhou-intranet.log.aliyuncs.com',
            'shardId' => 0,
            'cursors' => ['begin' => 'MTUyOTQ4MDIwOTY1NTk3ODQ2Mw==', 'end' => 'MTUyOTQ4MDIwOTY1NTk3ODQ2NA=='],
            'jobName' => '1f7043ced683de1a4e3d8d70b5a412843d81****',
            'taskId' => 'c2691505-38da-4d1b-998a-f1d4bb8c****',
            'cursorTime' => '2026-11-20T08:00:00.000Z', // 1795161600 s after the epoch
            'parameter' => [],
        ], $this->invokeJson($this->sampleEvent('log.json')));
    }

    public function testCursorTimeBeforeTheEpochAndUnusable()
    {
        $job = $this->sampleEventData('log.json');
        $job['cursorTime'] = -1.5; // JavaScript's Date drops the half millisecond towards zero
        $this->assertSame('1969-12-31T23:59:58.500Z', $this->invokeJson(json_encode($job))['cursorTime']);
        $job['cursorTime'] = '1795161600';
        $this->assertNull($this->invokeJson(json_encode($job))['cursorTime']);
    }
}
