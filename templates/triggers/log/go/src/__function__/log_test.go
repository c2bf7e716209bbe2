package main

import "testing"

func TestLogSaysWhereTheNewLogsAre(t *testing.T) {
	assertJSON(t, invoke(t, sampleEvent(t, "log.json")), `{
		"trigger": "log",
		"project": "my-log-project",
		"logstore": "my-logstore",
		"endpoint": "http://cn-hangzhou-intranet.log.aliyuncs.com",
		"shardId": 0,
		"cursors": {"begin": "MTUyOTQ4MDIwOTY1NTk3ODQ2Mw==", "end": "MTUyOTQ4MDIwOTY1NTk3ODQ2NA=="},
		"jobName": "1f7043ced683de1a4e3d8d70b5a412843d81****",
		"taskId": "c2691505-38da-4d1b-998a-f1d4bb8c****",
		"cursorTime": "2026-11-20T08:00:00.000Z",
		"parameter": {}
	}`)
}

func TestLogCursorTimeIsNullWhenItIsNotATime(t *testing.T) {
	job := sampleObject(t, "log.json")
	delete(job, "cursorTime")
	if cursorTime, present := invoke(t, encode(t, job))["cursorTime"]; !present || cursorTime != nil {
		t.Errorf("missing cursorTime: %v", cursorTime)
	}
	job["cursorTime"] = 1e300 // far past year 9999
	if cursorTime := invoke(t, encode(t, job))["cursorTime"]; cursorTime != nil {
		t.Errorf("cursorTime out of range: %v", cursorTime)
	}
}
