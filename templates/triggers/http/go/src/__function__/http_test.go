package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// The body of events/http.json.
const sentOrder = `{"orderId": "o-20261120-0042", "items": ["book", "pen"]}`

// httpRequest is events/http.json with the request line, query and body replaced where given ("" and nil: keep).
func httpRequest(t *testing.T, method, path string, query map[string]string, body []byte, base64Body bool) []byte {
	t.Helper()
	event := sampleObject(t, "http.json")
	line := object(t, object(t, event["requestContext"])["http"])
	if method != "" {
		line["method"] = method
	}
	if path != "" {
		line["path"] = path
		event["rawPath"] = path
	}
	if query != nil {
		event["queryParameters"] = query
	}
	if body != nil {
		event["body"] = string(body)
		if base64Body {
			event["body"] = base64.StdEncoding.EncodeToString(body)
		}
		event["isBase64Encoded"] = base64Body
	}
	return encode(t, event)
}

type httpResponse struct {
	StatusCode int
	Body       map[string]interface{}
}

// respond runs the real handler; returns its response with the body parsed.
func respond(t *testing.T, event []byte) httpResponse {
	t.Helper()
	result := invoke(t, event)
	if len(result) != 4 || result["statusCode"] == nil || result["isBase64Encoded"] != false {
		t.Fatalf("not an HTTP trigger response: %v", result)
	}
	if headers := result["headers"]; !reflect.DeepEqual(headers, map[string]interface{}{"Content-Type": "application/json"}) {
		t.Errorf("headers: %v", headers)
	}
	text, isText := result["body"].(string)
	var body map[string]interface{}
	if !isText || json.Unmarshal([]byte(text), &body) != nil {
		t.Fatalf("the body is not JSON text: %v", result["body"])
	}
	return httpResponse{StatusCode: int(result["statusCode"].(float64)), Body: body}
}

func TestHTTPPostEchoReturnsTheSampleBody(t *testing.T) {
	response := respond(t, sampleEvent(t, "http.json"))
	if response.StatusCode != 200 {
		t.Errorf("status %d", response.StatusCode)
	}
	assertJSON(t, response.Body, `{"received": `+sentOrder+`}`)
}

func TestHTTPPostEchoDecodesABase64Body(t *testing.T) {
	sent := `{"note": "caf\u00e9", "count": 3, "nested": {"ok": true}}`
	response := respond(t, httpRequest(t, "", "", nil, []byte(sent), true))
	if response.StatusCode != 200 {
		t.Errorf("status %d", response.StatusCode)
	}
	assertJSON(t, response.Body, `{"received": `+sent+`}`)
}

func TestHTTPPostEchoRejectsABodyThatIsNotJSON(t *testing.T) {
	requests := [][]byte{
		httpRequest(t, "", "", nil, []byte(`{"orderId": `), false),
		httpRequest(t, "", "", nil, []byte{}, false),
		httpRequest(t, "", "", nil, []byte("NaN"), false),
		httpRequest(t, "", "", nil, []byte{0xff, 0xfe}, true), // not UTF-8
		httpRequest(t, "", "", nil, []byte(`{"orderId": `), true),
	}
	notBase64 := sampleObject(t, "http.json")
	notBase64["isBase64Encoded"] = true // the JSON text of the sample is not base64
	requests = append(requests, encode(t, notBase64))
	for _, request := range requests {
		response := respond(t, request)
		if response.StatusCode != 400 {
			t.Errorf("status %d for %s", response.StatusCode, request)
		}
		assertJSON(t, response.Body, `{"error": "The request body is not valid JSON"}`)
	}
}

func TestHTTPGetRootGreetsTheNameInTheQuery(t *testing.T) {
	response := respond(t, httpRequest(t, "GET", "/", map[string]string{"name": "FC", "lang": "en"}, nil, false))
	if response.StatusCode != 200 {
		t.Errorf("status %d", response.StatusCode)
	}
	assertJSON(t, response.Body, `{"message": "Hello, FC!", "method": "GET", "path": "/", "query": {"name": "FC", "lang": "en"}}`)
}

func TestHTTPGetRootGreetsTheWorldByDefault(t *testing.T) {
	for _, query := range []map[string]string{{}, {"name": ""}} {
		response := respond(t, httpRequest(t, "GET", "/", query, nil, false))
		if response.StatusCode != 200 || response.Body["message"] != "Hello, world!" {
			t.Errorf("query %v: %d %v", query, response.StatusCode, response.Body)
		}
		assertJSON(t, response.Body["query"], string(encode(t, query)))
	}
	withoutQuery := sampleObject(t, "http.json")
	delete(withoutQuery, "queryParameters")
	line := object(t, object(t, withoutQuery["requestContext"])["http"])
	line["method"], line["path"], withoutQuery["rawPath"] = "GET", "/", "/"
	assertJSON(t, respond(t, encode(t, withoutQuery)).Body["query"], `{}`)
}

func TestHTTPUnknownRouteIs404(t *testing.T) {
	for _, route := range [][2]string{{"GET", "/missing"}, {"POST", "/"}, {"GET", "/echo"}, {"PUT", "/echo"}} {
		response := respond(t, httpRequest(t, route[0], route[1], nil, nil, false))
		if response.StatusCode != 404 {
			t.Errorf("%v: status %d", route, response.StatusCode)
		}
		assertJSON(t, response.Body, string(encode(t, map[string]string{"error": "Not found", "path": route[1]})))
	}
}

func TestHTTPPathFallsBackToRawPath(t *testing.T) {
	event := sampleObject(t, "http.json")
	delete(object(t, object(t, event["requestContext"])["http"]), "path")
	response := respond(t, encode(t, event))
	if response.StatusCode != 200 {
		t.Errorf("status %d", response.StatusCode)
	}
	assertJSON(t, response.Body, `{"received": `+sentOrder+`}`)
	event["rawPath"] = "/elsewhere"
	assertJSON(t, respond(t, encode(t, event)).Body, `{"error": "Not found", "path": "/elsewhere"}`)
}

func TestHTTPOnlyHTTPEventsAreClaimed(t *testing.T) {
	// One FC 3.0 function can have http and other triggers; neither side may take the other's events.
	others, err := filepath.Glob(filepath.Join("..", "..", "events", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, other := range others {
		if filepath.Base(other) == "http.json" {
			continue
		}
		data, err := os.ReadFile(other)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := decodeHTTPRequest(data); ok {
			t.Errorf("the http trigger claims %s", filepath.Base(other))
		}
	}
	sample := sampleEvent(t, "http.json")
	for _, candidate := range triggers {
		if candidate.id == "http" || candidate.id == "none" { // `none` takes anything, which is why it comes last
			continue
		}
		if _, recognised, _ := candidate.handle(testContext(t), sample); recognised {
			t.Errorf("the %s trigger claims the HTTP event", candidate.id)
		}
	}
	nearMiss := sampleObject(t, "http.json")
	nearMiss["version"] = "v2"
	if _, ok := decodeHTTPRequest(encode(t, nearMiss)); ok {
		t.Error("version v2 is not an FC 3.0 HTTP event")
	}
	nearMiss["version"] = "v1"
	object(t, nearMiss["requestContext"])["http"] = "POST /echo"
	if _, ok := decodeHTTPRequest(encode(t, nearMiss)); ok {
		t.Error("requestContext.http must be an object")
	}
}
