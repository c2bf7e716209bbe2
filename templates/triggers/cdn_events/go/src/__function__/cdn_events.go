// CDN event trigger: log files ready, cache refreshes and pushes, domains started or stopped.
package main

import (
	"context"
	"strings"
)

var cdnEventsTrigger = newTrigger("cdn_events", decodeCDNEvents, describeCDNEvents)

type cdnNotification struct {
	Events []cdnEvent `json:"events"`
}

type cdnEvent struct {
	EventName   *string `json:"eventName"`
	EventSource string  `json:"eventSource"`
	EventTime   *string `json:"eventTime"`
	Resource    struct {
		Domain string `json:"domain"`
	} `json:"resource"`
	EventParameter struct {
		Domain     string      `json:"domain"`
		FilePath   *string     `json:"filePath"`
		FileSize   interface{} `json:"fileSize"`
		StartTime  interface{} `json:"startTime"`
		EndTime    interface{} `json:"endTime"`
		ObjectPath []string    `json:"objectPath"`
		ObjectType *string     `json:"objectType"`
		TaskID     interface{} `json:"taskId"`
		Status     *string     `json:"status"`
	} `json:"eventParameter"`
}

type cdnEventSummary struct {
	Name   *string     `json:"name"`
	Domain *string     `json:"domain"`
	Time   *string     `json:"time"`
	Detail interface{} `json:"detail"`
}

type cdnLogFile struct {
	LogFileURL *string     `json:"logFileUrl"`
	SizeBytes  interface{} `json:"sizeBytes"`
	Window     struct {
		Start *string `json:"start"`
		End   *string `json:"end"`
	} `json:"window"`
}

type cdnCachedObjects struct {
	Paths      []string    `json:"paths"`
	ObjectType *string     `json:"objectType"`
	TaskID     interface{} `json:"taskId"`
}

type cdnDomainStatus struct {
	Status *string `json:"status"`
}

type cdnResult struct {
	Trigger string            `json:"trigger"`
	Events  []cdnEventSummary `json:"events"`
}

// decodeCDNEvents recognises a CDN notification: {events: [...]}, every event from cdn.
func decodeCDNEvents(event []byte) (cdnNotification, bool) {
	var notification cdnNotification
	if !decodeJSON(event, &notification) || len(notification.Events) == 0 {
		return notification, false
	}
	for _, item := range notification.Events {
		if item.EventSource != "cdn" {
			return notification, false
		}
	}
	return notification, true
}

// describeCDNEvents gives each event's name, domain and time, with the details that matter for its kind.
func describeCDNEvents(ctx context.Context, notification cdnNotification) (cdnResult, error) {
	result := cdnResult{Trigger: "cdn_events", Events: []cdnEventSummary{}}
	for _, item := range notification.Events {
		domain := firstNonEmpty(item.EventParameter.Domain, item.Resource.Domain)
		result.Events = append(result.Events, cdnEventSummary{
			Name:   item.EventName,
			Domain: domain,
			Time:   item.EventTime,
			Detail: cdnDetail(item),
		})
	}
	return result, nil
}

func cdnDetail(item cdnEvent) interface{} {
	parameter := item.EventParameter
	name := ""
	if item.EventName != nil {
		name = *item.EventName
	}
	switch {
	case name == "LogFileCreated":
		detail := cdnLogFile{LogFileURL: parameter.FilePath, SizeBytes: parameter.FileSize}
		detail.Window.Start = isoFromSeconds(parameter.StartTime)
		detail.Window.End = isoFromSeconds(parameter.EndTime)
		return detail
	case strings.HasPrefix(name, "CachedObjects"):
		paths := parameter.ObjectPath
		if paths == nil {
			paths = []string{}
		}
		return cdnCachedObjects{Paths: paths, ObjectType: parameter.ObjectType, TaskID: parameter.TaskID}
	case name == "CdnDomainStarted" || name == "CdnDomainStopped":
		return cdnDomainStatus{Status: parameter.Status}
	default:
		return struct{}{}
	}
}

// firstNonEmpty is the first non-empty text, or nil.
func firstNonEmpty(texts ...string) *string {
	for _, text := range texts {
		if text != "" {
			return &text
		}
	}
	return nil
}
