"""HTTP function (FC 2.0) running a Flask app: FC calls handler(environ, start_response), the WSGI
interface (PEP 3333) that every Flask app is, so the handler hands each request to `app` unchanged.

The app itself is in server.py (run it with `python3 server.py` to try it on localhost); Flask comes
from requirements.txt, which the deploy step pip-installs into vendor/ next to this file.
"""
import os
import sys

# FC puts only this folder on sys.path; the deployed dependencies sit in its vendor/ folder.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'vendor'))

from server import app  # noqa: E402  (needs vendor/ on the path first)


def handler(environ, start_response):
    """FC 2.0's WSGI entry point: the Flask app answers the request."""
    return app(environ, start_response)
