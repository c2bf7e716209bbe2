<?php
/** CDN event trigger: log files ready, cache refreshes and pushes, domains started or stopped. */

namespace App\Triggers\cdn_events;

use function App\Support\field;
use function App\Support\iso_from_seconds;
use function App\Support\parse_json;

/** The CDN notification ({events: [...]}, every event from cdn), or null. */
function decode(string $event)
{
    $notification = parse_json($event);
    $events = field($notification, 'events');
    if (!is_array($events) || !$events) {
        return null;
    }
    foreach ($events as $item) {
        if (field($item, 'eventSource') !== 'cdn') {
            return null;
        }
    }
    return $notification;
}

/** Each event's name, domain and time, with the details that matter for its kind. */
function handle($notification, $context): array
{
    return ['trigger' => 'cdn_events', 'events' => array_map(__NAMESPACE__ . '\\describe', $notification->events)];
}

function describe(\stdClass $event): array
{
    $name = field($event, 'eventName');
    $parameter = field($event, 'eventParameter');
    return [
        'name' => $name,
        'domain' => field($parameter, 'domain') ?: field(field($event, 'resource'), 'domain'),
        'time' => field($event, 'eventTime'),
        'detail' => detail($name, $parameter),
    ];
}

/** What matters for this kind of event, as a JSON object (`{}` for the kinds without details). */
function detail($name, $parameter)
{
    if ($name === 'LogFileCreated') {
        return [
            'logFileUrl' => field($parameter, 'filePath'),
            'sizeBytes' => field($parameter, 'fileSize'),
            'window' => [
                'start' => iso_from_seconds(field($parameter, 'startTime')),
                'end' => iso_from_seconds(field($parameter, 'endTime')),
            ],
        ];
    }
    if (is_string($name) && strpos($name, 'CachedObjects') === 0) {
        return [
            'paths' => field($parameter, 'objectPath') ?: [],
            'objectType' => field($parameter, 'objectType'),
            'taskId' => field($parameter, 'taskId'),
        ];
    }
    if ($name === 'CdnDomainStarted' || $name === 'CdnDomainStopped') {
        return ['status' => field($parameter, 'status')];
    }
    return new \stdClass();
}
