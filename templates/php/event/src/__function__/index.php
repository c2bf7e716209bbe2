<?php
/**
 * Event function: FC calls handler($event, $context) with the raw event as a string.
 *
 * Each trigger of this function has a file in triggers/ with two functions in the namespace
 * App\Triggers\<trigger id>: decode($event) returns the trigger's payload, or null when the event is
 * not one of its own, and handle($payload, $context) does the work and returns the result array.
 * The FC 3.0 `http` trigger's result is the HTTP response itself ({statusCode, headers,
 * isBase64Encoded, body}), which FC sends back to the client.
 */

require_once __DIR__ . '/triggers/dispatch.php';

/** Hands the event to the first trigger that recognises it and returns its result as JSON text. */
function handler($event, $context)
{
    return App\Support\to_json(App\Triggers\dispatch((string) $event, $context));
}
