"""gunicorn's access log as one JSON object per line, whatever the request's path holds."""

import json
import traceback

from gunicorn.glogging import Logger


class JsonAccessLogger(Logger):
    """Access lines built with json.dumps instead of a format string.

    A format string pastes the decoded path into the line as it is: `%0A` became a line
    break and `"` ended the JSON string, so a visitor could forge log lines. Here the path
    is the one the client sent, still percent-encoded and without the querystring (it may
    hold search terms or e-mail addresses), and json.dumps escapes whatever is left.
    """

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        raw_path = (environ.get("RAW_URI") or environ.get("PATH_INFO") or "").split("?", 1)[0]
        entry = {
            "remote": environ.get("REMOTE_ADDR", "-"),
            "method": environ.get("REQUEST_METHOD", "-"),
            "path": raw_path,
            "status": int(status) if str(status).isdigit() else str(status),
            "bytes": getattr(resp, "sent", None),
            "duration_us": request_time.seconds * 1_000_000 + request_time.microseconds,
        }
        try:
            self.access_log.info(json.dumps(entry, ensure_ascii=True))
        except Exception:
            self.error(traceback.format_exc())
