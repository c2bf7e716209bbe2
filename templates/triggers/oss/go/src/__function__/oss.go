// OSS trigger: object events of a bucket, e.g. uploads; summarises the objects and their total size.
package main

import "context"

var ossTrigger = newTrigger("oss", decodeOSS, summariseOSS)

type ossNotification struct {
	Events []ossEvent `json:"events"`
}

type ossEvent struct {
	EventName   *string `json:"eventName"`
	EventSource string  `json:"eventSource"`
	EventTime   *string `json:"eventTime"`
	OSS         *struct {
		Bucket struct {
			Name *string `json:"name"`
		} `json:"bucket"`
		Object struct {
			Key        *string `json:"key"`
			Size       int64   `json:"size"` // removal events may carry no size: 0
			ObjectMeta struct {
				MimeType *string `json:"mimeType"`
			} `json:"objectMeta"`
		} `json:"object"`
	} `json:"oss"`
}

type ossObject struct {
	Bucket      *string `json:"bucket"`
	Key         *string `json:"key"`
	Size        int64   `json:"size"`
	EventName   *string `json:"eventName"`
	EventTime   *string `json:"eventTime"`
	ContentType *string `json:"contentType"`
}

type ossResult struct {
	Trigger    string      `json:"trigger"`
	Objects    []ossObject `json:"objects"`
	TotalBytes int64       `json:"totalBytes"`
}

// decodeOSS recognises an OSS notification: {events: [...]}, every event from acs:oss.
func decodeOSS(event []byte) (ossNotification, bool) {
	var notification ossNotification
	if !decodeJSON(event, &notification) || len(notification.Events) == 0 {
		return notification, false
	}
	for _, item := range notification.Events {
		if item.EventSource != "acs:oss" || item.OSS == nil {
			return notification, false
		}
	}
	return notification, true
}

// summariseOSS lists each object, and the bytes they add up to.
func summariseOSS(ctx context.Context, notification ossNotification) (ossResult, error) {
	result := ossResult{Trigger: "oss", Objects: []ossObject{}}
	for _, item := range notification.Events {
		stored := item.OSS.Object
		result.Objects = append(result.Objects, ossObject{
			Bucket:      item.OSS.Bucket.Name,
			Key:         stored.Key,
			Size:        stored.Size,
			EventName:   item.EventName,
			EventTime:   item.EventTime,
			ContentType: stored.ObjectMeta.MimeType,
		})
		result.TotalBytes += stored.Size
	}
	return result, nil
}
