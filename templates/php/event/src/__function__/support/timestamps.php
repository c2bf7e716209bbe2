<?php
/** Epoch numbers as ISO-8601 UTC text in JavaScript's toISOString() form: 2026-11-20T08:00:00.000Z. */

namespace App\Support;

// The years 0001 to 9999, the range ISO text with a four-digit year can show.
const FIRST_MILLIS = -62135596800000;
const LAST_MILLIS = 253402300799999;

/** ISO text for milliseconds since the epoch, or null when it is not a usable number. */
function iso_from_millis($millis)
{
    if (!is_int($millis) && !is_float($millis)) {
        return null; // booleans, text and null are not times
    }
    if (is_nan($millis) || $millis < FIRST_MILLIS || $millis > LAST_MILLIS) {
        return null;
    }
    $millis = (int) $millis; // like a JavaScript Date, drop sub-milliseconds
    $seconds = intdiv($millis, 1000);
    $rest = $millis % 1000;
    if ($rest < 0) { // intdiv rounds towards zero; a time before 1970 needs the second before
        $seconds -= 1;
        $rest += 1000;
    }
    return sprintf('%04d-%s.%03dZ', (int) gmdate('Y', $seconds), gmdate('m-d\TH:i:s', $seconds), $rest);
}

/** ISO text for seconds since the epoch, or null when it is not a usable number. */
function iso_from_seconds($seconds)
{
    if (!is_int($seconds) && !is_float($seconds)) {
        return null;
    }
    return iso_from_millis($seconds * 1000);
}
