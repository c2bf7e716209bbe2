<?php

use GuzzleHttp\Psr7\ServerRequest;

/**
 * The PSR-7 handler called the way FC 2.0 calls it: a server request with FC's `path` attribute.
 *
 * FC's PHP runtime wants a global handler() in every function's index.php, and a project's event
 * function defines one too, so these tests run in processes of their own.
 *
 * @runTestsInSeparateProcesses
 * @preserveGlobalState disabled
 */
class HttpFunctionTest extends FunctionTestCase
{
    /** Runs the real handler; returns [status code, headers, parsed JSON body]. */
    private function call(string $method, string $path, array $query = [], string $body = ''): array
    {
        $uri = 'http://localhost' . $path . ($query ? '?' . http_build_query($query) : '');
        $request = (new ServerRequest($method, $uri, ['Content-Type' => 'application/json'], $body))
            ->withQueryParams($query)
            ->withAttribute('path', $path)
            ->withAttribute('requestURI', $path);
        $response = $this->invoke($request);
        $this->assertInstanceOf(RingCentral\Psr7\Response::class, $response);
        $decoded = json_decode((string) $response->getBody(), true);
        $this->assertSame(JSON_ERROR_NONE, json_last_error(), 'the body is JSON');
        return [$response->getStatusCode(), $response->getHeaderLine('Content-Type'), $decoded];
    }

    public function testGetRootGreetsTheNameInTheQuery()
    {
        list($status, $contentType, $body) = $this->call('GET', '/', ['name' => 'FC', 'tag' => ['a', 'b']]);
        $this->assertSame(200, $status);
        $this->assertSame('application/json', $contentType);
        $this->assertSame([
            'message' => 'Hello, FC!',
            'method' => 'GET',
            'path' => '/',
            'query' => ['name' => 'FC', 'tag' => ['a', 'b']],
        ], $body);
    }

    public function testGetRootGreetsTheWorldByDefault()
    {
        foreach ([[], ['name' => ''], ['name' => ['a', 'b']]] as $query) {
            list($status, , $body) = $this->call('GET', '/', $query);
            $this->assertSame(200, $status);
            $this->assertSame('Hello, world!', $body['message']);
            $this->assertSame($query, $body['query']);
        }
    }

    public function testPostEchoReturnsTheJsonBody()
    {
        $sent = ['orderId' => 'o-42', 'items' => [1, 2, 3], 'note' => "caf\u{00e9}"];
        list($status, $contentType, $body) = $this->call('POST', '/echo', [], json_encode($sent));
        $this->assertSame(200, $status);
        $this->assertSame('application/json', $contentType);
        $this->assertSame(['received' => $sent], $body);
    }

    public function testPostEchoRejectsABodyThatIsNotJson()
    {
        foreach (['{"orderId": ', '', "\xff\xfe"] as $badBody) {
            list($status, $contentType, $body) = $this->call('POST', '/echo', [], $badBody);
            $this->assertSame(400, $status, bin2hex($badBody));
            $this->assertSame('application/json', $contentType);
            $this->assertSame(['error' => 'The request body is not valid JSON'], $body);
        }
    }

    public function testUnknownRouteIs404()
    {
        foreach ([['GET', '/missing'], ['POST', '/'], ['GET', '/echo']] as $route) {
            list($status, $contentType, $body) = $this->call($route[0], $route[1]);
            $this->assertSame(404, $status);
            $this->assertSame('application/json', $contentType);
            $this->assertSame(['error' => 'Not found', 'path' => $route[1]], $body);
        }
    }
}
