package main

import (
	"strings"
	"testing"
)

var unknownEvent = []byte(`{"unrelated": true}`)

func TestNoneIsTriedLast(t *testing.T) {
	ids := triggerIDs()
	if len(ids) == 0 {
		t.Fatal("an event function needs at least one trigger")
	}
	for i, id := range ids {
		if id == "none" && i != len(ids)-1 {
			t.Errorf("none accepts every event, so triggers after it never run: %v", ids)
		}
	}
}

func TestUnknownEvent(t *testing.T) {
	ids := triggerIDs()
	if ids[len(ids)-1] == "none" {
		// An API/SDK call may carry any payload, so nothing is unknown.
		assertJSON(t, invoke(t, unknownEvent), `{"trigger": "none", "received": {"unrelated": true}, "message": "Hello, world!"}`)
		return
	}
	_, err := invokeRaw(t, unknownEvent)
	if err == nil {
		t.Fatal("an unknown event must be an error")
	}
	for _, id := range ids {
		if !strings.Contains(err.Error(), id) {
			t.Errorf("the error does not name the trigger %s: %v", id, err)
		}
	}
}

func TestEachTriggerGetsItsOwnSample(t *testing.T) {
	// Goes through the whole dispatch, so it also shows that no earlier decoder claims a later trigger's event.
	for _, id := range triggerIDs() {
		// Each trigger's sample is events/<id>.json; `none` (API/SDK calls) uses events/invoke.json.
		name := id + ".json"
		if id == "none" {
			name = "invoke.json"
		}
		result := invoke(t, sampleEvent(t, name))
		if id == "http" {
			// The FC 3.0 HTTP trigger answers with the HTTP response, not a {trigger, ...} summary.
			if result["statusCode"] != float64(200) {
				t.Errorf("http: %v", result)
			}
		} else if result["trigger"] != id {
			t.Errorf("%s: %v", id, result)
		}
	}
}
