package main

import (
	"encoding/json"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/aliyun/fc-runtime-go-sdk/fc"
)

// call runs the real handler the way FC 2.0's Go runtime does, through the SDK; returns the status and the parsed JSON body.
func call(t *testing.T, method, target, body string) (int, map[string]interface{}) {
	t.Helper()
	recorder := httptest.NewRecorder()
	request := httptest.NewRequest(method, target, strings.NewReader(body))
	if err := fc.NewHttpHandler(HandleHTTPRequest).Invoke(testContext(t), recorder, request); err != nil {
		t.Fatalf("the handler failed: %v", err)
	}
	if contentType := recorder.Header().Get("Content-Type"); contentType != "application/json" {
		t.Errorf("Content-Type: %q", contentType)
	}
	var parsed map[string]interface{}
	if err := json.Unmarshal(recorder.Body.Bytes(), &parsed); err != nil {
		t.Fatalf("the body is not a JSON object: %s", recorder.Body)
	}
	return recorder.Code, parsed
}

// assertBody checks that body is the same JSON value as the text want.
func assertBody(t *testing.T, body map[string]interface{}, want string) {
	t.Helper()
	var wanted map[string]interface{}
	if err := json.Unmarshal([]byte(want), &wanted); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(body, wanted) {
		t.Errorf("got  %v\nwant %v", body, wanted)
	}
}

func TestGetRootGreetsTheNameInTheQuery(t *testing.T) {
	status, body := call(t, "GET", "/?name=FC&tag=a&tag=b", "")
	if status != 200 {
		t.Errorf("status %d", status)
	}
	assertBody(t, body, `{"message": "Hello, FC!", "method": "GET", "path": "/", "query": {"name": "FC", "tag": ["a", "b"]}}`)
}

func TestGetRootGreetsTheWorldByDefault(t *testing.T) {
	for _, target := range []string{"/", "/?name=", "/?name=a&name=b"} {
		status, body := call(t, "GET", target, "")
		if status != 200 || body["message"] != "Hello, world!" {
			t.Errorf("%s: %d %v", target, status, body)
		}
	}
	_, body := call(t, "GET", "/", "")
	assertBody(t, body, `{"message": "Hello, world!", "method": "GET", "path": "/", "query": {}}`)
}

func TestPostEchoReturnsTheJSONBody(t *testing.T) {
	sent := `{"orderId": "o-42", "items": [1, 2, 3], "note": "caf\u00e9", "big": 12345678901234567890}`
	status, body := call(t, "POST", "/echo", sent)
	if status != 200 {
		t.Errorf("status %d", status)
	}
	assertBody(t, body, `{"received": `+sent+`}`)
}

func TestPostEchoRejectsABodyThatIsNotJSON(t *testing.T) {
	for _, bad := range []string{`{"orderId": `, ``, "\xff\xfe", `{} {}`} {
		status, body := call(t, "POST", "/echo", bad)
		if status != 400 {
			t.Errorf("%q: status %d", bad, status)
		}
		assertBody(t, body, `{"error": "The request body is not valid JSON"}`)
	}
}

func TestUnknownRouteIs404(t *testing.T) {
	for _, route := range [][2]string{{"GET", "/missing"}, {"POST", "/"}, {"GET", "/echo"}} {
		status, body := call(t, route[0], route[1], "")
		if status != 404 {
			t.Errorf("%v: status %d", route, status)
		}
		assertBody(t, body, `{"error": "Not found", "path": "`+route[1]+`"}`)
	}
}
