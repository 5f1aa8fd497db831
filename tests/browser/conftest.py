"""The browser suite: headless Chromium against a live server holding the demo content.

One browser and one server serve the whole run; each test gets a fresh browser context
(its own cookies) and page. The server runs in a thread of this process, so a test can
move the clock with time_machine and the site sees it. The suite runs apart from the
unit tests (`make test` runs both; `pytest -m browser tests/browser` runs it alone): it
loads the demo content into a database of its own, which unit tests must not see.

Without a Chromium the tests are skipped with the reason given; with
FILMHUB_BROWSER_TESTS=required (as CI sets it) a missing browser fails them instead.
"""

import os
import shutil
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command

from tests.factories import UserFactory

# Playwright's synchronous API keeps an event loop in this thread. Django then takes
# every ORM call made by a test for one made from async code and refuses it, though the
# call is synchronous; the server thread, which answers the browser, is unaffected.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REQUIRED = os.environ.get("FILMHUB_BROWSER_TESTS") == "required"
ARTIFACTS = Path(os.environ.get("FILMHUB_ARTIFACTS", settings.BASE_DIR / "artifacts"))
PASSWORD = "correct horse battery"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def missing_tool(reason: str) -> None:
    """Skip, or fail when the run must not go without the tool."""
    if REQUIRED:
        pytest.fail(f"{reason} (FILMHUB_BROWSER_TESTS=required)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(tmp_path_factory) -> None:
    """A database file of the suite's own: the server's request threads each open a
    connection to it, as production does, rather than share one in-memory database."""
    database = settings.DATABASES["default"]
    if "sqlite" in database["ENGINE"]:
        path = tmp_path_factory.mktemp("browser-db") / "filmhub.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(path)


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """A fresh database for the run. pytest-django's own setup makes only the databases
    that tests marked django_db ask for, and these tests ask for none: they share the
    server's data for the whole run rather than each roll back a transaction of its own."""
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=0)


@pytest.fixture
def media_root() -> Path:
    """Uploads stay in the session's folder, beside the demo content's pictures."""
    return Path(settings.MEDIA_ROOT)


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker) -> Iterator[str]:
    """The live server's address, serving the demo content; staff accounts exist for
    each role (see `staff`). Tests may read and write the database directly all run."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())
        for role in ["Contributor", "Editor"]:
            UserFactory(username=role.lower(), role=role, first_name=role, last_name="Tester")
        server = LiveServer("127.0.0.1:0")
        server._live_server_modified_settings.enable()
        try:
            yield server.url
        finally:
            server._live_server_modified_settings.disable()
            server.stop()


@pytest.fixture
def staff(site) -> dict[str, User]:
    """The staff accounts by username: "contributor" and "editor"."""
    return {user.username: user for user in User.objects.filter(is_staff=True)}


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        missing_tool(f"Chromium not found at {CHROMIUM}: browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def watch_for_errors(page, errors: list[str]) -> None:
    """Collect script errors, console errors and failed loads of anything the page uses
    (an image, a stylesheet); a page that is itself an error, such as a 404 a test asks
    for, is the test's business."""
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            # Chromium reports every failed load here too; responses are checked below.
            and not message.text.startswith("Failed to load resource")
            and errors.append(message.text)
        ),
    )
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and errors.append(f"{response.status} {response.url}")
        ),
    )


def new_page(browser, site: str, viewport: dict, color_scheme: str = "light"):
    """A page in a fresh context. `page.errors` collects what `watch_for_errors` finds on
    it and on every window it opens, such as the admin's pop-ups."""
    context = browser.new_context(base_url=site, viewport=viewport, color_scheme=color_scheme)
    context.set_default_timeout(10_000)
    errors: list[str] = []
    context.on("page", lambda opened: watch_for_errors(opened, errors))
    page = context.new_page()
    page.errors = errors
    return page


def watched_page(browser, site: str, viewport: dict) -> Iterator:
    page = new_page(browser, site, viewport)
    yield page
    page.context.close()
    assert page.errors == []


@pytest.fixture
def page(browser, site):
    """A desktop-sized page in a fresh context; a script error on any page fails the test."""
    yield from watched_page(browser, site, DESKTOP)


@pytest.fixture
def phone_page(browser, site):
    yield from watched_page(browser, site, PHONE)


def log_in(page, username: str) -> None:
    """Sign in through the admin's own login form."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")


def screenshot(page, name: str) -> Path:
    """A full-page picture in the artefact folder that CI keeps (not committed)."""
    path = ARTIFACTS / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path, full_page=True)
    return path
