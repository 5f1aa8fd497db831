"""Settings for the test suite: filmhub's own, with fast hashing and private storage."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret-key-not-used-anywhere-else")
os.environ.setdefault("DJANGO_DEBUG", "false")

from filmhub.settings import *  # noqa: E402, F403
from filmhub.settings import STORAGES  # noqa: E402

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
