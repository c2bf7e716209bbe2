"""The CDN event trigger through the function's real handler, on events/cdn_events.json."""
import json
from pathlib import Path

FUNCTION = Path(__file__).parent.name


def invoke(load_function, fc_context, event):
    return json.loads(load_function(FUNCTION).handler(event, fc_context(FUNCTION)))


def test_describes_the_new_log_file(load_function, fc_context, sample_event):
    result = invoke(load_function, fc_context, sample_event('cdn_events.json'))
    assert result['trigger'] == 'cdn_events'
    assert result['events'] == [{
        'name': 'LogFileCreated',
        'domain': 'cdn.example.com',
        'time': '2026-11-20T16:31:49+08:00',
        'detail': {
            'logFileUrl': 'http://cdnlog.cn-hangzhou.oss.aliyun-inc.com/cdn.example.com/2026_11_20/cdn.example.com'
                          '_2026_11_20_1600_1630.gz?OSSAccessKeyId=xxxx&Expires=xxxx&Signature=xxxx',
            'sizeBytes': 1788115,
            'window': {'start': '2026-11-20T08:00:00.000Z', 'end': '2026-11-20T08:30:00.000Z'},
        },
    }]


def test_details_of_other_event_kinds(load_function, fc_context, sample_event):
    notification = json.loads(sample_event('cdn_events.json'))
    template = notification['events'][0]
    kinds = [
        ('CachedObjectsRefreshed', {'objectPath': ['/img/a.png'], 'objectType': 'File', 'taskId': '42'},
         {'paths': ['/img/a.png'], 'objectType': 'File', 'taskId': '42'}),
        ('CdnDomainStopped', {'status': 'offline'}, {'status': 'offline'}),
        ('CdnDomainAdded', {}, {}),
    ]
    notification['events'] = [
        dict(template, eventName=name, eventParameter=dict(parameter, domain='cdn.example.com'))
        for name, parameter, _ in kinds
    ]
    result = invoke(load_function, fc_context, json.dumps(notification).encode('utf-8'))
    assert [event['detail'] for event in result['events']] == [detail for _, _, detail in kinds]
    assert {event['domain'] for event in result['events']} == {'cdn.example.com'}
