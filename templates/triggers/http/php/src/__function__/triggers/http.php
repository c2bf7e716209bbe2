<?php
/**
 * HTTP trigger (FC 3.0): FC calls the event handler with the request as a JSON event and sends back the
 * {statusCode, headers, isBase64Encoded, body} the handler returns.
 *
 * Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the
 * JSON body it was sent, anything else is 404. Every response is JSON.
 */

namespace App\Triggers\http;

use function App\Support\field;
use function App\Support\parse_json;
use function App\Support\to_json;

/** The HTTP event ({version: "v1", rawPath, headers, queryParameters, body, requestContext.http, ...}), or null. */
function decode(string $event)
{
    $request = parse_json($event);
    if (field($request, 'version') === 'v1' && field(field($request, 'requestContext'), 'http') instanceof \stdClass) {
        return $request;
    }
    return null;
}

/** Routes one request; returns the response for FC to send. */
function handle(\stdClass $request, $context): array
{
    $http = $request->requestContext->http;
    $method = field($http, 'method');
    $path = path(field($http, 'path')) ?: path(field($request, 'rawPath')) ?: '/';
    if ($method === 'GET' && $path === '/') {
        $query = field($request, 'queryParameters');
        $query = $query instanceof \stdClass ? $query : new \stdClass(); // a JSON object even when empty
        return respond(200, [
            'message' => 'Hello, ' . greeted_name($query) . '!',
            'method' => $method,
            'path' => $path,
            'query' => $query,
        ]);
    }
    if ($method === 'POST' && $path === '/echo') {
        $notJson = new \stdClass();
        $received = parse_json(body($request), $notJson);
        if ($received === $notJson) {
            return respond(400, ['error' => 'The request body is not valid JSON']);
        }
        return respond(200, ['received' => $received]);
    }
    return respond(404, ['error' => 'Not found', 'path' => $path]);
}

function path($value)
{
    return is_string($value) && $value !== '' ? $value : null;
}

/** FC joins a repeated ?name= into one comma-separated string; only a non-empty string counts. */
function greeted_name(\stdClass $query): string
{
    $name = field($query, 'name');
    return is_string($name) && $name !== '' ? $name : 'world';
}

/** The request body: text, bytes once base64-decoded, or null when it cannot be read. */
function body(\stdClass $request)
{
    $body = field($request, 'body');
    if ($body === null) {
        return '';
    }
    if (!is_string($body)) {
        return null;
    }
    if (!field($request, 'isBase64Encoded')) {
        return $body;
    }
    $decoded = base64_decode($body, true);
    return $decoded === false ? null : $decoded;
}

function respond(int $status, array $payload): array
{
    return [
        'statusCode' => $status,
        'headers' => ['Content-Type' => 'application/json'],
        'isBase64Encoded' => false,
        'body' => to_json($payload),
    ];
}
