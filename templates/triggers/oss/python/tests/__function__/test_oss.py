"""The OSS trigger through the function's real handler, on events/oss.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_summarises_the_sample_uploads(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('oss.json'))
    assert result['trigger'] == 'oss'
    assert result['totalBytes'] == 122539 + 5242880
    assert result['objects'] == [
        {
            'bucket': 'my-bucket',
            'key': 'uploads/photos/cat.png',
            'size': 122539,
            'eventName': 'ObjectCreated:PutObject',
            'eventTime': '2026-11-20T06:45:43.000Z',
            'contentType': 'image/png',
        },
        {
            'bucket': 'my-bucket',
            'key': 'uploads/videos/intro.mp4',
            'size': 5242880,
            'eventName': 'ObjectCreated:CompleteMultipartUpload',
            'eventTime': '2026-11-20T06:45:50.000Z',
            'contentType': 'video/mp4',
        },
    ]


def test_content_type_is_null_without_object_meta(load_function, fc_context, sample_event):
    notification = json.loads(sample_event('oss.json'))
    del notification['events'][0]['oss']['object']['objectMeta']
    result = invoke(load_function, fc_context, json.dumps(notification).encode('utf-8'))
    assert result['objects'][0]['contentType'] is None
