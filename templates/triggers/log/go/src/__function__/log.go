// Log Service (SLS) trigger: a job run that says which shard and cursor range hold new logs.
// The logs themselves are not in the event; read them from the logstore between the two cursors.
package main

import "context"

var logTrigger = newTrigger("log", decodeLogJob, locateLogs)

type logJob struct {
	Source *struct {
		Endpoint     *string     `json:"endpoint"`
		ProjectName  *string     `json:"projectName"`
		LogstoreName *string     `json:"logstoreName"`
		ShardID      interface{} `json:"shardId"`
		BeginCursor  *string     `json:"beginCursor"`
		EndCursor    *string     `json:"endCursor"`
	} `json:"source"`
	JobName    *string     `json:"jobName"`
	TaskID     *string     `json:"taskId"`
	CursorTime interface{} `json:"cursorTime"` // seconds; anything but a number reads as no time
	Parameter  interface{} `json:"parameter"`
}

type logCursors struct {
	Begin *string `json:"begin"`
	End   *string `json:"end"`
}

type logResult struct {
	Trigger    string      `json:"trigger"`
	Project    *string     `json:"project"`
	Logstore   string      `json:"logstore"`
	Endpoint   *string     `json:"endpoint"`
	ShardID    interface{} `json:"shardId"`
	Cursors    logCursors  `json:"cursors"`
	JobName    string      `json:"jobName"`
	TaskID     *string     `json:"taskId"`
	CursorTime *string     `json:"cursorTime"`
	Parameter  interface{} `json:"parameter"`
}

// decodeLogJob recognises an SLS job event: {source: {logstoreName, ...}, jobName, taskId, cursorTime, parameter}.
func decodeLogJob(event []byte) (logJob, bool) {
	var job logJob
	ok := decodeJSON(event, &job) && job.Source != nil && job.Source.LogstoreName != nil && job.JobName != nil
	return job, ok
}

// locateLogs says where the new logs are, with the parameters configured on the trigger.
func locateLogs(ctx context.Context, job logJob) (logResult, error) {
	source := job.Source
	return logResult{
		Trigger:    "log",
		Project:    source.ProjectName,
		Logstore:   *source.LogstoreName,
		Endpoint:   source.Endpoint,
		ShardID:    source.ShardID,
		Cursors:    logCursors{Begin: source.BeginCursor, End: source.EndCursor},
		JobName:    *job.JobName,
		TaskID:     job.TaskID,
		CursorTime: isoFromSeconds(job.CursorTime),
		Parameter:  job.Parameter,
	}, nil
}
