<?php

/** The FC 3.0 HTTP trigger through the function's real handler, on events/http.json and requests built from it. */
class HttpTriggerTest extends FunctionTestCase
{
    /** The body of events/http.json. */
    const SENT = ['orderId' => 'o-20261120-0042', 'items' => ['book', 'pen']];

    /** events/http.json as text, with the request line, query and body replaced where given. */
    private function request(array $changes = []): string
    {
        $event = json_decode($this->sampleEvent('http.json'));
        if (array_key_exists('method', $changes)) {
            $event->requestContext->http->method = $changes['method'];
        }
        if (array_key_exists('path', $changes)) {
            $event->requestContext->http->path = $changes['path'];
            $event->rawPath = $changes['path'];
        }
        if (array_key_exists('query', $changes)) {
            $event->queryParameters = (object) $changes['query'];
        }
        if (array_key_exists('body', $changes)) {
            $base64 = !empty($changes['base64']);
            $event->body = $base64 ? base64_encode($changes['body']) : $changes['body'];
            $event->isBase64Encoded = $base64;
        }
        return json_encode($event);
    }

    /** Runs the real handler; returns its response with the body parsed. */
    private function respond(string $event): array
    {
        $response = $this->invokeJson($event);
        $this->assertSame(['statusCode', 'headers', 'isBase64Encoded', 'body'], array_keys($response));
        $this->assertSame(['Content-Type' => 'application/json'], $response['headers']);
        $this->assertFalse($response['isBase64Encoded']);
        $this->assertIsString($response['body']);
        $response['body'] = json_decode($response['body'], true);
        return $response;
    }

    public function testPostEchoReturnsTheSampleBody()
    {
        $response = $this->respond($this->sampleEvent('http.json'));
        $this->assertSame(200, $response['statusCode']);
        $this->assertSame(['received' => self::SENT], $response['body']);
    }

    public function testPostEchoDecodesABase64Body()
    {
        $sent = ['note' => "caf\u{00e9}", 'count' => 3, 'nested' => ['ok' => true]];
        $response = $this->respond($this->request(['body' => json_encode($sent), 'base64' => true]));
        $this->assertSame(200, $response['statusCode']);
        $this->assertSame(['received' => $sent], $response['body']);
    }

    public function testPostEchoRejectsABodyThatIsNotJson()
    {
        $events = [
            $this->request(['body' => '{"orderId": ']),
            $this->request(['body' => '']),
            $this->request(['body' => 'NaN']),
            $this->request(['body' => "\xff\xfe", 'base64' => true]), // not UTF-8
            $this->request(['body' => '{"orderId": ', 'base64' => true]),
        ];
        $notBase64 = json_decode($this->sampleEvent('http.json'));
        $notBase64->isBase64Encoded = true; // the JSON text of the sample is not base64
        $events[] = json_encode($notBase64);
        foreach ($events as $event) {
            $response = $this->respond($event);
            $this->assertSame(400, $response['statusCode'], $event);
            $this->assertSame(['error' => 'The request body is not valid JSON'], $response['body']);
        }
    }

    public function testGetRootGreetsTheNameInTheQuery()
    {
        $response = $this->respond($this->request(['method' => 'GET', 'path' => '/', 'query' => ['name' => 'FC', 'lang' => 'en']]));
        $this->assertSame(200, $response['statusCode']);
        $this->assertSame([
            'message' => 'Hello, FC!',
            'method' => 'GET',
            'path' => '/',
            'query' => ['name' => 'FC', 'lang' => 'en'],
        ], $response['body']);
    }

    public function testGetRootGreetsTheWorldByDefault()
    {
        foreach ([[], ['name' => '']] as $query) {
            $response = $this->respond($this->request(['method' => 'GET', 'path' => '/', 'query' => $query]));
            $this->assertSame(200, $response['statusCode']);
            $this->assertSame('Hello, world!', $response['body']['message']);
            $this->assertSame($query, $response['body']['query']);
        }
        $withoutQuery = json_decode($this->request(['method' => 'GET', 'path' => '/']));
        unset($withoutQuery->queryParameters);
        $text = $this->invokeJson(json_encode($withoutQuery))['body'];
        $this->assertStringContainsString('"query":{}', $text, 'an empty query is a JSON object');
    }

    public function testUnknownRouteIs404()
    {
        foreach ([['GET', '/missing'], ['POST', '/'], ['GET', '/echo'], ['PUT', '/echo']] as $route) {
            $response = $this->respond($this->request(['method' => $route[0], 'path' => $route[1]]));
            $this->assertSame(404, $response['statusCode'], implode(' ', $route));
            $this->assertSame(['error' => 'Not found', 'path' => $route[1]], $response['body']);
        }
    }

    public function testPathFallsBackToRawPath()
    {
        $event = json_decode($this->sampleEvent('http.json'));
        unset($event->requestContext->http->path);
        $response = $this->respond(json_encode($event));
        $this->assertSame(200, $response['statusCode']);
        $this->assertSame(['received' => self::SENT], $response['body']);
        $event->rawPath = '/elsewhere';
        $response = $this->respond(json_encode($event));
        $this->assertSame(['error' => 'Not found', 'path' => '/elsewhere'], $response['body']);
    }

    public function testOnlyHttpEventsAreClaimed()
    {
        // One FC 3.0 function can have http and other triggers; neither side may take the other's events.
        $this->loadFunction();
        $sample = $this->sampleEvent('http.json');
        foreach (glob(self::projectRoot() . '/events/*') as $other) {
            if (basename($other) !== 'http.json') {
                $this->assertNull(App\Triggers\http\decode(file_get_contents($other)), basename($other));
            }
        }
        foreach (App\Triggers\TRIGGER_IDS as $triggerId) {
            if ($triggerId !== 'http' && $triggerId !== 'none') { // `none` takes anything, which is why it comes last
                $this->assertNull(call_user_func('App\\Triggers\\' . $triggerId . '\\decode', $sample), $triggerId);
            }
        }
        $nearMiss = json_decode($sample);
        $nearMiss->version = 'v2';
        $this->assertNull(App\Triggers\http\decode(json_encode($nearMiss)));
        $nearMiss->version = 'v1';
        $nearMiss->requestContext->http = 'POST /echo';
        $this->assertNull(App\Triggers\http\decode(json_encode($nearMiss)));
    }
}
