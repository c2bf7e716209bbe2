<?php
/** EventBridge trigger: CloudEvents 1.0, one from an event bus rule or an array from a queue or stream source. */

namespace App\Triggers\eventbridge;

use function App\Support\field;
use function App\Support\parse_json;

/** The CloudEvents as a list, or null when the event is not CloudEvents. */
function decode(string $event)
{
    $payload = parse_json($event);
    $cloudEvents = is_array($payload) ? $payload : [$payload];
    if (!$cloudEvents) {
        return null;
    }
    foreach ($cloudEvents as $item) {
        if (!is_string(field($item, 'specversion'))) {
            return null;
        }
    }
    return $cloudEvents;
}

/** The envelope fields of each event, and its data. */
function handle(array $cloudEvents, $context): array
{
    $events = [];
    foreach ($cloudEvents as $item) {
        $events[] = [
            'id' => field($item, 'id'),
            'source' => field($item, 'source'),
            'type' => field($item, 'type'),
            'subject' => field($item, 'subject'),
            'time' => field($item, 'time'),
            'data' => field($item, 'data'),
        ];
    }
    return ['trigger' => 'eventbridge', 'events' => $events];
}
