// RocketMQ trigger: messages sent to a topic, which EventBridge pushes to the function in batches of CloudEvents.
package main

import "context"

var rocketmqTrigger = newTrigger("rocketmq", decodeRocketmqMessages, readRocketmqMessages)

type rocketmqMessage struct {
	Topic      *string                `json:"topic"`
	MessageID  *string                `json:"messageId"`
	Tags       *string                `json:"tags"`
	Keys       *string                `json:"keys"`
	Properties map[string]interface{} `json:"properties"`
	Body       interface{}            `json:"body"`
}

type rocketmqResult struct {
	Trigger  string            `json:"trigger"`
	Messages []rocketmqMessage `json:"messages"`
}

// decodeRocketmqMessages recognises a push of RocketMQ messages: CloudEvents of type mq:Topic:SendMessage.
func decodeRocketmqMessages(event []byte) ([]map[string]interface{}, bool) {
	return pushedEventsOfType(event, "mq:Topic:SendMessage")
}

// readRocketmqMessages reports each message with its tags, keys and user properties, its body parsed when it is JSON.
func readRocketmqMessages(ctx context.Context, cloudEvents []map[string]interface{}) (rocketmqResult, error) {
	result := rocketmqResult{Trigger: "rocketmq", Messages: []rocketmqMessage{}}
	for _, cloudEvent := range cloudEvents {
		data := asObject(cloudEvent["data"]) // nil reads as empty
		system := asObject(data["systemProperties"])
		properties := asObject(data["userProperties"])
		if properties == nil {
			properties = map[string]interface{}{}
		}
		result.Messages = append(result.Messages, rocketmqMessage{
			Topic: asText(data["topic"]),
			// UNIQ_KEY is the message id RocketMQ gives a message.
			MessageID:  asText(system["UNIQ_KEY"]),
			Tags:       asText(system["TAGS"]),
			Keys:       asText(system["KEYS"]),
			Properties: properties,
			Body:       jsonOrText(asText(data["body"])),
		})
	}
	return result, nil
}
