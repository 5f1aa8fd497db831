"""What the benchmarks share: a throwaway site and a gunicorn serving it.

Used by load_test.py and http_bench.py. The site lives in a folder of its own (a SQLite
file there, or a PostgreSQL database recreated under a name of its own), with its own
collected static files and uploads, so a benchmark never touches the site's data.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
# A Redis database of the benchmarks' own (the tests use 1), under a key prefix per run.
REDIS_URL = "redis://127.0.0.1:6379/2"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database: str, folder: Path, name: str) -> dict[str, str]:
    """Production-like settings (debug off) for a site in `folder`: its database is
    `name` on the PostgreSQL server, or the SQLite file `name`.sqlite3 in the folder."""
    if database == "sqlite":
        url = f"sqlite:///{folder / f'{name}.sqlite3'}"
    else:
        url = f"{POSTGRES_SERVER}/{name}"
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
    }


def manage(env: dict[str, str], *args: str) -> str:
    """Run a management command; its output, or exit showing what it wrote on failure."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"manage.py {' '.join(args)} failed (exit status {result.returncode})")
    return result.stdout


def redis_version() -> str | None:
    """The version of the Redis at REDIS_URL, or None when none answers."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        return client.info("server")["redis_version"]
    except redis.RedisError:
        return None


def forget_redis_keys(prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)


def drop_postgres_database(name: str, create_again: bool = False) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        if create_again:
            connection.execute(f"CREATE DATABASE {name}")


def build_site(database: str, env: dict[str, str], name: str, *generate: str) -> None:
    """A fresh database with the demo content, then generate_content with `generate`."""
    if database == "postgresql":
        drop_postgres_database(name, create_again=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo")
    manage(env, "generate_content", *generate)


def start_server(
    env: dict[str, str], port: int, log: Path, arguments: Sequence[str]
) -> subprocess.Popen:
    """gunicorn with `arguments`, its output to `log`; returned once it listens on `port`."""
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", *arguments],
        cwd=PROJECT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            if server.poll() is not None:
                break
            time.sleep(0.1)
    server.kill()
    raise SystemExit(f"gunicorn did not start; see {log}")
