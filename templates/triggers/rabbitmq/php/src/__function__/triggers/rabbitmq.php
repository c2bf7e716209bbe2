<?php
/** RabbitMQ trigger: messages of a queue, pushed in batches as CloudEvents through EventBridge. */

namespace App\Triggers\rabbitmq;

require_once __DIR__ . '/../support/cloud_events.php';

use function App\Support\data_of;
use function App\Support\field;
use function App\Support\json_or_text;
use function App\Support\number_or_null;
use function App\Support\object_or_empty;
use function App\Support\parse_json;
use function App\Support\pushed_events_of_type;
use function App\Support\subject_tail;
use function App\Support\text_or_null;

/** The pushed messages, CloudEvents of type amqp:Queue:SendMessage, as a list, or null. */
function decode(string $event)
{
    return pushed_events_of_type(parse_json($event), 'amqp:Queue:SendMessage');
}

/** Each message with its delivery details; a JSON body arrives parsed, a text body is parsed when it is JSON. */
function handle(array $cloudEvents, $context): array
{
    return ['trigger' => 'rabbitmq', 'messages' => array_map(__NAMESPACE__ . '\\message', $cloudEvents)];
}

function message(\stdClass $cloudEvent): array
{
    $data = data_of($cloudEvent);
    $envelope = object_or_empty(field($data, 'envelope'));
    $props = object_or_empty(field($data, 'props'));
    return [
        'queue' => subject_tail($cloudEvent, 'queues/'),
        'exchange' => text_or_null(field($envelope, 'exchange')),
        'routingKey' => text_or_null(field($envelope, 'routingKey')),
        'deliveryTag' => number_or_null(field($envelope, 'deliveryTag')),
        'redelivered' => field($envelope, 'redeliver') === true,
        'messageId' => text_or_null(field($props, 'messageId')),
        'body' => json_or_text(field($data, 'body')),
    ];
}
