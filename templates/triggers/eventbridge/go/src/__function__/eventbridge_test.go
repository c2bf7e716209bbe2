package main

import "testing"

const expectedCloudEvent = `{
	"id": "45ef4dewdwe1-7c35-447a-bd93-fab****",
	"source": "acs.oss",
	"type": "oss:ObjectCreated:PutObject",
	"subject": "acs:oss:cn-hangzhou:164901546557****:my-bucket/reports/2026-11.csv",
	"time": "2026-11-20T08:00:01Z",
	"data": {
		"region": "cn-hangzhou",
		"eventName": "ObjectCreated:PutObject",
		"oss": {"bucket": {"name": "my-bucket"}, "object": {"key": "reports/2026-11.csv", "size": 2048}}
	}
}`

func TestEventBridgeOneCloudEvent(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "eventbridge.json")), `{"trigger": "eventbridge", "events": [`+expectedCloudEvent+`]}`)
}

func TestEventBridgeABatchOfCloudEvents(t *testing.T) {
	// Queue and stream sources (MNS queue, Kafka, RocketMQ...) deliver an array.
	second := sampleObject(t, "eventbridge.json")
	second["id"] = "second"
	batch := encode(t, []interface{}{sampleObject(t, "eventbridge.json"), second})
	result := invoke(t, batch)
	events := result["events"].([]interface{})
	if result["trigger"] != "eventbridge" || len(events) != 2 {
		t.Fatalf("result: %v", result)
	}
	assertJSON(t, events[0], expectedCloudEvent)
	if id := object(t, events[1])["id"]; id != "second" {
		t.Errorf("second id: %v", id)
	}
}

func TestEventBridgeNeedsASpecVersionOnEveryEvent(t *testing.T) {
	for _, event := range []string{`[]`, `{"id": "1"}`, `[{"specversion": "1.0"}, {"id": "2"}]`, `[{"specversion": 1}]`} {
		if _, ok := decodeCloudEvents([]byte(event)); ok {
			t.Errorf("%s is not CloudEvents", event)
		}
	}
}
