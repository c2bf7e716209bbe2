// MNS queue trigger: messages sent to a queue, which EventBridge pushes to the function in batches of CloudEvents.
package main

import "context"

var mnsQueueTrigger = newTrigger("mns_queue", decodeQueueMessages, readQueueMessages)

type mnsQueueMessage struct {
	Queue       *string     `json:"queue"`
	MessageID   *string     `json:"messageId"`
	PublishedAt interface{} `json:"publishedAt"`
	Body        interface{} `json:"body"`
}

type mnsQueueResult struct {
	Trigger  string            `json:"trigger"`
	Messages []mnsQueueMessage `json:"messages"`
}

// decodeQueueMessages recognises a push of MNS queue messages: CloudEvents of type mns:Queue:SendMessage.
func decodeQueueMessages(event []byte) ([]map[string]interface{}, bool) {
	return pushedEventsOfType(event, "mns:Queue:SendMessage")
}

// readQueueMessages reports each message, its body parsed when it is JSON.
func readQueueMessages(ctx context.Context, cloudEvents []map[string]interface{}) (mnsQueueResult, error) {
	result := mnsQueueResult{Trigger: "mns_queue", Messages: []mnsQueueMessage{}}
	for _, cloudEvent := range cloudEvents {
		data := asObject(cloudEvent["data"]) // nil reads as empty
		// When EventBridge published it, else when the event happened.
		publishedAt := cloudEvent["aliyunpublishtime"]
		if publishedAt == nil {
			publishedAt = cloudEvent["time"]
		}
		result.Messages = append(result.Messages, mnsQueueMessage{
			Queue:       subjectTail(cloudEvent, "queues/"),
			MessageID:   asText(data["messageId"]),
			PublishedAt: publishedAt,
			Body:        jsonOrText(asText(data["messageBody"])),
		})
	}
	return result, nil
}
