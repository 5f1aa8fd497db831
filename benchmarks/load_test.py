"""Load test: mixed public traffic while an editor saves an article every second.

Not part of the test suite; run it with `make load-test` (SQLite, 16 connections) or
`make load-test DATABASE=postgresql` (64 connections). It builds a database of its own
(demo content plus bulk synthetic items), starts gunicorn as production does
(filmhub/gunicorn.conf.py with its default workers and threads, debug off, Redis as the
shared cache when one answers on 127.0.0.1:6379), and for
`--seconds` sends requests from `--connections` keep-alive connections to the home page,
filtered lists, details, search, feeds and calendars. Meanwhile an editor signs in to
the admin and saves one article once a second, through the change form as a browser
would, and halfway through one gunicorn worker is killed.

It passes (exit status 0) when no response was a 5xx, the server never logged "database
is locked", every save the admin acknowledged is in the database (the article's title is
the last one saved, and each save left a revision), and the server answered again after
the worker died.
"""

import argparse
import collections
import http.client
import http.cookies
import os
import random
import re
import secrets
import signal
import statistics
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

from harness import (
    REDIS_URL,
    build_site,
    environment,
    forget_redis_keys,
    free_port,
    manage,
    redis_version,
    start_server,
)

DATABASE_NAME = "filmhub_load"  # on the PostgreSQL server, or a SQLite file in the folder
EDITOR, PASSWORD = "load-editor", secrets.token_urlsafe(16)
# What a public visitor asks for, as paths; details are filled in from the content.
PUBLIC_PATHS = [
    "/",
    "/news/",
    "/news/?page=2",
    "/events/?city=busan&kind=festival",
    "/events/?city=busan&city=seoul",
    "/programmes/?status=open",
    "/cities/busan/",
    "/search/?q=film",
    "/search/?q=%EC%98%81%ED%99%94",  # 영화
    "/news/feed/rss/",
    "/events/calendar.ics?city=busan",
]


def prepare(database: str, env: dict, articles: int, events: int) -> list[str]:
    """A database with demo and bulk content and an editor; returns detail paths."""
    build_site(database, env, DATABASE_NAME, "--articles", str(articles), "--events", str(events))
    script = f"""
from django.contrib.auth.models import User
from articles.models import Article
from programmes.models import Event
User.objects.create_superuser({EDITOR!r}, "editor@example.org", {PASSWORD!r})
paths = [a.get_absolute_url() for a in Article.objects.published().order_by("?")[:20]]
paths += [e.get_absolute_url() for e in Event.objects.published().order_by("?")[:20]]
print("\\n".join(paths))
"""
    return manage(env, "shell", "-v", "0", "-c", script).split()


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses: collections.Counter = collections.Counter()
        self.failures: collections.Counter = collections.Counter()
        self.latencies: list[float] = []
        self.last_success = 0.0

    def record(self, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)
            if status < 500:
                self.last_success = time.monotonic()

    def fail(self, reason: str) -> None:
        with self.lock:
            self.failures[reason] += 1


def visitor(port: int, paths: list[str], stop: threading.Event, tally: Tally, seed: int):
    """One keep-alive connection asking for random public pages until told to stop."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        path = rng.choice(paths)
        started = time.monotonic()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            tally.record(response.status, time.monotonic() - started)
        except (OSError, http.client.HTTPException) as error:
            # A worker killed mid-request drops its connections: count it, reconnect.
            tally.fail(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)


class FormFields(HTMLParser):
    """The values a browser would submit from the admin's change form."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self.select: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            if kind not in {"submit", "file", "button"}:
                self.fields.append((name, attrs.get("value") or ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value") or ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.fields.append((name, ""))

    def handle_data(self, data):
        if self.textarea:
            name, text = self.fields[-1]
            self.fields[-1] = (name, text + data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


class Editor:
    """A member of staff in the admin, by HTTP: signs in, then opens and saves a form."""

    def __init__(self, port: int):
        self.port, self.cookies = port, http.cookies.SimpleCookie()

    def request(self, method: str, path: str, body: dict | list | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v.value}" for k, v in self.cookies.items())}
        payload = None
        if body is not None:
            payload = urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        connection.request(method, path, payload, headers)
        response = connection.getresponse()
        text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(header)
        connection.close()
        return response.status, response.headers, text

    def log_in(self) -> None:
        _, _, page = self.request("GET", "/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, headers, _ = self.request(
            "POST",
            "/admin/login/?next=/admin/",
            {"csrfmiddlewaretoken": token, "username": EDITOR, "password": PASSWORD},
        )
        if status != 302:
            raise SystemExit(f"the editor could not sign in ({status})")

    def save_title(self, path: str, title: str) -> bool:
        """Open the change form, change the title, save; True when the admin says saved."""
        status, _, page = self.request("GET", path)
        if status != 200:
            return False
        form = FormFields("article_form")
        form.feed(page)
        if not any(name == "title_en" for name, _ in form.fields):
            raise SystemExit("the article's change form has no title_en field")
        # The form has a title per language (title_en, title_ko): the English one is saved.
        fields = [(name, title if name == "title_en" else value) for name, value in form.fields]
        status, headers, _ = self.request("POST", path, [*fields, ("_save", "Save")])
        return status == 302


def editing(port, stop: threading.Event, saved: list, refused: list, dropped: list, env):
    editor = Editor(port)
    editor.log_in()
    script = (
        "from articles.models import Article; "
        "print(Article.objects.published().order_by('pk').first().pk)"
    )
    pk = manage(env, "shell", "-v", "0", "-c", script).strip()
    path = f"/admin/articles/article/{pk}/change/"
    number = 0
    while not stop.is_set():
        number += 1
        title = f"Edited under load, save {number}"
        started = time.monotonic()
        try:
            (saved if editor.save_title(path, title) else refused).append(title)
        except (OSError, http.client.HTTPException):
            # The killed worker had it: saved or not, nobody was told it was.
            dropped.append(title)
        stop.wait(max(0.0, 1.0 - (time.monotonic() - started)))
    saved.insert(0, pk)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, help="16 on SQLite, 64 on PostgreSQL")
    parser.add_argument("--workers", type=int, help="gunicorn.conf.py's default when unset")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--events", type=int, default=1000)
    options = parser.parse_args()
    connections = options.connections or (16 if options.database == "sqlite" else 64)

    folder = Path(tempfile.mkdtemp(prefix="filmhub-load-"))
    # The commands that build the site keep to a cache of their own, whatever is set.
    env = {**environment(options.database, folder, DATABASE_NAME), "REDIS_URL": ""}
    print(f"Preparing {options.database} in {folder} …", flush=True)
    paths = PUBLIC_PATHS + prepare(options.database, env, options.articles, options.events)
    port, log = free_port(), folder / "server.log"
    server_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    redis = redis_version()
    prefix = f"filmhub-load-{secrets.token_hex(4)}"
    if redis:
        server_env |= {"REDIS_URL": REDIS_URL, "DJANGO_CACHE_KEY_PREFIX": prefix}
    if options.workers:
        server_env["WEB_CONCURRENCY"] = str(options.workers)
    arguments = [
        "--config", "filmhub/gunicorn.conf.py", "--access-logfile", "/dev/null",
        "--graceful-timeout", "5", "filmhub.wsgi",
    ]  # fmt: skip
    server = start_server(server_env, port, log, arguments)
    print(f"cache: Redis {redis}, shared" if redis else "cache: one per worker (no Redis)")

    stop, tally = threading.Event(), Tally()
    saved: list[str] = []
    refused: list[str] = []
    dropped: list[str] = []
    threads = [
        threading.Thread(target=visitor, args=(port, paths, stop, tally, n))
        for n in range(connections)
    ]
    outcomes = (saved, refused, dropped)
    threads.append(threading.Thread(target=editing, args=(port, stop, *outcomes, env)))
    print(f"{connections} connections for {options.seconds} s; an editor saves every second")
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(options.seconds / 2)
    workers = worker_pids(server.pid)
    killed = workers[0]
    os.kill(killed, signal.SIGKILL)
    killed_at = time.monotonic()
    print(
        f"killed worker {killed}, one of {len(workers)}, at {killed_at - started:.0f} s", flush=True
    )
    time.sleep(options.seconds / 2)
    stop.set()
    for thread in threads:
        thread.join()
    recovered = tally.last_success > killed_at + 1
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)
    if redis:
        forget_redis_keys(prefix)

    pk, acknowledged = saved[0], saved[1:]
    check = (
        "from articles.models import Article; from reversion.models import Version; "
        f"article = Article.objects.get(pk={pk}); "
        "print(article.title); print(Version.objects.get_for_object(article).count())"
    )
    final_title, revisions = manage(env, "shell", "-v", "0", "-c", check).splitlines()[-2:]
    server_log = log.read_text()
    locked = server_log.count("database is locked")
    errors = sum(count for status, count in tally.statuses.items() if status >= 500)
    latencies = sorted(tally.latencies)

    print(f"\n## load test: {options.database}, {connections} connections")
    print(f"requests: {sum(tally.statuses.values()):,}; by status: {dict(tally.statuses)}")
    print(f"dropped connections (the killed worker's): {dict(tally.failures)}")
    print(
        f"latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms"
    )
    print(
        f"editor: {len(acknowledged)} saves acknowledged, {len(refused)} refused, "
        f"{len(dropped)} dropped with the killed worker"
    )
    print(f"article title now: {final_title!r}; revisions: {revisions}")
    problems = []
    if errors:
        problems.append(f"{errors} responses were 5xx")
    if locked:
        problems.append(f'the server logged "database is locked" {locked} times')
    # The title is the last save acknowledged, or one dropped after it that got through.
    last = acknowledged[-1] if acknowledged else None

    def number(title: str) -> int:
        return int(title.rsplit(" ", 1)[1])

    later_dropped = [title for title in dropped if last is None or number(title) > number(last)]
    if final_title not in [last, *later_dropped]:
        problems.append("the last acknowledged save is not what the database holds")
    if int(revisions) < len(acknowledged):
        problems.append("fewer revisions than acknowledged saves")
    if refused:
        problems.append(f"{len(refused)} saves were not acknowledged")
    if not recovered:
        problems.append("no successful response after the worker was killed")
    print("\n".join(f"FAIL: {problem}" for problem in problems) or "PASS")
    print(f"(server log: {log})")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
