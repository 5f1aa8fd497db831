"""Settings for the test suite: filmhub's own, with fast hashing and private storage."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret-key-not-used-anywhere-else")
os.environ.setdefault("DJANGO_DEBUG", "false")

from filmhub.settings import *  # noqa: E402, F403
from filmhub.settings import DATABASES, STORAGES  # noqa: E402

# Not "testserver", the host the test client asks by: calendar UIDs must not follow it.
SITE_DOMAIN = "filmhub.test"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="filmhub-test-media-")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the source folders: tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Every test renders its pages afresh, so that it sees its own data and a pinned query
# count measures the view; tests/test_caching.py turns the page cache on.
FILMHUB_PAGE_CACHE_SECONDS = 0
# Each test process keeps its own cache, emptied before every test (tests/conftest.py):
# figures kept per content generation must not leak between tests or between the test
# processes, which share one Redis but not one database. tests/test_caching.py runs on Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# pytest-django recognises SQLite by Django's own engine name; for filmhub's it would name
# a test database file after the site's. In memory, as it would have chosen.
if DATABASES["default"]["ENGINE"] == "filmhub.sqlite":
    DATABASES["default"].setdefault("TEST", {})["NAME"] = ":memory:"
