"""Log Service (SLS) trigger: a job run that says which shard and cursor range hold new logs.

The logs themselves are not in the event; read them from the logstore between the two cursors.
"""
from .payload import parse_json
from .timestamps import iso_from_seconds


def decode(event):
    """The SLS job event ({source: {logstoreName, ...}, jobName, taskId, cursorTime, parameter}), or None."""
    payload = parse_json(event)
    source = payload.get('source') if isinstance(payload, dict) else None
    if isinstance(source, dict) and isinstance(source.get('logstoreName'), str) \
            and isinstance(payload.get('jobName'), str):
        return payload
    return None


def handle(job, context):
    """Where the new logs are, and the parameters configured on the trigger."""
    source = job['source']
    return {
        'trigger': 'log',
        'project': source.get('projectName'),
        'logstore': source['logstoreName'],
        'endpoint': source.get('endpoint'),
        'shardId': source.get('shardId'),
        'cursors': {'begin': source.get('beginCursor'), 'end': source.get('endCursor')},
        'jobName': job['jobName'],
        'taskId': job.get('taskId'),
        'cursorTime': iso_from_seconds(job.get('cursorTime')),
        'parameter': job.get('parameter'),
    }
