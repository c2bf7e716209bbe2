package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/aliyun/fc-runtime-go-sdk/fc"
)

// sampleEvent is the bytes of events/<name> at the project root.
func sampleEvent(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "events", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sampleObject is events/<name> as a JSON object, for a test to change before it sends it.
func sampleObject(t *testing.T, name string) map[string]interface{} {
	t.Helper()
	var object map[string]interface{}
	if err := json.Unmarshal(sampleEvent(t, name), &object); err != nil {
		t.Fatal(err)
	}
	return object
}

// encode is value as JSON bytes.
func encode(t *testing.T, value interface{}) []byte {
	t.Helper()
	data, err := json.Marshal(value)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// invokeRaw calls HandleRequest the way FC's Go runtime does, through the SDK: the JSON it sends back, or the error.
func invokeRaw(t *testing.T, event []byte) ([]byte, error) {
	t.Helper()
	return fc.NewHandler(HandleRequest).Invoke(testContext(t), event)
}

// invoke is invokeRaw for an event the handler must accept: its result, decoded.
func invoke(t *testing.T, event []byte) map[string]interface{} {
	t.Helper()
	out, err := invokeRaw(t, event)
	if err != nil {
		t.Fatalf("the handler failed: %v", err)
	}
	var result map[string]interface{}
	if err := json.Unmarshal(out, &result); err != nil {
		t.Fatalf("the result is not a JSON object: %s", out)
	}
	return result
}

// assertJSON checks that got, once encoded, is the same JSON value as the text want.
func assertJSON(t *testing.T, got interface{}, want string) {
	t.Helper()
	var gotValue, wantValue interface{}
	if err := json.Unmarshal(encode(t, got), &gotValue); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &wantValue); err != nil {
		t.Fatalf("bad expected JSON %s: %v", want, err)
	}
	if !reflect.DeepEqual(gotValue, wantValue) {
		t.Errorf("got  %s\nwant %s", encode(t, gotValue), encode(t, wantValue))
	}
}

// object is a decoded JSON object's member that is itself an object.
func object(t *testing.T, value interface{}) map[string]interface{} {
	t.Helper()
	member, ok := value.(map[string]interface{})
	if !ok {
		t.Fatalf("not a JSON object: %v", value)
	}
	return member
}
