<?php
/**
 * Tablestore trigger: rows written to a table with Stream enabled, one record per row change.
 *
 * The trigger sends the records as CBOR; the console's test events send the same records as JSON.
 */

namespace App\Triggers\tablestore;

require_once __DIR__ . '/cbor.php';

use App\Cbor\CborDecodeError;
use App\Cbor\CborDecoder;
use function App\Support\field;
use function App\Support\parse_json;

/** The stream records ({Version, Records: [...]}) from CBOR or JSON bytes, or null. */
function decode(string $event)
{
    // Integers past PHP_INT_MAX stay exact as text; json_safe() turns the others past 2**53 - 1 into text too.
    $stream = parse_json($event, null, JSON_BIGINT_AS_STRING);
    if ($stream === null) {
        try {
            $stream = CborDecoder::decode($event);
        } catch (CborDecodeError $error) {
            return null;
        }
    } else {
        $stream = json_safe($stream); // big integers as strings, exactly as the CBOR path gives them
    }
    if (is_string(field($stream, 'Version')) && is_array(field($stream, 'Records'))) {
        return $stream;
    }
    return null;
}

/** Each row change: its type, primary key, the columns it wrote and the columns it deleted. */
function handle(\stdClass $stream, $context): array
{
    return ['trigger' => 'tablestore', 'rows' => array_map(__NAMESPACE__ . '\\row', $stream->Records)];
}

function row($record): array
{
    $primaryKey = new \stdClass(); // a JSON object even when empty
    foreach (field($record, 'PrimaryKey') ?: [] as $key) {
        $primaryKey->{field($key, 'ColumnName')} = field($key, 'Value');
    }
    $columns = new \stdClass();
    $deletedColumns = [];
    foreach (field($record, 'Columns') ?: [] as $column) {
        if (field($column, 'Type') === 'Put') {
            $columns->{field($column, 'ColumnName')} = field($column, 'Value');
        } else { // DeleteOneVersion or DeleteAllVersions
            $deletedColumns[] = field($column, 'ColumnName');
        }
    }
    return [
        'type' => field($record, 'Type'),
        'primaryKey' => $primaryKey,
        'columns' => $columns,
        'deletedColumns' => $deletedColumns,
    ];
}

/** $value with integers beyond +/-(2**53 - 1) as decimal strings, recursively. */
function json_safe($value)
{
    if (is_int($value)) {
        return CborDecoder::jsonSafeInteger($value);
    }
    if (is_array($value)) {
        return array_map(__NAMESPACE__ . '\\json_safe', $value);
    }
    if ($value instanceof \stdClass) {
        $safe = new \stdClass();
        foreach (get_object_vars($value) as $name => $item) {
            $safe->$name = json_safe($item);
        }
        return $safe;
    }
    return $value;
}
