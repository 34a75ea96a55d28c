"""Finding 12: the access log wrote the decoded path raw, so `%0A` split a JSON line."""

import io
import json
import logging
import runpy
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from gunicorn.config import Config
from gunicorn.glogging import Logger

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def access_line(raw_uri: str, path_info: str) -> str:
    """What gunicorn, configured as the Dockerfile runs it, writes for one request."""
    config = Config()
    for name, value in runpy.run_path(str(CONF)).items():
        if name in config.settings:
            config.set(name, value)
    logger: Logger = config.logger_class(config)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger.access_log.handlers = [handler]
    response = SimpleNamespace(status="404 Not Found", sent=179, headers=[])
    request = SimpleNamespace(headers=[])
    environ = {
        "REMOTE_ADDR": "203.0.113.9",
        "REQUEST_METHOD": "GET",
        "RAW_URI": raw_uri,
        "PATH_INFO": path_info,
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    logger.access(response, request, environ, timedelta(microseconds=1500))
    return stream.getvalue()


def test_a_path_with_an_encoded_line_break_and_quote_stays_one_json_line():
    raw = '/de/%0A{"level":"CRITICAL","message":"forged"}%22x'
    output = access_line(raw, '/de/\n{"level":"CRITICAL","message":"forged"}"x')
    lines = output.splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["path"] == raw
    assert entry["status"] == 404
    assert "level" not in entry
