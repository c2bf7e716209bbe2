<?php
/** DTS trigger: row changes of a database that Data Transmission Service tracks, pushed in batches as CloudEvents. */

namespace App\Triggers\dts;

require_once __DIR__ . '/../support/cloud_events.php';

use function App\Support\data_of;
use function App\Support\field;
use function App\Support\iso_from_seconds;
use function App\Support\number_or_null;
use function App\Support\object_or_empty;
use function App\Support\parse_json;
use function App\Support\pushed_events_of_type;
use function App\Support\text_or_null;

/** The pushed change records, CloudEvents of type dts:ConsumeMessage, as a list, or null. */
function decode(string $event)
{
    return pushed_events_of_type(parse_json($event), 'dts:ConsumeMessage');
}

/** Each row change with the row before and after it, column by column. */
function handle(array $cloudEvents, $context): array
{
    return ['trigger' => 'dts', 'changes' => array_map(__NAMESPACE__ . '\\change', $cloudEvents)];
}

function change(\stdClass $cloudEvent): array
{
    $data = data_of($cloudEvent);
    $schema = object_or_empty(field($data, 'schema'));
    return [
        'operation' => text_or_null(field($data, 'operationType')),
        'database' => text_or_null(field($schema, 'databaseName')),
        'table' => text_or_null(field($schema, 'tableName')),
        'changedAt' => iso_from_seconds(field($data, 'sourceTimestamp')), // in seconds
        'before' => row(field($data, 'beforeImage')),
        'after' => row(field($data, 'afterImage')),
    ];
}

/** An image's columns by name, or null without an image: its values line up with its schema's fields by position. */
function row($image)
{
    $values = field($image, 'values');
    if (!is_array($values)) {
        return null;
    }
    $fields = field(field($image, 'recordSchema'), 'recordFields');
    $columns = [];
    foreach (is_array($fields) ? $fields : [] as $index => $field) {
        $name = field($field, 'fieldName');
        if (!is_string($name)) {
            continue;
        }
        $position = number_or_null(field($field, 'fieldPosition'));
        $columns[$name] = column_value(value_at($values, $position === null ? $index : $position));
    }
    // An array cast to an object: a stdClass property cannot be set by an empty name, and {} stays an object.
    return (object) $columns;
}

/** The value at a whole position inside the list, else null. */
function value_at(array $values, $position)
{
    if (is_float($position) && floor($position) === $position && abs($position) <= PHP_INT_MAX) {
        $position = (int) $position; // a JSON number such as 1.0
    }
    return is_int($position) && $position >= 0 && $position < count($values) ? $values[$position] : null;
}

/**
 * One column's value: numbers come as {data: 115}; text comes as a serialised Java ByteBuffer,
 * {data: {hb: [bytes…]}, charset}, whose bytes are the text in that character set (UTF-8 here;
 * another set's bytes are given as base64).
 */
function column_value($value)
{
    if (!($value instanceof \stdClass)) {
        return null;
    }
    $data = field($value, 'data');
    $hb = field($data, 'hb');
    if (!is_array($hb)) {
        return $data;
    }
    $bytes = '';
    foreach ($hb as $item) {
        $bytes .= chr(byte_of($item));
    }
    $charset = field($value, 'charset');
    $charset = is_string($charset) ? strtolower($charset) : 'utf8';
    // Invalid UTF-8 is written out with U+FFFD in its place (App\Support\to_json).
    return strpos($charset, 'utf8') === 0 || $charset === 'utf-8' ? $bytes : base64_encode($bytes);
}

/** The unsigned byte of a Java byte (signed, -128..127): a number's low 8 bits; true is 1, anything else 0. */
function byte_of($item): int
{
    if (is_int($item)) {
        return $item & 0xff;
    }
    if (is_float($item) && is_finite($item)) {
        return ((int) fmod($item, 256)) & 0xff;
    }
    return $item === true ? 1 : 0;
}
