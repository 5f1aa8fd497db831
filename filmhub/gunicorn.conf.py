"""gunicorn's settings for `make serve` and production, from the environment.

    gunicorn --config filmhub/gunicorn.conf.py filmhub.wsgi

GUNICORN_BIND (default 127.0.0.1:8000, or 127.0.0.1:$PORT): the address to listen on; a
proxy on the same machine forwards to it. WEB_CONCURRENCY: worker processes. With
REDIS_URL, every worker shares the page cache and sessions, and the default is two per
CPU plus one; without it each process would keep its own cache, so the default is one.
GUNICORN_THREADS: threads per worker; one with REDIS_URL, four without (see below).
GUNICORN_TIMEOUT (default 30): seconds before a stuck worker is restarted.
GUNICORN_CMD_ARGS overrides any of these from the command line's syntax.
"""

import os
from pathlib import Path

from dotenv import load_dotenv

# The same .env as the application reads, for REDIS_URL: the environment wins.
load_dotenv(Path(__file__).resolve().parent.parent / ".env", override=False)

shared_cache = bool(os.environ.get("REDIS_URL"))

bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT') or 8000}"
workers = int(
    os.environ.get("WEB_CONCURRENCY") or (2 * (os.cpu_count() or 1) + 1 if shared_cache else 1)
)
# Rendering a page is Python work under the GIL: threads of one worker take turns, and one
# back from a query or a cache read waits for its turn. With a shared cache the workers
# carry the concurrency, one thread each. Measured at 8 connections, 100,000 articles,
# page cache off: the home page went from 24-28 to 48-66 requests a second (2 workers of
# 4 threads against 5 of 1); an article page stayed at 52-75, within the machine's noise.
# A single worker needs threads, or one slow request would hold up every other.
threads = int(os.environ.get("GUNICORN_THREADS") or (1 if shared_cache else 4))
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
# Behind a proxy that keeps connections open to the app.
keepalive = 5
proc_name = "filmhub"
# Requests and errors to the standard streams, for the service manager's log.
accesslog = "-"
errorlog = "-"
# The runtime control socket sits at one fixed path per user: several servers on one
# machine (a blue/green switch, the test suite) would take each other's.
control_socket_disable = True


def on_starting(server) -> None:
    if workers > 1 and not shared_cache:
        server.log.warning(
            "%d workers without REDIS_URL: each keeps its own page cache, so a change made "
            "through one shows in the others only when their pages expire.",
            workers,
        )
