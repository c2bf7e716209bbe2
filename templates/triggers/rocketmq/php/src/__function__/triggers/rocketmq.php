<?php
/** RocketMQ trigger: messages of a topic, pushed in batches as CloudEvents through EventBridge. */

namespace App\Triggers\rocketmq;

require_once __DIR__ . '/../support/cloud_events.php';

use function App\Support\data_of;
use function App\Support\field;
use function App\Support\json_or_text;
use function App\Support\object_or_empty;
use function App\Support\parse_json;
use function App\Support\pushed_events_of_type;
use function App\Support\text_or_null;

/** The pushed messages, CloudEvents of type mq:Topic:SendMessage, as a list, or null. */
function decode(string $event)
{
    return pushed_events_of_type(parse_json($event), 'mq:Topic:SendMessage');
}

/** Each message with its tags, keys and user properties, its body parsed when it is JSON. */
function handle(array $cloudEvents, $context): array
{
    return ['trigger' => 'rocketmq', 'messages' => array_map(__NAMESPACE__ . '\\message', $cloudEvents)];
}

function message(\stdClass $cloudEvent): array
{
    $data = data_of($cloudEvent);
    $system = object_or_empty(field($data, 'systemProperties'));
    return [
        'topic' => text_or_null(field($data, 'topic')),
        'messageId' => text_or_null(field($system, 'UNIQ_KEY')), // the message id RocketMQ gives a message
        'tags' => text_or_null(field($system, 'TAGS')),
        'keys' => text_or_null(field($system, 'KEYS')),
        'properties' => object_or_empty(field($data, 'userProperties')),
        'body' => json_or_text(text_or_null(field($data, 'body'))),
    ];
}
