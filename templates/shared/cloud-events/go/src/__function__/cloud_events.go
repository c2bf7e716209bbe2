package main

// What the message-source triggers share. MNS queues, RocketMQ, RabbitMQ, Kafka, MQTT and DTS reach
// the function through EventBridge, which pushes their messages in batches of CloudEvents 1.0, each
// source with its own event type (MQTT's may come bare). This file comes with those triggers (`add` brings it into an older project too), so
// their helpers live here rather than in json_values.go, which such a project has in an older form.

import (
	"encoding/json"
	"strings"
)

// pushedEvents is the events of one push from an event stream: a JSON array of CloudEvents (a batch),
// one event, or an array of their JSON texts, as older Kafka pushes sent them (aliyun/fc-runtime-go-sdk,
// events/README_KAFKA_EVENTBRIDGE.md); ok is false when any of them is not a CloudEvent.
func pushedEvents(event []byte) (cloudEvents []map[string]interface{}, ok bool) {
	items, ok := pushedItems(event)
	if !ok {
		return nil, false
	}
	cloudEvents = make([]map[string]interface{}, 0, len(items))
	for _, item := range items {
		if text, isText := item.(string); isText {
			item, _ = parseJSON([]byte(text)) // text that is not JSON is nil: no CloudEvent
		}
		cloudEvent := asObject(item)
		if _, hasVersion := cloudEvent["specversion"].(string); !hasVersion {
			return nil, false
		}
		cloudEvents = append(cloudEvents, cloudEvent)
	}
	return cloudEvents, len(cloudEvents) > 0
}

// pushedItems is the elements of a push: its JSON array, or the one JSON value it is.
func pushedItems(event []byte) ([]interface{}, bool) {
	payload, ok := parseJSON(event)
	if !ok {
		return nil, false
	}
	if items, isArray := payload.([]interface{}); isArray {
		return items, true
	}
	return []interface{}{payload}, true
}

// pushedEventsOfType is the pushed events when every one is of eventType (each message source has its own: alikafka:Topic:Message).
func pushedEventsOfType(event []byte, eventType string) ([]map[string]interface{}, bool) {
	cloudEvents, ok := pushedEvents(event)
	for _, cloudEvent := range cloudEvents {
		if cloudEvent["type"] != eventType {
			return nil, false
		}
	}
	return cloudEvents, ok
}

// subjectTail is the text after the last marker in an event's subject (acs:mns:…:queues/orders → orders), or nil.
func subjectTail(cloudEvent map[string]interface{}, marker string) *string {
	subject, _ := cloudEvent["subject"].(string)
	at := strings.LastIndex(subject, marker)
	if at < 0 {
		return nil
	}
	tail := subject[at+len(marker):]
	return &tail
}

// asText is value when it is JSON text, else nil.
func asText(value interface{}) *string {
	text, isText := value.(string)
	if !isText {
		return nil
	}
	return &text
}

// asJSONNumber is value when it is a decoded JSON number, written back exactly as it came; else nil.
func asJSONNumber(value interface{}) *json.Number {
	number, isNumber := value.(json.Number)
	if !isNumber {
		return nil
	}
	return &number
}

// jsonIfText is value with text parsed when it is JSON (other text stays text); any other value, nil too, stays as it is.
func jsonIfText(value interface{}) interface{} {
	if text, isText := value.(string); isText {
		return jsonOrText(&text)
	}
	return value
}
