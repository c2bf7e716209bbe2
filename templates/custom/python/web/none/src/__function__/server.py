"""Web function on a custom runtime: FC starts this server (through bootstrap) and passes each HTTP request
through unchanged.

It serves the WSGI application `handler` in index.py with the standard library: GET / greets ?name=,
POST /echo returns the JSON body, anything else is 404.
"""
import os
import signal
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIServer, make_server

from index import handler as app


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """The standard library's WSGI server, one thread per request: custom runtimes can take concurrent requests."""
    daemon_threads = True


def main():
    """Serves `app` on the port FC gives in FC_SERVER_PORT (9000 by default), on every interface, as FC sends
    requests from outside the instance; on loopback when the local runner (fc_local) asks with FC_LOCAL_HOST."""
    # FC stops an instance with SIGTERM; as a container's process 1, Python would ignore it.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    port = int(os.environ.get('FC_SERVER_PORT', 9000))
    host = os.environ.get('FC_LOCAL_HOST') or '0.0.0.0'
    server = make_server(host, port, app, server_class=ThreadingWSGIServer)
    print('Listening on {}:{}'.format(host, port), flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
