<?php
/** Kafka trigger: records of a topic, pushed in batches as CloudEvents through EventBridge. */

namespace App\Triggers\kafka;

require_once __DIR__ . '/../support/cloud_events.php';

use function App\Support\data_of;
use function App\Support\field;
use function App\Support\iso_from_millis;
use function App\Support\json_or_text;
use function App\Support\number_or_null;
use function App\Support\parse_json;
use function App\Support\pushed_events_of_type;
use function App\Support\text_or_null;

/** The pushed records, CloudEvents of type alikafka:Topic:Message (objects or JSON texts), as a list, or null. */
function decode(string $event)
{
    return pushed_events_of_type(parse_json($event), 'alikafka:Topic:Message');
}

/** Each record with its place in the topic, its value parsed when it is JSON. */
function handle(array $cloudEvents, $context): array
{
    return ['trigger' => 'kafka', 'records' => array_map(__NAMESPACE__ . '\\record', $cloudEvents)];
}

function record(\stdClass $cloudEvent): array
{
    $data = data_of($cloudEvent);
    return [
        'topic' => text_or_null(field($data, 'topic')),
        'partition' => number_or_null(field($data, 'partition')),
        'offset' => number_or_null(field($data, 'offset')),
        'timestamp' => iso_from_millis(field($data, 'timestamp')), // in milliseconds
        'key' => text_or_null(field($data, 'key')),
        'value' => json_or_text(field($data, 'value')),
    ];
}
