<?php
/** OSS trigger: object events of a bucket, e.g. uploads; summarises the objects and their total size. */

namespace App\Triggers\oss;

use function App\Support\field;
use function App\Support\parse_json;

/** The OSS notification ({events: [...]}, every event from acs:oss), or null. */
function decode(string $event)
{
    $notification = parse_json($event);
    $events = field($notification, 'events');
    if (!is_array($events) || !$events) {
        return null;
    }
    foreach ($events as $item) {
        if (field($item, 'eventSource') !== 'acs:oss' || !(field($item, 'oss') instanceof \stdClass)) {
            return null;
        }
    }
    return $notification;
}

/** One entry per object, plus the bytes they add up to. */
function handle($notification, $context): array
{
    $objects = array_map(__NAMESPACE__ . '\\describe', $notification->events);
    return [
        'trigger' => 'oss',
        'objects' => $objects,
        'totalBytes' => array_sum(array_column($objects, 'size')),
    ];
}

function describe(\stdClass $event): array
{
    $bucket = field($event->oss, 'bucket');
    $stored = field($event->oss, 'object');
    return [
        'bucket' => field($bucket, 'name'),
        'key' => field($stored, 'key'),
        'size' => field($stored, 'size') ?: 0, // removal events may carry no size
        'eventName' => field($event, 'eventName'),
        'eventTime' => field($event, 'eventTime'),
        'contentType' => field(field($stored, 'objectMeta'), 'mimeType'),
    ];
}
