'use strict';

exports.decode = decode;
exports.handle = handle;

const { isObject } = require('../lib/json');
const { isoFromSeconds } = require('../lib/time');

exports.id = 'log';

/** Recognises a Simple Log Service job event: `{source: {logstoreName, ...}, jobName, taskId, cursorTime, parameter}`. */
function decode(raw, json) {
  return isLogEvent(json) ? json : undefined;
}

function isLogEvent(json) {
  return isObject(json) && isObject(json.source) && typeof json.source.logstoreName === 'string' && typeof json.jobName === 'string';
}

/** Says which shard and cursor range to read; the logs themselves are not in the event and must be pulled from SLS. */
function handle(event) {
  const source = event.source;
  return {
    trigger: 'log',
    project: source.projectName ?? null,
    logstore: source.logstoreName,
    endpoint: source.endpoint ?? null,
    shardId: source.shardId ?? null,
    cursors: { begin: source.beginCursor ?? null, end: source.endCursor ?? null },
    jobName: event.jobName,
    taskId: event.taskId ?? null,
    cursorTime: isoFromSeconds(event.cursorTime),
    parameter: event.parameter ?? null,
  };
}
