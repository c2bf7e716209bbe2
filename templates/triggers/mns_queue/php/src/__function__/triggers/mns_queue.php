<?php
/** MNS queue trigger: messages sent to a queue, pushed in batches as CloudEvents through EventBridge. */

namespace App\Triggers\mns_queue;

require_once __DIR__ . '/../support/cloud_events.php';

use function App\Support\data_of;
use function App\Support\field;
use function App\Support\json_or_text;
use function App\Support\parse_json;
use function App\Support\pushed_events_of_type;
use function App\Support\subject_tail;
use function App\Support\text_or_null;

/** The pushed messages, CloudEvents of type mns:Queue:SendMessage, as a list, or null. */
function decode(string $event)
{
    return pushed_events_of_type(parse_json($event), 'mns:Queue:SendMessage');
}

/** Each message, its body parsed when it is JSON. */
function handle(array $cloudEvents, $context): array
{
    return ['trigger' => 'mns_queue', 'messages' => array_map(__NAMESPACE__ . '\\message', $cloudEvents)];
}

function message(\stdClass $cloudEvent): array
{
    $data = data_of($cloudEvent);
    return [
        'queue' => subject_tail($cloudEvent, 'queues/'),
        'messageId' => text_or_null(field($data, 'messageId')),
        'publishedAt' => field($cloudEvent, 'aliyunpublishtime') ?? field($cloudEvent, 'time'),
        'body' => json_or_text(text_or_null(field($data, 'messageBody'))),
    ];
}
