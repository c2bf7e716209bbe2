<?php
/** MNS topic trigger: a message published to a topic, delivered in the JSON notify format. */

namespace App\Triggers\mns_topic;

use function App\Support\field;
use function App\Support\iso_from_millis;
use function App\Support\json_or_text;
use function App\Support\parse_json;

/** The topic notification ({TopicName, MessageId, Message, PublishTime, ...}), or null. */
function decode(string $event)
{
    $notification = parse_json($event);
    foreach (['TopicName', 'MessageId', 'Message'] as $name) {
        if (!is_string(field($notification, $name))) {
            return null;
        }
    }
    return $notification;
}

/** Which topic and message, when it was published, and the message: parsed when it is JSON, else the text. */
function handle($notification, $context): array
{
    return [
        'trigger' => 'mns_topic',
        'topic' => $notification->TopicName,
        'messageId' => $notification->MessageId,
        'publishedAt' => iso_from_millis(field($notification, 'PublishTime')),
        'message' => json_or_text($notification->Message),
    ];
}
