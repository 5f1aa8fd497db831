"""Whole-page caching of public pages for anonymous visitors, correct across app processes.

A page is stored once rendered for a visitor without a session, and served to the next
such visitor without touching the database. Four things keep it right and cheap:

- Who: only requests that carry no session (or messages, or language) cookie and no
  Authorization header are served from or stored in the cache. Staff always carry a
  session, so they get every page fresh (the preview banner, "View on site"), and a page
  rendered for them is never stored. Responses that set a cookie, vary on anything but
  Cookie, or say private / no-cache / no-store are not stored either.
- When content changes: every save, delete and many-to-many change of a content model
  moves a site-wide *generation* number on, kept in the shared cache (Redis in
  production). A page is stored with the generation it was rendered in, and read in the
  same round trip as the current number: every process therefore stops serving the old
  pages at once, and the next rendering of a page takes its place. Saves of a draft or
  an item in review, and changes to its links made from its side, are the exception: no
  public page shows it, so editors at work on one leave the cached pages be. A save reads
  the item's stored status with its row locked (is_released): a draft saved over an item
  another editor is publishing at that moment still renews the pages.
- One rendering at a time: after a change, the first GET for a page renders it and the
  others for that page, in any process, wait for it to be stored rather than render it
  too (up to FILMHUB_RENDERING_WAIT_SECONDS; when that rendering ends without storing a
  page, an error page say, each renders its own). A busy page that changes then costs
  one rendering, not one per visitor arriving meanwhile.
- When the clock publishes: a scheduled item becomes public when its time comes, with
  nothing saved then. A page is stored only until the next scheduled publication time
  (itself cached per generation), so the first request after it renders afresh.
  Other clock-driven changes (an event passing, a call closing) show within
  FILMHUB_PAGE_CACHE_SECONDS.

Every cached response has an ETag, so ConditionalGetMiddleware answers a browser's or a
feed reader's If-None-Match with 304. With one process and no Redis, the local-memory
cache does the same within that process; several processes need REDIS_URL.

Django's own cache middleware keys a page on the whole Cookie header once the response
varies on Cookie (as every page reading request.user does), so each anonymous visitor with
any cookie gets an entry of their own and signed-in staff get theirs, in the shared cache;
and its key prefix is fixed, with no place for a generation. Hence this small middleware.
"""

import functools
import hashlib
import logging
import time
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import BaseCache, caches
from django.db import transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import (
    cc_delim_re,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
# Longer query strings are answered but not cached, so that junk parameters cannot fill
# the cache; every filter combination of the site's lists fits well within this.
MAX_QUERY_STRING = 512
CONTENT_APPS = ("filmhub", "articles", "programmes")
# A day: how long the next publication time is kept for one generation, at most.
NEXT_PUBLICATION_SECONDS = 24 * 3600
# The mark that a page is being rendered expires after this, should the process rendering
# it die; requests for the page wait FILMHUB_RENDERING_WAIT_SECONDS at most.
RENDERING_MARK_SECONDS = 10
RENDERING_POLL_SECONDS = 0.01
_MISSING = object()


def page_cache() -> BaseCache:
    return caches["default"]


def personal_cookies() -> tuple[str, ...]:
    """Whoever sends one of these may see something of their own on a page."""
    return (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name, settings.LANGUAGE_COOKIE_NAME)


def fresh_generation() -> int:
    """A starting number above any used before, should the cache have lost the number:
    old pages under a reused number would be served again."""
    return time.time_ns() // 1000


def current_generation(cache: BaseCache) -> int | None:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def new_generation() -> None:
    """Every page cached so far is out of date, in every process."""
    cache = page_cache()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no number yet, or the cache lost it
            cache.set(GENERATION_KEY, fresh_generation(), timeout=None)
    except Exception:
        # A save must not fail because the cache is down; pages expire on their own.
        logger.exception("Could not mark cached pages out of date")


def per_generation(name: str, compute: Callable[[], Any], timeout: float | None = None) -> Any:
    """compute()'s value, kept in the shared cache until content next changes (or for
    `timeout` seconds): for figures that cost a scan of the content and change only with
    it. Without a working cache it is computed each time."""
    cache = page_cache()
    try:
        key = f"data:{current_generation(cache)}:{name}"
        found = cache.get(key, default=_MISSING)
    except Exception:
        logger.exception("Cache unavailable; computing %s", name)
        return compute()
    if found is not _MISSING:
        return found
    value = compute()
    try:
        cache.set(key, value, timeout=timeout if timeout is not None else NEXT_PUBLICATION_SECONDS)
    except Exception:
        logger.exception("Could not keep %s in the cache", name)
    return value


def per_generation_many(
    name: str, keys: list[str], compute: Callable[[list[str]], dict[str, Any]]
) -> dict[str, Any]:
    """per_generation for many values in one round trip: compute(missing keys) gives the
    values for the keys the cache does not hold."""
    cache = page_cache()
    try:
        prefix = f"data:{current_generation(cache)}:{name}:"
        found = cache.get_many([prefix + key for key in keys])
    except Exception:
        logger.exception("Cache unavailable; computing %s", name)
        return compute(keys)
    values = {key: found[prefix + key] for key in keys if prefix + key in found}
    missing = [key for key in keys if key not in values]
    if missing:
        computed = compute(missing)
        values.update(computed)
        try:
            cache.set_many(
                {prefix + key: value for key, value in computed.items()},
                timeout=NEXT_PUBLICATION_SECONDS,
            )
        except Exception:
            logger.exception("Could not keep %s in the cache", name)
    return values


def content_changed(sender, using: str | None = None, **kwargs):
    new_generation()
    # Inside a transaction, a page rendered now still shows the data before it, and may be
    # stored under the new number: move on again once the change is visible to all (once
    # per transaction, however many items it saves).
    connection = transaction.get_connection(using)
    if connection.in_atomic_block and not any(
        callback is new_generation for _, callback, _ in connection.run_on_commit
    ):
        transaction.on_commit(new_generation, using=using)


def is_released(model: type, pk: Any, using: str | None) -> bool:
    """Whether the stored item is published or scheduled: what the public sees, or will
    see at a time the cache must know (see next_publication).

    The row is locked until the transaction ends: otherwise an editor publishing it at
    the same moment could commit in between, and a draft saved over it would leave the
    published pages cached. Outside a transaction nothing can be locked, so the answer
    is yes: a page renewed for nothing costs less than one left stale.
    """
    from filmhub.publishing import Status

    if pk is None:
        return False
    if not transaction.get_connection(using).in_atomic_block:
        return True
    rows = model._default_manager.using(using).select_for_update().filter(pk=pk)
    return rows.values_list("status", flat=True).first() == Status.PUBLISHED


def remember_release(sender, instance, using: str | None = None, **kwargs) -> None:
    instance._released_before_save = is_released(sender, instance.pk, using)


def publishable_saved(sender, instance, using=None, update_fields=None, **kwargs) -> None:
    from filmhub.publishing import Status

    # Unknown (a post_save sent by hand) counts as released, as in is_released.
    released = getattr(instance, "_released_before_save", True)
    if update_fields is None or "status" in update_fields:
        released = released or instance.status == Status.PUBLISHED
    if released:
        content_changed(sender, using=using)


def links_changed(sender, instance, action: str, reverse: bool, using=None, **kwargs) -> None:
    from filmhub.publishing import Publishable

    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    # From the item's side, as the admin saves them: links of a draft are nobody's concern.
    if (
        not reverse
        and isinstance(instance, Publishable)
        and not is_released(type(instance), instance.pk, using)
    ):
        return
    content_changed(sender, using=using)


def connect() -> None:
    """Any change to content, images, cities, people or topics is a content change,
    except to drafts and items in review. The search index's own rows are left out: they
    change only with content."""
    from filmhub.publishing import Publishable
    from filmhub.search.models import SearchEntry

    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            if model is SearchEntry:
                continue
            uid = f"filmhub.caching.{model._meta.label}"
            if issubclass(model, Publishable):
                pre_save.connect(remember_release, sender=model, dispatch_uid=f"{uid}.pre")
                post_save.connect(publishable_saved, sender=model, dispatch_uid=f"{uid}.save")
            else:
                post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}.save")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}.delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    links_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}.{field.name}",
                )


def publishable_models() -> list[type]:
    from filmhub.publishing import Publishable

    return [model for model in apps.get_models() if issubclass(model, Publishable)]


def next_publication(cache: BaseCache, generation: int, now: float) -> float:
    """When the next scheduled item becomes public (infinity if none is scheduled): a
    few queries once per generation, and again each time that moment has passed."""
    key = f"pages:next-publication:{generation}"
    due = cache.get(key)
    if due is None or due <= now:
        times = [
            model._default_manager.scheduled().aggregate(first=Min("publish_at"))["first"]
            for model in publishable_models()
        ]
        due = min((moment.timestamp() for moment in times if moment), default=float("inf"))
        cache.set(key, due, timeout=NEXT_PUBLICATION_SECONDS)
    return due


@functools.cache
def never_cached(language: str) -> tuple[str, ...]:
    # Reversed once per language rather than on each request, where it took a tenth of
    # the time a cache hit takes.
    return (reverse("admin:index"), reverse("filmhub:healthz"))


def is_cacheable_request(request: HttpRequest) -> bool:
    if request.method not in {"GET", "HEAD"}:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return False
    if "authorization" in request.headers:
        return False
    if any(name in request.COOKIES for name in personal_cookies()):
        return False
    return not request.path.startswith(never_cached(translation.get_language()))


def page_key(request: HttpRequest) -> str | None:
    try:
        # The host and scheme are in canonical links and feeds; get_host() validates.
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    except Exception:
        return None  # a disallowed host: Django answers it further in
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pages:{digest}"


def is_storable(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    cache_control = {
        directive.split("=")[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & {"private", "no-cache", "no-store"}:
        return False
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", ""))}
    if vary - {"", "cookie"}:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def from_entry(entry: dict[str, Any]) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    return response


def is_current(entry: dict[str, Any] | None, generation: int | None, now: float) -> bool:
    return bool(entry) and entry.get("generation") == generation and entry["until"] > now


def served(entry: dict[str, Any]) -> HttpResponse:
    response = from_entry(entry)
    response["X-Cache"] = "hit"
    return response


def claim(cache: BaseCache, mark: str) -> bool:
    """True when this request is the one to render the page (or the cache cannot say)."""
    try:
        return cache.add(mark, True, timeout=RENDERING_MARK_SECONDS)
    except Exception:
        logger.exception("Page cache unavailable; rendering")
        return True


def release(cache: BaseCache, mark: str) -> None:
    try:
        cache.delete(mark)
    except Exception:
        logger.exception("Could not clear the mark of a page being rendered")


def wait_for_page(cache: BaseCache, key: str, mark: str, generation: int) -> dict[str, Any] | None:
    """The page another request is rendering, once stored; None when that rendering ends
    without storing one (an error page, say) or takes too long. Only the small mark is
    read while waiting: the key still holds the previous generation's page."""
    deadline = time.monotonic() + settings.FILMHUB_RENDERING_WAIT_SECONDS
    try:
        while cache.get(mark) is not None:
            if time.monotonic() >= deadline:
                return None
            time.sleep(RENDERING_POLL_SECONDS)
        # The renderer stores the page before it clears the mark.
        entry = cache.get(key)
    except Exception:
        logger.exception("Page cache unavailable; rendering")
        return None
    return entry if is_current(entry, generation, time.time()) else None


class AnonymousPageCacheMiddleware:
    """Serves and stores public pages for anonymous visitors (see the module docstring).

    It comes right after WhiteNoise, below ConditionalGetMiddleware: everything further
    in, the session and the views but also the headers other middleware adds (CSP,
    X-Frame-Options), is part of the stored response and served with it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.FILMHUB_PAGE_CACHE_SECONDS
        if not seconds or not is_cacheable_request(request):
            response = self.get_response(request)
            if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
                # Rendered for someone: no shared cache (a proxy, a CDN) may keep it.
                patch_cache_control(response, private=True)
            return response

        cache = page_cache()
        now = time.time()
        key = page_key(request)
        entry = generation = None
        try:
            if key:
                found = cache.get_many([GENERATION_KEY, key])
                generation = found.get(GENERATION_KEY) or current_generation(cache)
                entry = found.get(key)
        except Exception:
            logger.exception("Page cache unavailable; answering without it")
            return self.get_response(request)
        if is_current(entry, generation, now):
            return served(entry)

        mark = None
        # Only a GET stores the page others would wait for.
        waits = settings.FILMHUB_RENDERING_WAIT_SECONDS > 0 and request.method == "GET"
        if key and generation is not None and waits:
            mark = f"{key}:rendering:{generation}"
        rendering_here = bool(mark) and claim(cache, mark)
        if mark and not rendering_here:
            entry = wait_for_page(cache, key, mark, generation)
            if entry:
                return served(entry)
        try:
            response = self.get_response(request)
            # Whether a stored page is served depends on the cookies a request carries.
            patch_vary_headers(response, ["Cookie"])
            if key and generation is not None and is_storable(request, response):
                self.store(cache, key, generation, now, seconds, response)
                response["X-Cache"] = "miss"
        finally:
            if rendering_here:
                release(cache, mark)
        return response

    def store(self, cache, key, generation, now, seconds, response) -> None:
        patch_cache_control(response, no_cache=True)  # browsers ask again, with the ETag
        set_response_etag(response)
        try:
            until = min(now + seconds, next_publication(cache, generation, now))
            if until - now >= 1:
                entry = {
                    "generation": generation,
                    "until": until,
                    "status": response.status_code,
                    "headers": list(response.headers.items()),
                    "content": response.content,
                }
                cache.set(key, entry, timeout=int(until - now) + 1)
        except Exception:
            logger.exception("Could not store a page in the cache")
