"""Hot page benchmark: one busy page while its content keeps changing.

Not part of the test suite; `make bench` runs it after the HTTP benchmark, or directly:

    .venv/bin/python benchmarks/hot_page.py --articles 100000 --rounds 3

After each change the cached home page must be rendered again, and every visitor who
arrives meanwhile would render it too. The page cache lets one request render it while
the others wait for it (FILMHUB_RENDERING_WAIT_SECONDS). This measures what that saves:
it builds a site (demo content, --articles articles, half as many events), starts two
gunicorns as production runs them, sharing nothing but the database (each with a Redis
key prefix of its own), one that waits (the default) and one where every request
renders its own page (0), and asks each for the home page from 32 connections with wrk
while the site's generation moves on twice a second, as an editor saving would, in
interleaved rounds. It prints requests per second and latency for each, and the ratio.
Needs wrk and Redis.
"""

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from harness import (
    REDIS_URL,
    build_site,
    environment,
    forget_redis_keys,
    free_port,
    redis_version,
    start_server,
)
from http_bench import Run, wrk

DATABASE_NAME = "filmhub_bench_hot"
CONNECTIONS = 32
CHANGES_PER_SECOND = 2
MODES = {"waits": "2", "renders its own": "0"}


def keep_changing(prefix: str, stop: threading.Event) -> None:
    """Moves the site's generation on, as every save does (filmhub/caching.py)."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    while not stop.wait(1 / CHANGES_PER_SECOND):
        client.incr(f"{prefix}:1:pages:generation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    options = parser.parse_args()
    redis = redis_version()
    if not redis:
        raise SystemExit("This benchmark needs Redis on 127.0.0.1:6379.")

    folder = Path(tempfile.mkdtemp(prefix="filmhub-hot-bench-"))
    env = {**environment(options.database, folder, DATABASE_NAME), "REDIS_URL": ""}
    print(f"# filmhub hot page benchmark\n\nbuilding {options.articles:,} articles in {folder}")
    build_site(
        options.database, env, DATABASE_NAME,
        "--articles", str(options.articles), "--events", str(options.articles // 2),
    )  # fmt: skip
    paths = folder / "paths.txt"
    paths.write_text("/\n")
    run_prefix = f"filmhub-bench-hot-{int(time.time())}"
    servers, ports, prefixes = {}, {}, {}
    try:
        for mode, wait in MODES.items():
            ports[mode], prefixes[mode] = free_port(), f"{run_prefix}-{wait}"
            server_env = {
                **env,
                "REDIS_URL": REDIS_URL,
                "DJANGO_CACHE_KEY_PREFIX": prefixes[mode],
                "FILMHUB_RENDERING_WAIT_SECONDS": wait,
                "GUNICORN_BIND": f"127.0.0.1:{ports[mode]}",
            }
            arguments = ["--config", "filmhub/gunicorn.conf.py", "--access-logfile", "/dev/null"]
            servers[mode] = start_server(
                server_env, ports[mode], folder / f"server-{wait}.log", [*arguments, "filmhub.wsgi"]
            )
        runs: dict[str, list[Run]] = {mode: [] for mode in MODES}
        for mode in MODES:
            wrk(ports[mode], paths, 1, CONNECTIONS)  # warm-up, not counted
        for number in range(1, options.rounds + 1):
            for mode in MODES:
                stop = threading.Event()
                changer = threading.Thread(target=keep_changing, args=(prefixes[mode], stop))
                changer.start()
                try:
                    runs[mode].append(wrk(ports[mode], paths, options.seconds, CONNECTIONS))
                finally:
                    stop.set()
                    changer.join()
            print(
                f"  round {number}/{options.rounds}: "
                + ", ".join(f"{mode} {runs[mode][-1].rps:,.0f} req/s" for mode in MODES),
                flush=True,
            )
    finally:
        for server in servers.values():
            server.terminate()
            server.wait(timeout=30)
        for prefix in prefixes.values():
            forget_redis_keys(prefix)

    print(
        f"\nhome page, {CONNECTIONS} connections, {CHANGES_PER_SECOND} changes a second, "
        f"{options.database}, Redis {redis}; medians of {options.rounds} rounds\n"
    )
    print("| requests for a page being rendered | req/s | p50 ms | p99 ms | non-2xx |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for mode in MODES:
        done = runs[mode]
        print(
            f"| {mode} | {statistics.median(r.rps for r in done):,.0f} "
            f"| {statistics.median(r.p50_ms for r in done):.1f} "
            f"| {statistics.median(r.p99_ms for r in done):.1f} "
            f"| {sum(r.non_2xx + r.socket_errors for r in done)} |"
        )
    waits, renders = (statistics.median(r.rps for r in runs[mode]) for mode in MODES)
    print(f"\nwaiting for the page serves {waits / renders:.2f} times as many requests")
    failures = sum(r.non_2xx + r.socket_errors for done in runs.values() for r in done)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
