// MQTT trigger (ApsaraMQ for MQTT): messages published to a topic, pushed to the function in batches.
package main

import "context"

var mqttTrigger = newTrigger("mqtt", decodeMqttMessages, readMqttMessages)

type mqttMessage struct {
	Topic    string      `json:"topic"`
	ClientID *string     `json:"clientId"`
	Body     interface{} `json:"body"`
}

type mqttResult struct {
	Trigger  string        `json:"trigger"`
	Messages []mqttMessage `json:"messages"`
}

// decodeMqttMessages recognises a push of MQTT messages by their shape, {props: {firstTopic, secondTopic,
// clientId}, body}: FC's event page shows them bare, and no document names the CloudEvent type that may
// wrap one, so a wrapped one is recognised by its data.
func decodeMqttMessages(event []byte) ([]map[string]interface{}, bool) {
	items, ok := pushedItems(event)
	if !ok {
		return nil, false
	}
	messages := make([]map[string]interface{}, 0, len(items))
	for _, item := range items {
		message := asObject(item)
		if _, isCloudEvent := message["specversion"].(string); isCloudEvent {
			message = asObject(message["data"])
		}
		_, hasTopic := asObject(message["props"])["firstTopic"].(string)
		_, hasBody := message["body"] // null counts: the message is there, with no body
		if !hasTopic || !hasBody {
			return nil, false
		}
		messages = append(messages, message)
	}
	return messages, len(messages) > 0
}

// readMqttMessages reports each message with its full topic (parent and sub-topic) and sender, its body parsed when it is JSON.
func readMqttMessages(ctx context.Context, messages []map[string]interface{}) (mqttResult, error) {
	result := mqttResult{Trigger: "mqtt", Messages: []mqttMessage{}}
	for _, message := range messages {
		props := asObject(message["props"])
		topic := props["firstTopic"].(string) // the decoder made sure of it
		if subTopic, isText := props["secondTopic"].(string); isText {
			topic += subTopic
		}
		result.Messages = append(result.Messages, mqttMessage{
			Topic:    topic,
			ClientID: asText(props["clientId"]),
			Body:     jsonIfText(message["body"]),
		})
	}
	return result, nil
}
