// EventBridge trigger: CloudEvents 1.0, one from an event bus rule or an array from a queue or stream source.
package main

import "context"

var eventbridgeTrigger = newTrigger("eventbridge", decodeCloudEvents, summariseCloudEvents)

type cloudEventSummary struct {
	ID      interface{} `json:"id"`
	Source  interface{} `json:"source"`
	Type    interface{} `json:"type"`
	Subject interface{} `json:"subject"`
	Time    interface{} `json:"time"`
	Data    interface{} `json:"data"`
}

type eventbridgeResult struct {
	Trigger string              `json:"trigger"`
	Events  []cloudEventSummary `json:"events"`
}

// decodeCloudEvents recognises CloudEvents (specversion present), one or an array, as a list.
func decodeCloudEvents(event []byte) ([]map[string]interface{}, bool) {
	payload, ok := parseJSON(event)
	if !ok {
		return nil, false
	}
	items, isArray := payload.([]interface{})
	if !isArray {
		items = []interface{}{payload}
	}
	cloudEvents := make([]map[string]interface{}, 0, len(items))
	for _, item := range items {
		cloudEvent := asObject(item)
		if _, hasVersion := cloudEvent["specversion"].(string); !hasVersion {
			return nil, false
		}
		cloudEvents = append(cloudEvents, cloudEvent)
	}
	return cloudEvents, len(cloudEvents) > 0
}

// summariseCloudEvents lists the envelope fields of each event, and its data.
func summariseCloudEvents(ctx context.Context, cloudEvents []map[string]interface{}) (eventbridgeResult, error) {
	result := eventbridgeResult{Trigger: "eventbridge", Events: []cloudEventSummary{}}
	for _, item := range cloudEvents {
		result.Events = append(result.Events, cloudEventSummary{
			ID:      item["id"],
			Source:  item["source"],
			Type:    item["type"],
			Subject: item["subject"],
			Time:    item["time"],
			Data:    item["data"],
		})
	}
	return result, nil
}
