<?php
/** No trigger: the function is invoked through the FC API or an SDK (or the console), with any payload. */

namespace App\Triggers\none;

use function App\Support\field;
use function App\Support\json_or_text;

/** Always an invocation: ['payload' => the parsed JSON, the text when it is not JSON, or null when empty]. */
function decode(string $event): array
{
    // Wrapped in an array because null tells the handler "not mine", and an empty payload is still a call.
    return ['payload' => trim($event) === '' ? null : json_or_text($event)];
}

/** Greets the `name` in the payload, or the world. */
function handle(array $invocation, $context): array
{
    $payload = $invocation['payload'];
    $name = field($payload, 'name');
    return [
        'trigger' => 'none',
        'received' => $payload,
        'message' => 'Hello, ' . (is_string($name) && $name !== '' ? $name : 'world') . '!',
    ];
}
