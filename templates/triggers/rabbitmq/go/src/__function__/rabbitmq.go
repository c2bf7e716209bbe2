// RabbitMQ trigger: messages from a queue, which EventBridge pushes to the function in batches of CloudEvents.
package main

import (
	"context"
	"encoding/json"
)

var rabbitmqTrigger = newTrigger("rabbitmq", decodeRabbitmqMessages, readRabbitmqMessages)

type rabbitmqMessage struct {
	Queue       *string      `json:"queue"`
	Exchange    *string      `json:"exchange"`
	RoutingKey  *string      `json:"routingKey"`
	DeliveryTag *json.Number `json:"deliveryTag"`
	Redelivered bool         `json:"redelivered"`
	MessageID   *string      `json:"messageId"`
	Body        interface{}  `json:"body"`
}

type rabbitmqResult struct {
	Trigger  string            `json:"trigger"`
	Messages []rabbitmqMessage `json:"messages"`
}

// decodeRabbitmqMessages recognises a push of RabbitMQ messages: CloudEvents of type amqp:Queue:SendMessage.
func decodeRabbitmqMessages(event []byte) ([]map[string]interface{}, bool) {
	return pushedEventsOfType(event, "amqp:Queue:SendMessage")
}

// readRabbitmqMessages reports each message with its delivery details; a JSON body arrives parsed, a text body is parsed when it is JSON.
func readRabbitmqMessages(ctx context.Context, cloudEvents []map[string]interface{}) (rabbitmqResult, error) {
	result := rabbitmqResult{Trigger: "rabbitmq", Messages: []rabbitmqMessage{}}
	for _, cloudEvent := range cloudEvents {
		data := asObject(cloudEvent["data"]) // nil reads as empty
		envelope := asObject(data["envelope"])
		props := asObject(data["props"])
		result.Messages = append(result.Messages, rabbitmqMessage{
			Queue:       subjectTail(cloudEvent, "queues/"),
			Exchange:    asText(envelope["exchange"]),
			RoutingKey:  asText(envelope["routingKey"]),
			DeliveryTag: asJSONNumber(envelope["deliveryTag"]),
			Redelivered: envelope["redeliver"] == true,
			MessageID:   asText(props["messageId"]),
			Body:        jsonIfText(data["body"]),
		})
	}
	return result, nil
}
