"""Public pages are cached for anonymous visitors, never for or from staff, and a change to
content shows at once: in this process, and in every other one sharing the cache.

Each test runs on the local-memory cache and on Redis (REDIS_URL, or the local server's
database 1); without a Redis the second run is skipped, and with CI=true it fails.
"""

import datetime
import os
import re
import threading
import time
import uuid
from http.cookiejar import CookieJar
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, build_opener

import pytest
import redis
from django.contrib.auth.models import User
from django.core.cache import caches
from django.db import connection, connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from filmhub import caching
from filmhub.caching import (
    AnonymousPageCacheMiddleware,
    current_generation,
    new_generation,
)
from filmhub.publishing import Status
from tests.admin_forms import post_admin_form
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    article,
)
from tests.servers import environment, fetch, finish, gunicorn, manage

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/1"
ON_CI = os.environ.get("CI") == "true"


def require_redis() -> None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        reason = f"Redis not reachable at {REDIS_URL}: {error}"
        if ON_CI:
            pytest.fail(f"{reason} (CI=true requires it)", pytrace=False)
        pytest.skip(reason)


def forget_keys(prefix: str) -> None:
    """Not clear(): that empties the database other test processes use too."""
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The page cache on, in a cache of this test's own (a fresh key prefix)."""
    prefix = f"filmhub-test-{uuid.uuid4().hex}"
    if request.param == "redis":
        require_redis()
        backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    else:
        backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": prefix}
    settings.CACHES = {"default": {**backend, "KEY_PREFIX": prefix}}
    settings.FILMHUB_PAGE_CACHE_SECONDS = 300
    yield caches["default"]
    if request.param == "redis":
        forget_keys(prefix)


def served_from_cache(response) -> bool:
    return response.get("X-Cache") == "hit"


def run_action(client, obj, action: str):
    opts = obj._meta
    return client.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        {"action": action, "_selected_action": [obj.pk]},
        follow=True,
    )


# -- what is cached ----------------------------------------------------------------------


@pytest.fixture
def public_pages() -> dict[str, str]:
    """One address of every kind of public page, feed and calendar, with content."""
    city, author, series = CityFactory(), PersonFactory(), SeriesFactory()
    story = article("Harbour premiere", cities=[city], authors=[author], series=series)
    event = EventFactory(city=city)
    programme = ProgrammeFactory()
    programme.cities.add(city)
    today = timezone.localdate()
    return {
        "home": reverse("filmhub:home"),
        "news": reverse("articles:article-list"),
        "news filtered": reverse("articles:article-list") + f"?city={city.slug}",
        "article": story.get_absolute_url(),
        "series": series.get_absolute_url(),
        "person": author.get_absolute_url(),
        "programmes": reverse("programmes:programme-list"),
        "programme": programme.get_absolute_url(),
        "events": reverse("programmes:event-list"),
        "event": event.get_absolute_url(),
        "calendar": reverse("programmes:event-calendar", args=[today.year, today.month]),
        "cities": reverse("filmhub:city-list"),
        "city": city.get_absolute_url(),
        "search": reverse("filmhub:search") + "?q=harbour",
        "rss": reverse("articles:news-rss"),
        "atom": reverse("articles:news-atom"),
        "event ics": reverse("programmes:event-ics", args=[event.slug]),
        "events calendar feed": reverse("programmes:event-calendar-feed"),
        "programme ics": reverse("programmes:programme-ics", args=[programme.slug]),
        "deadlines feed": reverse("programmes:programme-deadlines-feed"),
        "sitemap": reverse("filmhub:sitemap-index"),
        "sitemap section": reverse("filmhub:sitemap-section", args=["articles"]),
        "robots": reverse("filmhub:robots-txt"),
    }


PAGES = [
    "home",
    "news",
    "news filtered",
    "article",
    "series",
    "person",
    "programmes",
    "programme",
    "events",
    "event",
    "calendar",
    "cities",
    "city",
    "search",
    "rss",
    "atom",
    "event ics",
    "events calendar feed",
    "programme ics",
    "deadlines feed",
    "sitemap",
    "sitemap section",
    "robots",
]


@pytest.mark.parametrize("page", PAGES)
def test_second_anonymous_request_is_served_from_the_cache_without_queries(
    page, page_cache, public_pages, client, django_assert_num_queries
):
    first = client.get(public_pages[page])

    with django_assert_num_queries(0):
        second = client.get(public_pages[page])

    assert first.status_code == second.status_code == 200
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_the_query_string_is_part_of_the_key(page_cache, client):
    ArticleFactory(title="A festival report", kind="feature")
    ArticleFactory(title="A market notice", kind="news")
    news = reverse("articles:article-list")

    everything = client.get(news)
    features = client.get(news, {"kind": "feature"})

    assert not served_from_cache(features)
    assert "A market notice" in everything.text
    assert "A market notice" not in features.text
    assert served_from_cache(client.get(news, {"kind": "feature"}))


def test_head_is_answered_from_the_cached_get(page_cache, client, django_assert_num_queries):
    news = reverse("articles:article-list")
    client.get(news)

    with django_assert_num_queries(0):
        response = client.head(news)

    assert response.status_code == 200
    assert served_from_cache(response)


def test_errors_long_query_strings_health_checks_and_the_admin_are_not_cached(page_cache, client):
    addresses = [
        "/news/no-such-article/",
        reverse("articles:article-list") + "?kind=" + "x" * 600,
        reverse("filmhub:healthz"),
        reverse("admin:login"),
    ]
    for address in addresses:
        client.get(address)

        assert not served_from_cache(client.get(address)), address


def test_a_response_that_sets_a_cookie_or_varies_on_more_than_cookies_is_not_stored(page_cache):
    with_cookie = HttpResponse("hello")
    with_cookie.set_cookie("csrftoken", "personal")
    by_language = HttpResponse("hello")
    by_language["Vary"] = "Cookie, Accept-Language"
    private = HttpResponse("hello", headers={"Cache-Control": "private"})

    def renderings(response: HttpResponse, path: str) -> int:
        rendered = []
        middleware = AnonymousPageCacheMiddleware(lambda request: rendered.append(1) or response)
        for _ in range(2):
            middleware(RequestFactory().get(path))
        return len(rendered)

    assert renderings(HttpResponse("hello"), "/plain/") == 1
    assert renderings(with_cookie, "/with-cookie/") == 2
    assert renderings(by_language, "/by-language/") == 2
    assert renderings(private, "/private/") == 2


class SlowPage:
    """A view that renders once it is let go, counting the requests it renders."""

    def __init__(self, response: HttpResponse) -> None:
        self.response, self.let_go = response, threading.Event()
        self.entered = threading.Semaphore(0)
        self.renderings = 0

    def __call__(self, request) -> HttpResponse:
        self.renderings += 1
        self.entered.release()
        assert self.let_go.wait(10)
        return self.response


def in_thread(middleware, path: str, method: str = "get") -> tuple[threading.Thread, dict]:
    answer: dict = {}

    def ask() -> None:
        try:
            answer["response"] = middleware(getattr(RequestFactory(), method)(path))
            answer["at"] = time.monotonic()
        finally:
            connections.close_all()  # this thread's own, opened to store the page

    thread = threading.Thread(target=ask)
    thread.start()
    return thread, answer


@pytest.fixture
def waiting(monkeypatch) -> threading.Semaphore:
    """Released each time a request starts waiting for a page another is rendering."""
    started = threading.Semaphore(0)
    wait_for_page = caching.wait_for_page

    def signalling(*args, **kwargs):
        started.release()
        return wait_for_page(*args, **kwargs)

    monkeypatch.setattr(caching, "wait_for_page", signalling)
    return started


def second_while_first_renders(page: SlowPage, path: str, waiting) -> tuple[dict, dict]:
    """Two requests for one page: the second arrives, and waits, while the first renders
    it. Their answers once the page is let go."""
    middleware = AnonymousPageCacheMiddleware(page)
    first, first_answer = in_thread(middleware, path)
    assert page.entered.acquire(timeout=10)
    second, second_answer = in_thread(middleware, path)
    assert waiting.acquire(timeout=10)
    page.let_go.set()
    first.join(10)
    second.join(10)
    return first_answer, second_answer


def test_requests_for_a_page_being_rendered_wait_for_it_instead_of_rendering_it(
    page_cache, waiting
):
    page = SlowPage(HttpResponse("<p>Harbour premiere</p>"))

    first_answer, second_answer = second_while_first_renders(page, "/news/", waiting)

    assert page.renderings == 1
    assert first_answer["response"]["X-Cache"] == "miss"
    assert second_answer["response"]["X-Cache"] == "hit"
    assert second_answer["response"].content == b"<p>Harbour premiere</p>"


def test_a_request_waiting_for_a_page_that_is_not_stored_renders_its_own(
    page_cache, settings, waiting
):
    page = SlowPage(HttpResponse("Not found", status=404))

    first_answer, second_answer = second_while_first_renders(page, "/news/nothing-here/", waiting)

    assert page.renderings == 2
    assert second_answer["response"].status_code == 404
    # It went on as soon as the first was done, not after the longest wait.
    waited = second_answer["at"] - first_answer["at"]
    assert waited < settings.FILMHUB_RENDERING_WAIT_SECONDS / 2


@pytest.mark.parametrize("setting", ["no wait", "a HEAD request"])
def test_with_no_wait_or_no_page_to_store_each_request_renders_its_own(
    page_cache, settings, setting
):
    # Long enough that a request waiting for the first one would be seen to wait.
    settings.FILMHUB_RENDERING_WAIT_SECONDS = 0 if setting == "no wait" else 20
    page = SlowPage(HttpResponse("<p>Harbour premiere</p>"))
    middleware = AnonymousPageCacheMiddleware(page)

    # A HEAD request stores nothing: a GET arriving meanwhile does not wait for it.
    first, _ = in_thread(middleware, "/news/", "head" if setting == "a HEAD request" else "get")
    assert page.entered.acquire(timeout=10)
    second, _ = in_thread(middleware, "/news/")

    assert page.entered.acquire(timeout=5)  # the second is rendering too
    page.let_go.set()
    first.join(10)
    second.join(10)
    assert page.renderings == 2


def test_a_page_whose_rendering_failed_is_rendered_at_once_by_the_next_request(
    page_cache, settings
):
    def failing(request):
        raise ValueError("the view failed")

    with pytest.raises(ValueError):
        AnonymousPageCacheMiddleware(failing)(RequestFactory().get("/news/"))

    started = time.monotonic()
    response = AnonymousPageCacheMiddleware(lambda request: HttpResponse())(
        RequestFactory().get("/news/")
    )

    assert response["X-Cache"] == "miss"
    assert time.monotonic() - started < settings.FILMHUB_RENDERING_WAIT_SECONDS / 2


def test_a_page_whose_renderer_died_is_rendered_after_the_longest_wait(page_cache, settings):
    settings.FILMHUB_RENDERING_WAIT_SECONDS = 0.3
    request = RequestFactory().get("/news/")
    mark = f"{caching.page_key(request)}:rendering:{current_generation(page_cache)}"
    page_cache.add(mark, True)  # left by a process that died while rendering
    rendered = []
    middleware = AnonymousPageCacheMiddleware(lambda request: rendered.append(1) or HttpResponse())

    started = time.monotonic()
    response = middleware(request)

    assert rendered == [1]
    assert response["X-Cache"] == "miss"
    assert time.monotonic() - started >= 0.3


def test_the_site_answers_and_saves_while_the_cache_is_down(settings, client, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
        }
    }
    settings.FILMHUB_PAGE_CACHE_SECONDS = 300

    ArticleFactory(title="Written while the cache was down")

    response = client.get(reverse("articles:article-list"))
    assert response.status_code == 200
    assert "Written while the cache was down" in response.text
    assert "Page cache unavailable" in caplog.text


# -- content changes show at once ------------------------------------------------------


def test_publishing_editing_unpublishing_and_deleting_show_at_once(page_cache, client):
    item = ArticleFactory(title="Harbour premiere", status=Status.DRAFT, publish_at=None)
    news = reverse("articles:article-list")
    client.get(news)
    assert served_from_cache(client.get(news))
    assert "Harbour premiere" not in client.get(news).text

    item.publish()
    item.save()
    assert "Harbour premiere" in client.get(news).text

    item.title = "Harbour premiere, sold out"
    item.save()
    assert "Harbour premiere, sold out" in client.get(news).text
    assert "Harbour premiere, sold out" in client.get(item.get_absolute_url()).text

    item.unpublish()
    item.save()
    assert "Harbour premiere" not in client.get(news).text
    assert client.get(item.get_absolute_url()).status_code == 404

    item.publish()
    item.save()
    assert "Harbour premiere" in client.get(news).text
    item.delete()
    assert "Harbour premiere" not in client.get(news).text


def test_links_between_items_and_changes_to_cities_show_at_once(page_cache, client):
    busan = CityFactory(name="Busan")
    story = ArticleFactory(title="Harbour premiere")
    client.get(busan.get_absolute_url())
    assert served_from_cache(client.get(busan.get_absolute_url()))

    story.cities.add(busan)
    assert "Harbour premiere" in client.get(busan.get_absolute_url()).text

    story.cities.remove(busan)
    assert "Harbour premiere" not in client.get(busan.get_absolute_url()).text

    busan.profile = "A port city with a film festival every October."
    busan.save()
    assert "every October" in client.get(busan.get_absolute_url()).text


def test_publishing_and_editing_through_the_admin_show_at_once(page_cache, editor_client, client):
    item = ArticleFactory(title="Harbour premiere", status=Status.IN_REVIEW, publish_at=None)
    news = reverse("articles:article-list")
    client.get(news)
    assert served_from_cache(client.get(news))

    run_action(editor_client, item, "publish")
    assert "Harbour premiere" in client.get(news).text

    change = reverse("admin:articles_article_change", args=[item.pk])
    assert (
        post_admin_form(editor_client, change, title_en="Harbour premiere, sold out").status_code
        == 302
    )
    assert "Harbour premiere, sold out" in client.get(news).text

    run_action(editor_client, item, "unpublish")
    assert "Harbour premiere" not in client.get(news).text


def test_work_on_drafts_and_items_in_review_leaves_public_pages_cached(
    page_cache, editor_client, client
):
    """No public page shows a draft: writing one, editing it through the admin, linking
    it to a city and sending it for review renew nothing."""
    busan = CityFactory(name="Busan")
    ArticleFactory(title="Live story").cities.add(busan)
    draft = ArticleFactory(title="Secret draft", status=Status.DRAFT, publish_at=None)
    news = reverse("articles:article-list")
    client.get(news)
    client.get(busan.get_absolute_url())
    generation = current_generation(page_cache)

    ArticleFactory(title="Another draft", status=Status.DRAFT, publish_at=None)
    draft.title = "Secret draft, revised"
    draft.save()
    draft.cities.add(busan)
    change = reverse("admin:articles_article_change", args=[draft.pk])
    assert post_admin_form(editor_client, change, title_en="Secret draft, again").status_code == 302
    draft.refresh_from_db()
    draft.status = Status.IN_REVIEW
    draft.save()

    assert current_generation(page_cache) == generation
    for page in (news, busan.get_absolute_url()):
        response = client.get(page)
        assert served_from_cache(response)
        assert "Live story" in response.text
        assert "draft" not in response.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_draft_saved_while_another_editor_publishes_it_renews_the_pages(page_cache, monkeypatch):
    """Editor B opened the draft before editor A published it, and saves it while A's
    transaction is still open: B's save turns a published item back into a draft, so it
    must renew the pages, which may have been cached since A's commit."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer in at a time: B cannot read before A commits")
    renewals_by = []
    renew = caching.new_generation
    monkeypatch.setattr(
        caching,
        "new_generation",
        lambda: renewals_by.append(threading.current_thread().name) or renew(),
    )
    item = ArticleFactory(title="Harbour premiere", status=Status.DRAFT, publish_at=None)
    opened_by_b = Article.objects.get(pk=item.pk)
    published = threading.Event()

    def editor_a() -> None:
        try:
            with transaction.atomic():
                story = Article.objects.get(pk=item.pk)
                story.publish()
                story.save()
                published.set()
                time.sleep(0.5)  # B saves meanwhile
        finally:
            connections.close_all()

    a = threading.Thread(target=editor_a, name="editor A")
    a.start()
    assert published.wait(10)
    renewals_by.clear()
    opened_by_b.title = "Harbour premiere, draft of the review"
    with transaction.atomic():
        opened_by_b.save()
    a.join(10)

    assert Article.objects.get(pk=item.pk).status == Status.DRAFT
    assert threading.current_thread().name in renewals_by


def test_a_rescheduled_item_appears_at_its_new_time(page_cache, settings, client, time_machine):
    """Not yet public, but released: its time decides how long pages may be kept."""
    settings.FILMHUB_PAGE_CACHE_SECONDS = 24 * 3600
    now = timezone.now()
    time_machine.move_to(now)
    item = ArticleFactory(title="Harbour premiere", publish_at=now + datetime.timedelta(hours=5))
    news = reverse("articles:article-list")
    assert "Harbour premiere" not in client.get(news).text

    item.publish_at = now + datetime.timedelta(hours=1)
    item.save()
    assert "Harbour premiere" not in client.get(news).text

    time_machine.move_to(now + datetime.timedelta(hours=1, seconds=1))
    assert "Harbour premiere" in client.get(news).text


def test_a_scheduled_item_appears_when_its_time_comes(
    page_cache, settings, client, time_machine, django_assert_num_queries
):
    settings.FILMHUB_PAGE_CACHE_SECONDS = 24 * 3600
    now = timezone.now()
    time_machine.move_to(now)
    ArticleFactory(title="Harbour premiere", publish_at=now + datetime.timedelta(hours=1))
    news = reverse("articles:article-list")
    assert "Harbour premiere" not in client.get(news).text

    # Until then the page stays cached...
    time_machine.move_to(now + datetime.timedelta(minutes=59))
    with django_assert_num_queries(0):
        assert "Harbour premiere" not in client.get(news).text

    # ...and from then on it is rendered afresh, with nothing saved in between.
    time_machine.move_to(now + datetime.timedelta(hours=1, seconds=1))
    assert "Harbour premiere" in client.get(news).text


def test_a_change_inside_a_transaction_moves_the_generation_on_again_at_commit(
    page_cache, django_capture_on_commit_callbacks
):
    before = current_generation(page_cache)

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        ArticleFactory()
        ArticleFactory()

    assert current_generation(page_cache) > before
    # Once per transaction, however many items it saved.
    assert callbacks.count(new_generation) == 1


# -- staff -------------------------------------------------------------------------------


def test_staff_get_fresh_pages_which_never_reach_the_public(page_cache, client, editor_client):
    live = ArticleFactory(title="Live story")
    draft = ArticleFactory(title="Secret draft", status=Status.DRAFT, publish_at=None)

    preview = editor_client.get(draft.get_absolute_url())
    staff_view = editor_client.get(live.get_absolute_url())

    assert "Preview: this item is not public yet" in preview.text
    for response in [preview, staff_view]:
        assert "X-Cache" not in response
        assert "private" in response["Cache-Control"]
    # What staff were shown was not stored for the public.
    assert client.get(draft.get_absolute_url()).status_code == 404
    public = client.get(live.get_absolute_url())
    assert public["X-Cache"] == "miss"
    assert "Preview" not in public.text
    # And what the public were shown is not served to staff.
    with CaptureQueriesContext(connection) as queries:
        again = editor_client.get(live.get_absolute_url())
    assert "X-Cache" not in again
    assert len(queries) > 0


def test_a_session_cookie_alone_bypasses_the_cache(page_cache, client):
    news = reverse("articles:article-list")
    client.get(news)
    client.cookies["sessionid"] = "expired-or-forged"

    assert not served_from_cache(client.get(news))


def test_a_request_with_credentials_is_neither_served_nor_stored(page_cache, client):
    """Whoever sends an Authorization header (a proxy's or an API client's) may be shown
    something of their own."""
    news = reverse("articles:article-list")
    client.get(news)
    credentials = {"HTTP_AUTHORIZATION": "Basic ZWRpdG9yOnNlY3JldA=="}

    assert not served_from_cache(client.get(news, **credentials))
    cities = reverse("filmhub:city-list")
    assert client.get(cities, **credentials).get("X-Cache") is None
    assert client.get(cities).get("X-Cache") == "miss"


# -- conditional requests ----------------------------------------------------------------


def test_a_repeated_request_with_the_etag_is_answered_not_modified(
    page_cache, client, django_assert_num_queries
):
    ArticleFactory(title="Harbour premiere")
    news = reverse("articles:article-list")
    etag = client.get(news)["ETag"]

    with django_assert_num_queries(0):
        unchanged = client.get(news, headers={"If-None-Match": etag})
    ArticleFactory(title="Festival line-up")
    changed = client.get(news, headers={"If-None-Match": etag})

    assert unchanged.status_code == 304
    assert changed.status_code == 200
    assert "Festival line-up" in changed.text
    assert changed["ETag"] != etag


# -- several processes -------------------------------------------------------------------


def postgres_url() -> str:
    database = connection.settings_dict
    credentials = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    return (
        f"postgres://{credentials}@{database['HOST'] or 'localhost'}:{database['PORT'] or 5432}"
        f"/{database['NAME']}"
    )


def csrf_token(page: bytes) -> str:
    return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_change_through_one_app_process_shows_at_once_in_another(request, tmp_path, settings):
    """Two gunicorn servers on one PostgreSQL database and one Redis, as in production: an
    editor publishes and unpublishes through one, and the other's cached pages follow."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL), which the servers share")
    require_redis()
    # The servers check passwords with the production hashers.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    User.objects.create_superuser("chief-editor", "chief@example.org", "correct horse battery")
    item = ArticleFactory(title="Harbour premiere", status=Status.IN_REVIEW, publish_at=None)
    prefix = f"filmhub-test-{uuid.uuid4().hex}"
    shared = {
        "DATABASE_URL": postgres_url(),
        "REDIS_URL": REDIS_URL,
        "DJANGO_CACHE_KEY_PREFIX": prefix,
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
    }
    finish(manage("collectstatic", "--noinput", env=environment(**shared)))
    request.addfinalizer(lambda: forget_keys(prefix))

    with (
        gunicorn(tmp_path / "one.log", **shared) as one,
        gunicorn(tmp_path / "other.log", **shared) as other,
    ):
        news = f"{other}{reverse('articles:article-list')}"
        assert fetch(news)[1]["X-Cache"] == "miss"
        status, headers, page = fetch(news)
        assert (status, headers["X-Cache"]) == (200, "hit")
        assert b"Harbour premiere" not in page

        editor = build_opener(HTTPCookieProcessor(CookieJar()))
        login = f"{one}{reverse('admin:login')}"
        form = {
            "username": "chief-editor",
            "password": "correct horse battery",
            "next": reverse("admin:index"),
            "csrfmiddlewaretoken": csrf_token(fetch(login, opener=editor)[2]),
        }
        assert b"Log out" in fetch(login, opener=editor, data=urlencode(form).encode())[2]

        def act(action: str) -> None:
            changelist = f"{one}{reverse('admin:articles_article_changelist')}"
            form = {
                "action": action,
                "_selected_action": item.pk,
                "index": 0,
                "csrfmiddlewaretoken": csrf_token(fetch(changelist, opener=editor)[2]),
            }
            status, _, page = fetch(changelist, opener=editor, data=urlencode(form).encode())
            assert status == 200, page

        act("publish")
        status, headers, page = fetch(news)
        assert b"Harbour premiere" in page
        assert fetch(f"{other}{item.get_absolute_url()}")[0] == 200

        act("unpublish")
        assert b"Harbour premiere" not in fetch(news)[2]
        assert fetch(f"{other}{item.get_absolute_url()}")[0] == 404
