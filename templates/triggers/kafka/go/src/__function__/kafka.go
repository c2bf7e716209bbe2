// Kafka trigger: records of a topic, which EventBridge pushes to the function in batches of CloudEvents.
package main

import (
	"context"
	"encoding/json"
)

var kafkaTrigger = newTrigger("kafka", decodeKafkaRecords, readKafkaRecords)

type kafkaRecord struct {
	Topic     *string      `json:"topic"`
	Partition *json.Number `json:"partition"`
	Offset    *json.Number `json:"offset"`
	Timestamp *string      `json:"timestamp"`
	Key       *string      `json:"key"`
	Value     interface{}  `json:"value"`
}

type kafkaResult struct {
	Trigger string        `json:"trigger"`
	Records []kafkaRecord `json:"records"`
}

// decodeKafkaRecords recognises a push of Kafka records: CloudEvents of type alikafka:Topic:Message, as objects or as their JSON texts.
func decodeKafkaRecords(event []byte) ([]map[string]interface{}, bool) {
	return pushedEventsOfType(event, "alikafka:Topic:Message")
}

// readKafkaRecords reports each record with its place in the topic, its value parsed when it is JSON.
func readKafkaRecords(ctx context.Context, cloudEvents []map[string]interface{}) (kafkaResult, error) {
	result := kafkaResult{Trigger: "kafka", Records: []kafkaRecord{}}
	for _, cloudEvent := range cloudEvents {
		data := asObject(cloudEvent["data"]) // nil reads as empty
		result.Records = append(result.Records, kafkaRecord{
			Topic:     asText(data["topic"]),
			Partition: asJSONNumber(data["partition"]),
			Offset:    asJSONNumber(data["offset"]),
			Timestamp: isoFromMillis(data["timestamp"]), // milliseconds
			Key:       asText(data["key"]),
			Value:     jsonIfText(data["value"]),
		})
	}
	return result, nil
}
