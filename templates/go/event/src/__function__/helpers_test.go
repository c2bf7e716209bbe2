package main

import (
	"encoding/json"
	"os"
	"path/filepath"
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

// invokeRaw calls HandleRequest the way FC's Go runtime does, through the SDK: the JSON it sends back, or the error.
func invokeRaw(t *testing.T, event []byte) ([]byte, error) {
	t.Helper()
	return fc.NewHandler(HandleRequest).Invoke(testContext(t), event)
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
