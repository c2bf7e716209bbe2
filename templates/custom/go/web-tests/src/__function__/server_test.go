package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// call makes a real HTTP request to the server and decodes its JSON answer.
func call(t *testing.T, server *httptest.Server, method, target, body string) (int, string, map[string]interface{}) {
	t.Helper()
	request, err := http.NewRequest(method, server.URL+target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		request.Header.Set("Content-Type", "application/json")
	}
	response, err := server.Client().Do(request)
	if err != nil {
		t.Fatal(err)
	}
	defer response.Body.Close()
	decoded := map[string]interface{}{}
	if err := json.NewDecoder(response.Body).Decode(&decoded); err != nil {
		t.Fatalf("the answer is not JSON: %v", err)
	}
	return response.StatusCode, response.Header.Get("Content-Type"), decoded
}

func serve(t *testing.T) *httptest.Server {
	t.Helper()
	// httptest listens on a free loopback port.
	server := httptest.NewServer(newHandler())
	t.Cleanup(server.Close)
	return server
}

func decodeJSON(t *testing.T, text string) map[string]interface{} {
	t.Helper()
	decoded := map[string]interface{}{}
	if err := json.Unmarshal([]byte(text), &decoded); err != nil {
		t.Fatal(err)
	}
	return decoded
}

func TestGreetsOnGetRoot(t *testing.T) {
	status, contentType, body := call(t, serve(t), http.MethodGet, "/", "")
	if status != http.StatusOK || !strings.HasPrefix(contentType, "application/json") {
		t.Fatalf("status %d, content type %q", status, contentType)
	}
	want := decodeJSON(t, `{"message":"Hello, world!","method":"GET","path":"/","query":{}}`)
	if !reflect.DeepEqual(body, want) {
		t.Fatalf("got %v, want %v", body, want)
	}
}

func TestGreetsTheNameInTheQuery(t *testing.T) {
	cases := map[string]string{
		"/?name=Ada":            `{"message":"Hello, Ada!","method":"GET","path":"/","query":{"name":"Ada"}}`,
		"/?name=":               `{"message":"Hello, world!","method":"GET","path":"/","query":{"name":""}}`,
		"/?name=Ada&name=Grace": `{"message":"Hello, world!","method":"GET","path":"/","query":{"name":["Ada","Grace"]}}`,
	}
	server := serve(t)
	for target, want := range cases {
		status, _, body := call(t, server, http.MethodGet, target, "")
		if status != http.StatusOK || !reflect.DeepEqual(body, decodeJSON(t, want)) {
			t.Errorf("%s: status %d, got %v, want %s", target, status, body, want)
		}
	}
}

func TestEchoesTheJSONBody(t *testing.T) {
	status, contentType, body := call(t, serve(t), http.MethodPost, "/echo", `{"order":{"id":42,"items":["tea"]}}`)
	want := decodeJSON(t, `{"received":{"order":{"id":42,"items":["tea"]}}}`)
	if status != http.StatusOK || !strings.HasPrefix(contentType, "application/json") || !reflect.DeepEqual(body, want) {
		t.Fatalf("status %d, content type %q, got %v", status, contentType, body)
	}
}

func TestRefusesABodyThatIsNotJSON(t *testing.T) {
	server := serve(t)
	for _, sent := range []string{`{"order":`, ""} {
		status, _, body := call(t, server, http.MethodPost, "/echo", sent)
		want := decodeJSON(t, `{"error":"The request body is not valid JSON"}`)
		if status != http.StatusBadRequest || !reflect.DeepEqual(body, want) {
			t.Errorf("%q: status %d, got %v", sent, status, body)
		}
	}
}

func TestAnswers404Elsewhere(t *testing.T) {
	server := serve(t)
	for _, request := range [][2]string{{http.MethodGet, "/missing"}, {http.MethodPost, "/"}, {http.MethodGet, "/echo"}} {
		status, _, body := call(t, server, request[0], request[1], "")
		path := strings.SplitN(request[1], "?", 2)[0]
		if status != http.StatusNotFound || !reflect.DeepEqual(body, map[string]interface{}{"error": "Not found", "path": path}) {
			t.Errorf("%s %s: status %d, got %v", request[0], request[1], status, body)
		}
	}
}

func TestListensOnEveryInterfaceOnlyInFC(t *testing.T) {
	if got := listenAddress("9000"); got != "0.0.0.0:9000" {
		t.Errorf("in FC: %s", got)
	}
	if got := listenAddress(""); got != "127.0.0.1:9000" {
		t.Errorf("by hand: %s", got)
	}
}
