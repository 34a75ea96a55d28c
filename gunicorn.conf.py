"""gunicorn settings from the environment (used by the Dockerfile and make prod-smoke)."""

import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Load Django once in the master and fork the workers from it: a worker starts in
# milliseconds instead of importing the project again. Recycling workers guards against
# slow leaks; it is rare (each restart costs a new database connection and cold
# template and page caches, which showed as 0.5–1.5 s stalls under load at 2,000).
preload_app = True
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = 2000
accesslog = "-"
errorlog = "-"
# Access lines: no querystrings (they may hold search terms or e-mail addresses).
access_log_format = (
    '{"remote":"%(h)s","method":"%(m)s","path":"%(U)s","status":%(s)s,'
    '"bytes":"%(B)s","duration_us":%(D)s}'
)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
