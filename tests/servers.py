"""Real app servers for the tests that need one: gunicorn in a process of its own, with the
production settings (filmhub.settings, debug off) and only the environment given here."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SECRET_KEY = "a-real-and-long-random-value-for-test-servers-only-0123456789"
# Set in full, so that a developer's .env (read by the settings) cannot change them.
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "filmhub.settings",
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": SECRET_KEY,
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_HTTPS": "false",
    "DJANGO_BEHIND_TLS_PROXY": "false",
    "DJANGO_LOG_LEVEL": "WARNING",
    "REDIS_URL": "",
    "FILMHUB_PAGE_CACHE_SECONDS": "300",
    "WEB_CONCURRENCY": "1",
    "GUNICORN_THREADS": "2",
}
OWN_VARIABLES = ("DJANGO_", "DATABASE_URL", "REDIS_URL", "FILMHUB_", "GUNICORN_", "AWS_")


def environment(**variables: str) -> dict[str, str]:
    """This process's environment without the application's settings, then the given ones."""
    inherited = {
        key: value for key, value in os.environ.items() if not key.startswith(OWN_VARIABLES)
    }
    return inherited | PRODUCTION_ENVIRONMENT | variables


def manage(*arguments: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process: subprocess.Popen, timeout: float = 120) -> None:
    output, _ = process.communicate(timeout=timeout)
    assert process.returncode == 0, output


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(
    url: str,
    *,
    opener: urllib.request.OpenerDirector | None = None,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Message, bytes]:
    """The status, headers and body of a response; error statuses are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@contextmanager
def gunicorn(log: Path, **variables: str) -> Iterator[str]:
    """A gunicorn server with filmhub.gunicorn.conf on a free port; yields its address
    once /healthz answers 200."""
    port = free_port()
    env = environment(GUNICORN_BIND=f"127.0.0.1:{port}", **variables)
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "filmhub/gunicorn.conf.py"]
            + ["filmhub.wsgi"],
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"gunicorn stopped ({process.returncode}):\n{log.read_text()}")
            try:
                if fetch(f"{address}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not answer in 30 seconds:\n{log.read_text()}")
            time.sleep(0.1)
        yield address
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
