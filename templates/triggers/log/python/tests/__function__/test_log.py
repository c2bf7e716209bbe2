"""The Log Service trigger through the function's real handler, on events/log.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def test_says_where_the_new_logs_are(load_function, fc_context, sample_event):
    index = load_function(FUNCTION)
    result = json.loads(index.handler(sample_event('log.json'), fc_context(FUNCTION)))
    assert result == {
        'trigger': 'log',
        'project': 'my-log-project',
        'logstore': 'my-logstore',
        'endpoint': 'http://cn-hangzhou-intranet.log.aliyuncs.com',
        'shardId': 0,
        'cursors': {'begin': 'MTUyOTQ4MDIwOTY1NTk3ODQ2Mw==', 'end': 'MTUyOTQ4MDIwOTY1NTk3ODQ2NA=='},
        'jobName': '1f7043ced683de1a4e3d8d70b5a412843d81****',
        'taskId': 'c2691505-38da-4d1b-998a-f1d4bb8c****',
        'cursorTime': '2026-11-20T08:00:00.000Z',  # 1795161600 s after the epoch
        'parameter': {},
    }
