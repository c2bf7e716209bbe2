import { isObject } from '../lib/json';
import { isoFromSeconds } from '../lib/time';

/** A Simple Log Service job event: which shard and cursor range to read, not the logs themselves. */
export interface LogEvent {
  source: {
    endpoint?: string;
    projectName?: string;
    logstoreName: string;
    shardId?: number;
    beginCursor?: string;
    endCursor?: string;
  };
  jobName: string;
  taskId?: string;
  /** Unix seconds when the last log reached SLS. */
  cursorTime?: number;
  /** The trigger's configured `functionParameter`. */
  parameter?: unknown;
}

export interface LogResult {
  trigger: 'log';
  project: string | null;
  logstore: string;
  endpoint: string | null;
  shardId: number | null;
  cursors: { begin: string | null; end: string | null };
  jobName: string;
  taskId: string | null;
  cursorTime: string | null;
  parameter: unknown;
}

export const id = 'log';

/** Recognises a Simple Log Service job event: `{source: {logstoreName, ...}, jobName, taskId, cursorTime, parameter}`. */
export function decode(raw: Buffer, json: unknown): LogEvent | undefined {
  return isLogEvent(json) ? json : undefined;
}

function isLogEvent(json: unknown): json is LogEvent {
  return isObject(json) && isObject(json.source) && typeof json.source.logstoreName === 'string' && typeof json.jobName === 'string';
}

/** Says which shard and cursor range to read; the logs themselves are not in the event and must be pulled from SLS. */
export function handle(event: LogEvent): LogResult {
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
