<?php
/**
 * The CloudEvents of one push from a queue or stream that FC reads through EventBridge.
 *
 * A push is a JSON array of CloudEvents (a batch), one CloudEvent, or an array of their JSON texts, as
 * older Kafka pushes sent them (aliyun/fc-runtime-go-sdk, events/README_KAFKA_EVENTBRIDGE.md). This
 * file comes with the message-source triggers, which require it (`add` brings it into an older project
 * too), so their helpers live here rather than in json.php.
 */

namespace App\Support;

/** The CloudEvents of a push (its decoded JSON) as a list, or null when any element is not a CloudEvent. */
function pushed_events($push)
{
    $items = is_array($push) ? $push : [$push];
    if (!$items) {
        return null;
    }
    $events = [];
    foreach ($items as $item) {
        $event = is_string($item) ? parse_json($item) : $item;
        if (!is_cloud_event($event)) {
            return null;
        }
        $events[] = $event;
    }
    return $events;
}

/** The pushed events when every one is of $type (each message source has its own: alikafka:Topic:Message), or null. */
function pushed_events_of_type($push, string $type)
{
    $events = pushed_events($push);
    if ($events === null) {
        return null;
    }
    foreach ($events as $event) {
        if (field($event, 'type') !== $type) {
            return null;
        }
    }
    return $events;
}

/** True for a JSON object with a specversion, as every CloudEvent has. */
function is_cloud_event($item): bool
{
    return is_string(field($item, 'specversion'));
}

/** The event's data when it is a JSON object, else an empty one. */
function data_of($cloudEvent): \stdClass
{
    return object_or_empty(field($cloudEvent, 'data'));
}

/** The text after the last $marker in the event's subject (acs:mns:…:queues/orders → orders), or null. */
function subject_tail($cloudEvent, string $marker)
{
    $subject = field($cloudEvent, 'subject');
    $at = is_string($subject) ? strrpos($subject, $marker) : false;
    return $at === false ? null : substr($subject, $at + strlen($marker));
}

/** $value when it is text, else null. */
function text_or_null($value)
{
    return is_string($value) ? $value : null;
}

/** $value when it is a number, else null. */
function number_or_null($value)
{
    return is_int($value) || is_float($value) ? $value : null;
}

/** $value when it is a JSON object, else an empty one (which is written as {}, not []). */
function object_or_empty($value): \stdClass
{
    return $value instanceof \stdClass ? $value : new \stdClass();
}
