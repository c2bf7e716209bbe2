"""The function's Django application in one file, which server.py serves (Django comes from
requirements.txt, installed into vendor/ before deploy).

`handler` is its WSGI application. Routes: GET / greets ?name= (default "world") and echoes the request
line, POST /echo returns the JSON body it was sent, anything else is 404. Every response is JSON.
"""
import json
import os
import secrets
import sys

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import JsonResponse
from django.urls import path

# A project's tests import every function's server into one process, where Django is configured once.
if not settings.configured:
    settings.configure(
        DEBUG=False,
        # Nothing here signs data; an app that does (sessions, CSRF) sets DJANGO_SECRET_KEY in s.yaml's environment.
        SECRET_KEY=os.environ.get('DJANGO_SECRET_KEY') or secrets.token_urlsafe(50),
        # FC receives the request on its own domains (and a custom domain) and passes the Host header through.
        ALLOWED_HOSTS=['*'],
        # This module itself (not its name: the tests import it under a name Django could not import again).
        ROOT_URLCONF=sys.modules[__name__],
        # No sessions, CSRF or slash redirects: a JSON API's requests reach the views as they are.
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        USE_TZ=True,
    )


def greet(request):
    """Greets the single non-empty ?name=, or the world."""
    if request.method != 'GET':
        return not_found(request)
    query = {key: values[0] if len(values) == 1 else values for key, values in request.GET.lists()}
    name = query.get('name')
    return JsonResponse({
        'message': 'Hello, {}!'.format(name if isinstance(name, str) and name else 'world'),
        'method': request.method,
        'path': request.path,
        'query': query,
    })


def echo(request):
    """Returns the JSON body it was sent."""
    if request.method != 'POST':
        return not_found(request)
    try:
        received = json.loads(request.body.decode('utf-8'), parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # ValueError covers UnicodeDecodeError
        return JsonResponse({'error': 'The request body is not valid JSON'}, status=400)
    return JsonResponse({'received': received})


def not_found(request, exception=None):
    # A known path with another method (POST /) is as unknown to this API as any other path.
    return JsonResponse({'error': 'Not found', 'path': request.path}, status=404)


def _reject_constant(name):
    # Python accepts NaN and Infinity; JSON does not.
    raise ValueError('not JSON: ' + name)


urlpatterns = [path('', greet), path('echo', echo)]
handler404 = not_found

django.setup()
handler = get_wsgi_application()
