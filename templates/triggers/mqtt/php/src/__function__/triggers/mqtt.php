<?php
/**
 * MQTT trigger: messages published to a topic of an MQTT instance, pushed in batches.
 *
 * FC's event page shows each message as {props: {firstTopic, secondTopic, clientId}, body}, and no
 * document names the CloudEvent type that may wrap it, so a message is recognised by its shape, bare
 * or as a CloudEvent's data.
 */

namespace App\Triggers\mqtt;

require_once __DIR__ . '/../support/cloud_events.php';

use function App\Support\field;
use function App\Support\is_cloud_event;
use function App\Support\json_or_text;
use function App\Support\parse_json;
use function App\Support\text_or_null;

/** The pushed messages ({props, body}) as a list, or null. */
function decode(string $event)
{
    $push = parse_json($event);
    $items = is_array($push) ? $push : [$push];
    if (!$items) {
        return null;
    }
    $messages = [];
    foreach ($items as $item) {
        $message = is_cloud_event($item) ? field($item, 'data') : $item;
        if (!is_message($message)) {
            return null;
        }
        $messages[] = $message;
    }
    return $messages;
}

/** Each message with its full topic (parent and sub-topic) and sender, its body parsed when it is JSON. */
function handle(array $messages, $context): array
{
    return ['trigger' => 'mqtt', 'messages' => array_map(__NAMESPACE__ . '\\message', $messages)];
}

function is_message($item): bool
{
    return is_string(field(field($item, 'props'), 'firstTopic')) && property_exists($item, 'body');
}

function message(\stdClass $message): array
{
    return [
        'topic' => $message->props->firstTopic . text_or_null(field($message->props, 'secondTopic')),
        'clientId' => text_or_null(field($message->props, 'clientId')),
        'body' => json_or_text($message->body),
    ];
}
