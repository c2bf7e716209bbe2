"""Web function on a custom runtime: FC starts this server (through bootstrap) and passes each HTTP request
through unchanged.

`app` is a Flask application (Flask comes from requirements.txt, installed into vendor/ before deploy).
Routes: GET / greets ?name= (default "world") and echoes the request line, POST /echo returns the JSON
body it was sent, anything else is 404. Every response is JSON.
"""
import json
import os
import signal
import sys

from flask import Flask, request

app = Flask(__name__)


@app.route('/', methods=['GET'])
def greet():
    """Greets the single non-empty ?name=, or the world."""
    query = {key: values[0] if len(values) == 1 else values for key, values in request.args.lists()}
    name = query.get('name')
    return {
        'message': 'Hello, {}!'.format(name if isinstance(name, str) and name else 'world'),
        'method': request.method,
        'path': request.path,
        'query': query,
    }


@app.route('/echo', methods=['POST'])
def echo():
    """Returns the JSON body it was sent."""
    try:
        # Parsed here rather than by request.get_json(), which accepts NaN and answers errors in HTML.
        received = json.loads(request.get_data().decode('utf-8'), parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # ValueError covers UnicodeDecodeError
        return {'error': 'The request body is not valid JSON'}, 400
    return {'received': received}


@app.errorhandler(404)
@app.errorhandler(405)
def not_found(error):
    # A known path with another method (POST /) is as unknown to this API as any other path.
    return {'error': 'Not found', 'path': request.path}, 404


def _reject_constant(name):
    # Python accepts NaN and Infinity; JSON does not.
    raise ValueError('not JSON: ' + name)


def main():
    """Serves `app` on the port FC gives in FC_SERVER_PORT (9000 by default), on every interface, as FC sends
    requests from outside the instance; on loopback when the local runner (fc_local) asks with FC_LOCAL_HOST."""
    # FC stops an instance with SIGTERM; as a container's process 1, Python would ignore it.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    # threaded: custom runtimes can send concurrent requests to one instance.
    app.run(host=os.environ.get('FC_LOCAL_HOST') or '0.0.0.0', port=int(os.environ.get('FC_SERVER_PORT', 9000)), threaded=True)


if __name__ == '__main__':
    main()
