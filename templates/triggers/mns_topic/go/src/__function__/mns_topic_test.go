package main

import "testing"

func TestMNSTopicParsesAJSONMessage(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "mns_topic.json")), `{
		"trigger": "mns_topic",
		"topic": "my-topic",
		"messageId": "2F5B3C082B923D4EAC694B76D928****",
		"publishedAt": "2026-11-20T08:00:00.040Z",
		"message": {"orderId": "o-20261120-0042", "action": "created"}
	}`)
}

func TestMNSTopicKeepsATextMessage(t *testing.T) {
	notification := sampleObject(t, "mns_topic.json")
	notification["Message"] = "hello topic"
	if message := invoke(t, encode(t, notification))["message"]; message != "hello topic" {
		t.Errorf("message: %v", message)
	}
}
