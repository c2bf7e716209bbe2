<?php
/**
 * Log Service (SLS) trigger: a job run that says which shard and cursor range hold new logs.
 *
 * The logs themselves are not in the event; read them from the logstore between the two cursors.
 */

namespace App\Triggers\log;

use function App\Support\field;
use function App\Support\iso_from_seconds;
use function App\Support\parse_json;

/** The SLS job event ({source: {logstoreName, ...}, jobName, taskId, cursorTime, parameter}), or null. */
function decode(string $event)
{
    $job = parse_json($event);
    if (is_string(field(field($job, 'source'), 'logstoreName')) && is_string(field($job, 'jobName'))) {
        return $job;
    }
    return null;
}

/** Where the new logs are, and the parameters configured on the trigger. */
function handle($job, $context): array
{
    $source = $job->source;
    return [
        'trigger' => 'log',
        'project' => field($source, 'projectName'),
        'logstore' => $source->logstoreName,
        'endpoint' => field($source, 'endpoint'),
        'shardId' => field($source, 'shardId'),
        'cursors' => ['begin' => field($source, 'beginCursor'), 'end' => field($source, 'endCursor')],
        'jobName' => $job->jobName,
        'taskId' => field($job, 'taskId'),
        'cursorTime' => iso_from_seconds(field($job, 'cursorTime')),
        'parameter' => field($job, 'parameter'),
    ];
}
