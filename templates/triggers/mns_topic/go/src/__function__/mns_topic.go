// MNS topic trigger: a message published to a topic, delivered in the JSON notify format.
package main

import "context"

var mnsTopicTrigger = newTrigger("mns_topic", decodeTopicMessage, readTopicMessage)

type topicNotification struct {
	TopicName   *string     `json:"TopicName"`
	MessageID   *string     `json:"MessageId"`
	Message     *string     `json:"Message"`
	PublishTime interface{} `json:"PublishTime"` // milliseconds; anything but a number reads as no time
}

type topicResult struct {
	Trigger     string      `json:"trigger"`
	Topic       string      `json:"topic"`
	MessageID   string      `json:"messageId"`
	PublishedAt *string     `json:"publishedAt"`
	Message     interface{} `json:"message"`
}

// decodeTopicMessage recognises a topic notification: {TopicName, MessageId, Message, PublishTime, ...}.
func decodeTopicMessage(event []byte) (topicNotification, bool) {
	var notification topicNotification
	ok := decodeJSON(event, &notification) &&
		notification.TopicName != nil && notification.MessageID != nil && notification.Message != nil
	return notification, ok
}

// readTopicMessage says which topic and message, when it was published, and the message: parsed when it is JSON, else the text.
func readTopicMessage(ctx context.Context, notification topicNotification) (topicResult, error) {
	return topicResult{
		Trigger:     "mns_topic",
		Topic:       *notification.TopicName,
		MessageID:   *notification.MessageID,
		PublishedAt: isoFromMillis(notification.PublishTime),
		Message:     jsonOrText(notification.Message),
	}, nil
}
