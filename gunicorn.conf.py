"""gunicorn settings from the environment (used by the Dockerfile and make prod-smoke)."""

import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# After SIGTERM, running requests get this long to finish: less than the 10 s a container
# runtime waits before it kills (compose.yaml's stop_grace_period, the Dockerfile).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "8"))
keepalive = 5
# Each worker listens on its own SO_REUSEPORT socket, so the kernel spreads connections
# evenly over the workers. On one shared socket the worker that wakes first accepts them
# all: with ten kept-alive connections, all ten sat on one worker in 8 of 14 runs and the
# other worker idled, halving throughput.
reuse_port = True
# Load Django once in the master and fork the workers from it: a worker starts in
# milliseconds instead of importing the project again.
preload_app = True
# Workers are not recycled unless GUNICORN_MAX_REQUESTS asks for it (a guard against a
# leak). A recycled worker starts with a new database connection and cold template and
# page caches: its first requests took 0.3–0.6 s under load, so at 2,000 requests per
# worker (1,000 req/s) the restarts were the whole p95 tail (docs/performance.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
accesslog = "-"
errorlog = "-"
# Access lines are JSON built by json.dumps (core/accesslog.py), so no path can split or
# forge a line; no querystrings (they may hold search terms or e-mail addresses).
logger_class = "core.accesslog.JsonAccessLogger"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker):
    """Each worker opens its own database connection pool.

    The pool (settings: DJANGO_DB_POOL_SIZE) is created on first use; should the master
    have used the database while loading the app, its pool and sockets stay the master's.
    """
    from django.db.backends.postgresql.base import DatabaseWrapper

    DatabaseWrapper._connection_pools.clear()
