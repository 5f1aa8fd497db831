"""HTTP benchmark: what each kind of page costs, as a share of what a static file costs.

Not part of the test suite: `make bench` runs it on SQLite before the search benchmark
(BENCH_DATABASE=postgresql, BENCH_SIZES=1000,10000,100000 to change), or directly:

    .venv/bin/python benchmarks/http_bench.py --sizes 1000,100000 --rounds 3 --seconds 5

It needs wrk (apt-get install wrk). For each size (N articles, N/2 events, 30 cities) it
builds a site of its own in a temporary folder (on PostgreSQL, the database
filmhub_bench_http): demo content, generate_content, the search index. It starts gunicorn
as production does (filmhub/gunicorn.conf.py with its defaults, debug off, Redis as the cache
when one answers on 127.0.0.1:6379), twice: with the anonymous page cache on and off.
wrk then asks each server for the home page, the news list, the event list filtered by
city and kind, article and event pages, search, the RSS feed, a city's calendar feed, the
deepest reachable page of each list, and robots.txt (no query, no template: the floor
under every page), rotating over many addresses of each kind
(benchmarks/paths.lua); and for the site's CSS through WhiteNoise, the baseline. The
machine is noisy: few connections, short measurements, rounds interleaved (in each
round every page and the static file, on the cached server then the uncached one).

For each page and server it reports requests per second and their ratio to the static
file's in the same round (median and range over the rounds), latency p50, p95 and p99
(medians over the rounds, and the worst p99) and responses that were not 2xx. Then it
checks the targets of issue 6 at the largest size, and p95 growth from the smallest size
to the largest; each is printed as met or MISSED, and a missed one makes the exit status 1.
"""

import argparse
import datetime
import http.client
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import gunicorn
from harness import (
    POSTGRES_SERVER,
    REDIS_URL,
    build_site,
    drop_postgres_database,
    environment,
    forget_redis_keys,
    free_port,
    manage,
    redis_version,
    start_server,
)

DATABASE_NAME = "filmhub_bench_http"
CITIES = 30
LUA_SCRIPT = Path(__file__).with_name("paths.lua")
WRK_THREADS = 2
# Detail pages visited, picked at random from the content.
DETAIL_PATHS = 200
# How deep a list can be paged (filmhub/listing.py).
MAX_PAGES = 100
MODES = ("cached", "uncached")

# Targets at the largest size: throughput as a share of the static file's.
CACHED_RATIO = 0.6
DETAIL_RATIO = 0.35
LIST_RATIO = 0.15
SEARCH_RATIO = 0.05
P95_MS = 100
P99_MS = 250
# p95 at the largest size over p95 at the smallest, uncached.
FIRST_PAGE_GROWTH = 1.5
ANY_PAGE_GROWTH = 3.0


@dataclass
class Page:
    name: str
    paths: list[str]
    # Target for the uncached server's ratio to the static file (None: none).
    uncached_ratio: float | None
    # Most the uncached p95 may grow from the smallest size to the largest (None: none).
    growth: float | None


@dataclass
class Run:
    """One wrk measurement of one page on one server."""

    requests: int
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    cache_hits: int
    ratio: float = 0.0


# Paths picked from the content once it is built, as one JSON line.
PICK_PATHS = f"""
import json
from articles.models import Article
from filmhub.demo.synthetic import ADJECTIVES, NOUNS
from filmhub.models import City
from programmes.models import Event

articles = Article.objects.published().order_by("?")[:{DETAIL_PATHS}]
events = Event.objects.published().order_by("?")[:{DETAIL_PATHS}]
print(json.dumps(dict(
    articles=[article.get_absolute_url() for article in articles],
    events=[event.get_absolute_url() for event in events],
    cities=list(City.objects.order_by("slug").values_list("slug", flat=True)),
    words=[word.lower() for word in [*NOUNS[:4], *ADJECTIVES[:2]]],
)))
"""


# The machine and the tools -----------------------------------------------------------


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def wrk_version() -> str:
    result = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    return (result.stdout or result.stderr).splitlines()[0].split(" Copyright")[0].strip()


def database_version(database: str) -> str:
    if database == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    import psycopg

    try:
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=3) as connection:
            version = connection.execute("SHOW server_version").fetchone()[0]
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL is not reachable at {POSTGRES_SERVER}: {error}") from None
    return f"PostgreSQL {version}"


# The site ----------------------------------------------------------------------------


def build(database: str, env: dict[str, str], articles: int) -> dict[str, list[str]]:
    """A fresh site with `articles` articles, half as many events and 30 cities; returns
    paths picked from it (details, cities, search words) and the static file's."""
    build_site(
        database, env, DATABASE_NAME,
        "--cities", str(CITIES), "--articles", str(articles),
        "--events", str(articles // 2), "--seed", "1",
    )  # fmt: skip
    manage(env, "rebuild_search_index")
    content = json.loads(manage(env, "shell", "-v", "0", "-c", PICK_PATHS).splitlines()[-1])
    manifest = Path(env["DJANGO_STATIC_ROOT"]) / "staticfiles.json"
    content["static"] = ["/static/" + json.loads(manifest.read_text())["paths"]["css/site.css"]]
    return content


def serve(env: dict[str, str], mode: str, cache: dict[str, str], log: Path) -> tuple:
    """gunicorn as in production, with the page cache on (cached) or off; (process, port)."""
    port = free_port()
    server_env = {
        **env,
        **cache,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "FILMHUB_PAGE_CACHE_SECONDS": "300" if mode == "cached" else "0",
    }
    arguments = ["--config", "filmhub/gunicorn.conf.py", "--access-logfile", "/dev/null"]
    return start_server(server_env, port, log, [*arguments, "filmhub.wsgi"]), port


def get_status(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def last_page(port: int, list_path: str) -> int:
    """The deepest page of a list that answers 200 (page 1 always does)."""
    low, high = 1, MAX_PAGES
    while low < high:
        middle = (low + high + 1) // 2
        if get_status(port, f"{list_path}?page={middle}") == 200:
            low = middle
        else:
            high = middle - 1
    return low


def pages_of(content: dict[str, list[str]], last_news: int, last_events: int) -> list[Page]:
    cities = content["cities"]
    return [
        Page("home", ["/"], LIST_RATIO, FIRST_PAGE_GROWTH),
        Page("news list", ["/news/"], LIST_RATIO, FIRST_PAGE_GROWTH),
        Page(
            "events by city and kind",
            [f"/events/?city={city}&kind=festival" for city in cities],
            LIST_RATIO,
            FIRST_PAGE_GROWTH,
        ),
        Page("article page", content["articles"], DETAIL_RATIO, FIRST_PAGE_GROWTH),
        Page("event page", content["events"], DETAIL_RATIO, FIRST_PAGE_GROWTH),
        Page(
            "search",
            [f"/search/?q={word}" for word in content["words"]],
            SEARCH_RATIO,
            ANY_PAGE_GROWTH,
        ),
        Page("RSS feed", ["/news/feed/rss/"], LIST_RATIO, FIRST_PAGE_GROWTH),
        # A feed of up to 500 events: it holds more of them as the site grows.
        Page(
            "calendar feed",
            [f"/events/calendar.ics?city={city}" for city in cities],
            LIST_RATIO,
            ANY_PAGE_GROWTH,
        ),
        Page("last news page", [f"/news/?page={last_news}"], None, ANY_PAGE_GROWTH),
        Page("last events page", [f"/events/?page={last_events}"], None, ANY_PAGE_GROWTH),
        # The floor under every page: Django and the middleware, no query, no template.
        Page("robots.txt", ["/robots.txt"], None, None),
    ]


# Measuring ---------------------------------------------------------------------------


def visit(port: int, paths: list[str], connections: int) -> Counter:
    """Every path once on each of `connections` keep-alive connections, each in an order
    of its own; the statuses (or errors) counted."""
    statuses: Counter = Counter()
    lock = threading.Lock()

    def visitor(seed: int) -> None:
        order = random.Random(seed).sample(paths, len(paths))
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for path in order:
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                outcome: int | str = response.status
            except (OSError, http.client.HTTPException) as error:
                outcome = type(error).__name__
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                statuses[outcome] += 1
        connection.close()

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def wrk(port: int, paths_file: Path, seconds: int, connections: int) -> Run:
    command = [
        "wrk", f"--threads={min(WRK_THREADS, connections)}", f"--connections={connections}",
        f"--duration={seconds}s", "--timeout=10s", f"--script={LUA_SCRIPT}",
        f"http://127.0.0.1:{port}", "--", str(paths_file),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            figures = json.loads(line)
            del figures["seconds"]
            return Run(**figures)
    raise SystemExit(f"wrk gave no figures:\n{result.stdout}{result.stderr}")


def measure(
    pages: list[Page],
    ports: dict[str, int],
    folder: Path,
    options: argparse.Namespace,
    fill_connections: int,
) -> dict[str, dict[str, list[Run]]]:
    """Interleaved rounds; each run's ratio is to the static file in its round, on the
    same server. The first page is the static file. Before each cached run, the page's
    paths are visited on `fill_connections` connections (enough to reach every worker)."""
    files = {}
    for number, page in enumerate(pages):
        files[page.name] = folder / f"paths-{number}.txt"
        files[page.name].write_text("\n".join(page.paths) + "\n")
    # A second of load on each, not counted: threads, connections and caches warmed up.
    for page in pages:
        for mode in MODES:
            wrk(ports[mode], files[page.name], 1, options.connections)
    runs: dict[str, dict[str, list[Run]]] = {
        page.name: {mode: [] for mode in MODES} for page in pages
    }
    for round_number in range(1, options.rounds + 1):
        for number, page in enumerate(pages):
            for mode in MODES:
                if mode == "cached" and number:
                    # Pages expire from the cache after 300 s: those that did are stored
                    # again, so that what is measured is the cache.
                    visit(ports[mode], page.paths, fill_connections)
                run = wrk(ports[mode], files[page.name], options.seconds, options.connections)
                runs[page.name][mode].append(run)
        static = runs[pages[0].name]
        for page in pages:
            for mode in MODES:
                run, baseline = runs[page.name][mode][-1], static[mode][-1]
                run.ratio = run.rps / baseline.rps if baseline.rps else 0.0
        print(
            f"  round {round_number}/{options.rounds}: static file "
            f"{static['cached'][-1].rps:,.0f} req/s (cached server), "
            f"{static['uncached'][-1].rps:,.0f} (uncached server)",
            flush=True,
        )
    return runs


@dataclass
class Summary:
    rps: float
    ratio: float
    ratio_low: float
    ratio_high: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    worst_p99_ms: float
    requests: int
    non_2xx: int
    socket_errors: int
    cache_hits: int


def summarise(runs: list[Run]) -> Summary:
    ratios = [run.ratio for run in runs]

    def median(name: str) -> float:
        return statistics.median(getattr(run, name) for run in runs)

    return Summary(
        rps=median("rps"),
        ratio=statistics.median(ratios),
        ratio_low=min(ratios),
        ratio_high=max(ratios),
        p50_ms=median("p50_ms"),
        p95_ms=median("p95_ms"),
        p99_ms=median("p99_ms"),
        worst_p99_ms=max(run.p99_ms for run in runs),
        requests=sum(run.requests for run in runs),
        non_2xx=sum(run.non_2xx for run in runs),
        socket_errors=sum(run.socket_errors for run in runs),
        cache_hits=sum(run.cache_hits for run in runs),
    )


# Reporting ---------------------------------------------------------------------------


def table(pages: list[Page], summaries: dict[str, dict[str, Summary]]) -> str:
    lines = [
        "| page | server | req/s | × static | range | p50 ms | p95 ms | p99 ms | worst p99 "
        "| non-2xx | socket errors | cache hits |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page in pages:
        for mode in MODES:
            s = summaries[page.name][mode]
            hits = f"{s.cache_hits / s.requests:.0%}" if s.requests and mode == "cached" else "–"
            lines.append(
                f"| {page.name} | {mode} | {s.rps:,.0f} | {s.ratio:.2f} "
                f"| {s.ratio_low:.2f}–{s.ratio_high:.2f} | {s.p50_ms:.1f} | {s.p95_ms:.1f} "
                f"| {s.p99_ms:.1f} | {s.worst_p99_ms:.1f} | {s.non_2xx} | {s.socket_errors} "
                f"| {hits} |"
            )
    return "\n".join(lines)


def target(
    label: str,
    figures: list[tuple[str, float]],
    fine: Callable[[float], bool],
    style: str = "{:.2f}",
) -> bool:
    """Print a target as met or MISSED with its figures (a missed figure marked ✗)."""
    met = all(fine(value) for _, value in figures)
    listed = "; ".join(
        f"{name} {style.format(value)}{'' if fine(value) else ' ✗'}" for name, value in figures
    )
    print(f"{'met' if met else 'MISSED':<7} {label}")
    print(textwrap.fill(listed, width=96, initial_indent=" " * 8, subsequent_indent=" " * 8))
    return met


def check_targets(
    pages: list[Page],
    results: dict[int, dict[str, dict[str, Summary]]],
    connections: int,
) -> bool:
    sizes = sorted(results)
    largest = results[sizes[-1]]
    print(f"\n## Targets (ratios and latency at {sizes[-1]:,} articles)\n")
    met = [
        target(
            f"cached pages: throughput ≥ {CACHED_RATIO} × the static file's",
            [(page.name, largest[page.name]["cached"].ratio) for page in pages],
            lambda ratio: ratio >= CACHED_RATIO,
        )
    ]
    for label, limit in [
        ("uncached detail pages", DETAIL_RATIO),
        ("uncached lists, the city filter, feeds", LIST_RATIO),
        ("uncached search", SEARCH_RATIO),
    ]:
        group = [page for page in pages if page.uncached_ratio == limit]
        met.append(
            target(
                f"{label}: throughput ≥ {limit} × the static file's",
                [(page.name, largest[page.name]["uncached"].ratio) for page in group],
                lambda ratio, limit=limit: ratio >= limit,
            )
        )
    for name, limit in [("p95_ms", P95_MS), ("p99_ms", P99_MS)]:
        figures = [
            (f"{page.name} ({mode})", getattr(largest[page.name][mode], name))
            for page in pages
            for mode in MODES
        ]
        offenders = [(label, value) for label, value in figures if value >= limit]
        worst = max(figures, key=lambda figure: figure[1])
        met.append(
            target(
                f"{name[:3]} < {limit} ms at {connections} connections, every page "
                f"({'the slowest' if not offenders else 'over the limit'}):",
                offenders or [worst],
                lambda value, limit=limit: value < limit,
                "{:.1f} ms",
            )
        )
    everything = [
        (f"{name} ({mode}, {size:,})", summary)
        for size, summaries in results.items()
        for name, by_mode in summaries.items()
        for mode, summary in by_mode.items()
    ]
    failures = [
        (label, summary.non_2xx + summary.socket_errors)
        for label, summary in everything
        if summary.non_2xx or summary.socket_errors
    ]
    requests = sum(summary.requests for _, summary in everything)
    met.append(
        target(
            f"no response other than 2xx, no socket error, every size ({requests:,} requests):",
            failures or [("all pages", 0)],
            lambda count: count == 0,
            "{:,.0f}",
        )
    )
    if len(sizes) < 2:
        print("(p95 growth needs two sizes: not checked)")
        return all(met)
    smallest = results[sizes[0]]
    print(f"\n## Growth: uncached p95 at {sizes[-1]:,} articles over p95 at {sizes[0]:,}\n")
    for label, limit in [
        ("first pages, details and the event filter", FIRST_PAGE_GROWTH),
        ("any other reachable page", ANY_PAGE_GROWTH),
    ]:
        group = [page for page in pages if page.growth == limit]
        met.append(
            target(
                f"{label}: ≤ {limit}×",
                [
                    (
                        page.name,
                        largest[page.name]["uncached"].p95_ms
                        / smallest[page.name]["uncached"].p95_ms,
                    )
                    for page in group
                ],
                lambda growth, limit=limit: growth <= limit,
                "{:.2f}×",
            )
        )
    return all(met)


# The run -----------------------------------------------------------------------------


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("a whole number, at least 1")
    return int(text)


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(size) for size in text.split(",")})
    except ValueError:
        raise argparse.ArgumentTypeError(
            "sizes are numbers of articles, e.g. 1000,100000"
        ) from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes are positive numbers of articles")
    return sizes


def bench_size(
    size: int, options: argparse.Namespace, folder: Path, redis_prefix: str | None
) -> tuple[list[Page], dict[str, dict[str, Summary]]]:
    """Build the site at one size, serve it twice, measure; the pages and their figures."""
    folder.mkdir(parents=True)
    # The commands that build the site keep to a cache of their own, whatever is set.
    env = {**environment(options.database, folder, DATABASE_NAME), "REDIS_URL": ""}
    print(f"\n## {size:,} articles, {size // 2:,} events, {CITIES} cities\n", flush=True)
    started = time.monotonic()
    content = build(options.database, env, size)
    print(f"site built in {time.monotonic() - started:.0f} s", flush=True)
    servers: dict[str, tuple[subprocess.Popen, int]] = {}
    try:
        for mode in MODES:
            cache = {"REDIS_URL": ""}
            if redis_prefix:
                cache = {
                    "REDIS_URL": REDIS_URL,
                    "DJANGO_CACHE_KEY_PREFIX": f"{redis_prefix}-{size}-{mode}",
                }
            servers[mode] = serve(env, mode, cache, folder / f"server-{mode}.log")
        ports = {mode: port for mode, (_, port) in servers.items()}
        last_news = last_page(ports["uncached"], "/news/")
        last_events = last_page(ports["uncached"], "/events/")
        print(f"deepest reachable pages: /news/?page={last_news}, /events/?page={last_events}")
        static = Page("static file (baseline)", content["static"], None, None)
        pages = pages_of(content, last_news, last_events)
        everything = [path for page in [static, *pages] for path in page.paths]
        # Once through every path (which also checks that each answers), on enough
        # connections to reach every worker of the cached server: with no Redis, each
        # worker has a cache of its own to fill.
        fill_connections = 2 if redis_prefix else options.connections
        for mode, connections in [("uncached", 2), ("cached", fill_connections)]:
            statuses = visit(ports[mode], everything, connections)
            print(f"warm-up, {mode} server: {len(everything)} paths, statuses {dict(statuses)}")
        print(
            f"measuring: {options.rounds} rounds of {len(pages) + 1} addresses × 2 servers, "
            f"{options.seconds} s each",
            flush=True,
        )
        runs = measure([static, *pages], ports, folder, options, fill_connections)
    finally:
        for server, _ in servers.values():
            server.terminate()
        for server, _ in servers.values():
            server.wait(timeout=30)
    # Only the logs are kept: the database takes hundreds of megabytes at 100,000 articles.
    if options.database == "postgresql":
        drop_postgres_database(DATABASE_NAME)
    for database_file in folder.glob(f"{DATABASE_NAME}.sqlite3*"):
        database_file.unlink()
    for files in ["static", "media"]:
        shutil.rmtree(folder / files, ignore_errors=True)
    summaries = {
        name: {mode: summarise(mode_runs) for mode, mode_runs in by_mode.items()}
        for name, by_mode in runs.items()
    }
    print()
    print(table([static, *pages], summaries), flush=True)
    return pages, summaries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=[1000, 100_000],
        help="numbers of articles, comma-separated (events: half as many; default 1000,100000)",
    )
    parser.add_argument("--rounds", type=positive, default=3)
    parser.add_argument("--seconds", type=positive, default=5, help="per measurement")
    parser.add_argument("--connections", type=positive, default=8)
    options = parser.parse_args()

    if not shutil.which("wrk"):
        raise SystemExit(
            "This benchmark needs wrk, the HTTP load tool: apt-get install wrk "
            "(or build it from https://github.com/wg/wrk)."
        )
    database = database_version(options.database)
    redis = redis_version()
    print("# filmhub HTTP benchmark\n")
    print(f"date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %z}")
    print(f"machine: {cpu_model()}, {len(os.sched_getaffinity(0))} cores")
    print(f"Python {platform.python_version()}, gunicorn {gunicorn.__version__}, {wrk_version()}")
    print(f"database: {database}")
    if redis:
        print(f"cache: Redis {redis} at {REDIS_URL}, shared by the workers (as in production)")
    else:
        print("cache: local memory, one per worker process (no Redis answered at 127.0.0.1:6379)")
    print(
        f"load: {options.connections} connections, {options.seconds} s a measurement, "
        f"rounds: {options.rounds}; gunicorn --config filmhub/gunicorn.conf.py (its "
        "default workers and threads), debug off"
    )
    print(
        "sizes: "
        + ", ".join(f"{size:,}" for size in options.sizes)
        + f" articles, half as many events, {CITIES} cities",
        flush=True,
    )

    folder = Path(tempfile.mkdtemp(prefix="filmhub-http-bench-"))
    prefix = f"filmhub-bench-http-{uuid.uuid4().hex[:8]}"
    results: dict[int, dict[str, dict[str, Summary]]] = {}
    try:
        for size in options.sizes:
            pages, results[size] = bench_size(
                size, options, folder / str(size), prefix if redis else None
            )
    finally:
        if redis:
            forget_redis_keys(prefix)
    met = check_targets(pages, results, options.connections)
    print(f"\n(server logs in {folder})")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
