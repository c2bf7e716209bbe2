<?php
/** Reading an event as JSON the way JavaScript's JSON.parse would, and writing results as JSON text. */

namespace App\Support;

/**
 * The JSON value in $text, or $default when it is not JSON (or not UTF-8).
 *
 * Objects decode to stdClass, not arrays, so `{}` and `[]` stay apart when a value is sent back.
 */
function parse_json($text, $default = null, int $flags = 0)
{
    if (!is_string($text)) {
        return $default;
    }
    $value = json_decode($text, false, 512, $flags);
    return json_last_error() === JSON_ERROR_NONE ? $value : $default;
}

/** The JSON value when $value is JSON text, else $value unchanged (e.g. plain text, or null). */
function json_or_text($value)
{
    if (!is_string($value)) {
        return $value;
    }
    $notJson = new \stdClass();
    $parsed = parse_json($value, $notJson);
    return $parsed === $notJson ? $value : $parsed;
}

/** A field of a decoded JSON object, or $default when it is missing or the value is not an object. */
function field($object, string $name, $default = null)
{
    if ($object instanceof \stdClass && property_exists($object, $name)) {
        return $object->$name;
    }
    return $default;
}

/**
 * $value as JSON text; text that is not UTF-8 gets U+FFFD in place of the bad bytes.
 *
 * @throws \RuntimeException when $value cannot be written as JSON (infinity or NaN)
 */
function to_json($value): string
{
    $text = json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
    if ($text === false) {
        throw new \RuntimeException('The result cannot be written as JSON: ' . json_last_error_msg());
    }
    return $text;
}
