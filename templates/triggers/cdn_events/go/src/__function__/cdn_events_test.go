package main

import "testing"

func TestCDNEventsDescribesTheNewLogFile(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "cdn_events.json")), `{
		"trigger": "cdn_events",
		"events": [{
			"name": "LogFileCreated",
			"domain": "cdn.example.com",
			"time": "2026-11-20T16:31:49+08:00",
			"detail": {
				"logFileUrl": "http://cdnlog.cn-hangzhou.oss.aliyun-inc.com/cdn.example.com/2026_11_20/cdn.example.com_2026_11_20_1600_1630.gz?OSSAccessKeyId=xxxx&Expires=xxxx&Signature=xxxx",
				"sizeBytes": 1788115,
				"window": {"start": "2026-11-20T08:00:00.000Z", "end": "2026-11-20T08:30:00.000Z"}
			}
		}]
	}`)
}

func TestCDNEventsDetailsOfOtherEventKinds(t *testing.T) {
	kinds := []struct {
		name      string
		parameter map[string]interface{}
		detail    string
	}{
		{"CachedObjectsRefreshed", map[string]interface{}{"objectPath": []string{"/img/a.png"}, "objectType": "File", "taskId": "42"}, `{"paths": ["/img/a.png"], "objectType": "File", "taskId": "42"}`},
		{"CdnDomainStopped", map[string]interface{}{"status": "offline"}, `{"status": "offline"}`},
		{"CdnDomainAdded", map[string]interface{}{}, `{}`},
	}
	notification := sampleObject(t, "cdn_events.json")
	events := []interface{}{}
	for _, kind := range kinds {
		event := sampleObject(t, "cdn_events.json")["events"].([]interface{})[0].(map[string]interface{})
		event["eventName"] = kind.name
		kind.parameter["domain"] = "cdn.example.com"
		event["eventParameter"] = kind.parameter
		events = append(events, event)
	}
	notification["events"] = events
	described := invoke(t, encode(t, notification))["events"].([]interface{})
	for i, kind := range kinds {
		assertJSON(t, object(t, described[i])["detail"], kind.detail)
		if domain := object(t, described[i])["domain"]; domain != "cdn.example.com" {
			t.Errorf("%s: domain %v", kind.name, domain)
		}
	}
}
