package main

import "testing"

func TestNoneGreetsTheNameInThePayload(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "invoke.json")), `{
		"trigger": "none",
		"received": {"action": "greet", "name": "Function Compute"},
		"message": "Hello, Function Compute!"
	}`)
}

func TestNoneAnEmptyPayloadGreetsTheWorld(t *testing.T) {
	assertJSON(t, invoke(t, []byte{}), `{"trigger": "none", "received": null, "message": "Hello, world!"}`)
}

func TestNoneKeepsTextThatIsNotJSON(t *testing.T) {
	assertJSON(t, invoke(t, []byte("plain text")), `{"trigger": "none", "received": "plain text", "message": "Hello, world!"}`)
}
