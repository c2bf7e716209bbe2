package main

import "testing"

func TestOSSSummarisesTheSampleUploads(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "oss.json")), `{
		"trigger": "oss",
		"objects": [
			{
				"bucket": "my-bucket",
				"key": "uploads/photos/cat.png",
				"size": 122539,
				"eventName": "ObjectCreated:PutObject",
				"eventTime": "2026-11-20T06:45:43.000Z",
				"contentType": "image/png"
			},
			{
				"bucket": "my-bucket",
				"key": "uploads/videos/intro.mp4",
				"size": 5242880,
				"eventName": "ObjectCreated:CompleteMultipartUpload",
				"eventTime": "2026-11-20T06:45:50.000Z",
				"contentType": "video/mp4"
			}
		],
		"totalBytes": 5365419
	}`)
}

func TestOSSContentTypeIsNullWithoutObjectMeta(t *testing.T) {
	notification := sampleObject(t, "oss.json")
	first := notification["events"].([]interface{})[0]
	delete(object(t, object(t, object(t, first)["oss"])["object"]), "objectMeta")
	result := invoke(t, encode(t, notification))
	objects := result["objects"].([]interface{})
	if contentType, present := object(t, objects[0])["contentType"]; !present || contentType != nil {
		t.Errorf("contentType: %v", objects[0])
	}
}

func TestOSSIgnoresEventsFromOtherSources(t *testing.T) {
	notification := sampleObject(t, "oss.json")
	object(t, notification["events"].([]interface{})[1])["eventSource"] = "cdn"
	if _, ok := decodeOSS(encode(t, notification)); ok {
		t.Error("a notification with an event from another source is not an OSS notification")
	}
	if _, ok := decodeOSS([]byte(`{"events": []}`)); ok {
		t.Error("a notification without events is not an OSS notification")
	}
}
