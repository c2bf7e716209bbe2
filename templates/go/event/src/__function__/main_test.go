package main

import (
	"strings"
	"testing"
)

// Events that no trigger's decoder takes, except `none` (API/SDK calls), which takes anything.
var unknownEvents = []struct {
	name  string
	event []byte
}{
	{"an unrelated JSON object", []byte(`{"unrelated": true}`)},
	{"an empty payload", []byte{}},
}

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

func TestUnknownEvents(t *testing.T) {
	last := triggers[len(triggers)-1]
	for _, unknown := range unknownEvents {
		t.Run(unknown.name, func(t *testing.T) {
			out, err := invokeRaw(t, unknown.event)
			if last.id == "none" {
				// An API/SDK call may carry any payload, so nothing is unknown: none answers it.
				want, _, wantErr := last.handle(testContext(t), unknown.event)
				if err != nil || wantErr != nil {
					t.Fatalf("none failed: %v, %v", err, wantErr)
				}
				assertSameJSON(t, jsonValue(t, out), jsonValue(t, encode(t, want)))
				return
			}
			if err == nil {
				t.Fatalf("an unknown event must be an error, got %s", out)
			}
			for _, id := range triggerIDs() {
				if !strings.Contains(err.Error(), id) {
					t.Errorf("the error does not name the trigger %s: %v", id, err)
				}
			}
		})
	}
}
