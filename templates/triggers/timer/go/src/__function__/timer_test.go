package main

import "testing"

func TestTimerParsesAJSONPayload(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "timer.json")), `{
		"trigger": "timer",
		"triggerName": "timer-trigger",
		"firedAt": "2026-11-20T08:00:00Z",
		"payload": {"task": "daily-report", "recipients": ["ops@example.com"]}
	}`)
}

func TestTimerKeepsATextPayloadAndNullsAMissingOne(t *testing.T) {
	tick := sampleObject(t, "timer.json")
	tick["payload"] = "awesome-fc"
	if payload := invoke(t, encode(t, tick))["payload"]; payload != "awesome-fc" {
		t.Errorf("text payload: %v", payload)
	}
	delete(tick, "payload")
	if payload, present := invoke(t, encode(t, tick))["payload"]; !present || payload != nil {
		t.Errorf("missing payload: %v", payload)
	}
}
