<?php
/** The routes of the HTTP function, kept out of the global namespace that index.php's handler() must live in. */

namespace App\Http;

use Psr\Http\Message\ServerRequestInterface;
use RingCentral\Psr7\Response;

/** The response to one request. */
function route(ServerRequestInterface $request): Response
{
    $method = $request->getMethod();
    $path = request_path($request);
    if ($method === 'GET' && $path === '/') {
        $query = $request->getQueryParams();
        return respond(200, [
            'message' => 'Hello, ' . greeted_name($query) . '!',
            'method' => $method,
            'path' => $path,
            'query' => (object) $query, // a JSON object even when empty
        ]);
    }
    if ($method === 'POST' && $path === '/echo') {
        $received = json_decode($request->getBody()->getContents());
        if (json_last_error() !== JSON_ERROR_NONE) {
            return respond(400, ['error' => 'The request body is not valid JSON']);
        }
        return respond(200, ['received' => $received]);
    }
    return respond(404, ['error' => 'Not found', 'path' => $path]);
}

/** The path FC matched (its `path` attribute), else the URI's. */
function request_path(ServerRequestInterface $request): string
{
    $path = $request->getAttribute('path');
    if (!is_string($path) || $path === '') {
        $path = $request->getUri()->getPath();
    }
    return $path === '' ? '/' : $path;
}

/** A repeated ?name= is ambiguous, so only a single non-empty value counts. */
function greeted_name(array $query): string
{
    $name = isset($query['name']) ? $query['name'] : null;
    return is_string($name) && $name !== '' ? $name : 'world';
}

function respond(int $status, array $payload): Response
{
    $body = json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
    return new Response($status, ['Content-Type' => 'application/json'], $body);
}
