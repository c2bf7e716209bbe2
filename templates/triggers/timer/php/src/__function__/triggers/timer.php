<?php
/** Timer trigger: fires on a cron schedule or at a fixed interval, with the payload set on the trigger. */

namespace App\Triggers\timer;

use function App\Support\field;
use function App\Support\json_or_text;
use function App\Support\parse_json;

/** The timer event ({triggerTime, triggerName, payload?}), or null. */
function decode(string $event)
{
    $tick = parse_json($event);
    if (is_string(field($tick, 'triggerTime')) && is_string(field($tick, 'triggerName'))) {
        return $tick;
    }
    return null;
}

/** When it fired, and the trigger's payload: parsed when it is JSON, else the text. */
function handle($tick, $context): array
{
    return [
        'trigger' => 'timer',
        'triggerName' => $tick->triggerName,
        'firedAt' => $tick->triggerTime,
        'payload' => json_or_text(field($tick, 'payload')),
    ];
}
