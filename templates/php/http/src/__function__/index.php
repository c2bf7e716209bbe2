<?php
/**
 * HTTP function (FC 2.0): FC calls handler($request, $context) with a PSR-7 request and sends the
 * RingCentral\Psr7\Response it returns (FC's PHP runtime provides that class).
 *
 * Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the
 * JSON body it was sent, anything else is 404. Every response is JSON.
 */

use RingCentral\Psr7\Response;

require_once __DIR__ . '/http.php';

/** Routes one request and answers with JSON. */
function handler($request, $context): Response
{
    return App\Http\route($request);
}
