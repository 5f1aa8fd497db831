"""Settings for filmhub, read from environment variables (see .env.example).

The defaults run a local site on SQLite. Production sets DJANGO_DEBUG=false and a real
DJANGO_SECRET_KEY, DATABASE_URL (PostgreSQL) and REDIS_URL.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent.parent

# A local .env (written by `make run`) fills in what the real environment leaves unset.
load_dotenv(BASE_DIR / ".env", override=False)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def url_origin(url: str) -> list[str]:
    """The scheme and host of an absolute URL, as a one-item list; none for a path."""
    parts = urlsplit(url)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


DEBUG = env_bool("DJANGO_DEBUG", False)

# Only usable with DEBUG on: a production start without a real key must fail loudly.
INSECURE_DEFAULT_SECRET_KEY = "django-insecure-filmhub-local-development-only"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "") or INSECURE_DEFAULT_SECRET_KEY
if not DEBUG and SECRET_KEY == INSECURE_DEFAULT_SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a long random value when DJANGO_DEBUG is off."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
# The site's own name, where an address is needed that does not depend on the host a
# request came by: calendar entries' UIDs, which apps use to recognise an event again.
# By default the first host allowed by name.
SITE_DOMAIN = os.environ.get("FILMHUB_SITE_DOMAIN") or next(
    (host for host in ALLOWED_HOSTS if host.strip(".*") == host), "localhost"
)
# Behind a TLS proxy the app sees plain HTTP; trust the proxy's header for the scheme, so
# that canonical URLs, sitemaps and feeds say https. Only set it when a proxy sets it.
BEHIND_TLS_PROXY = env_bool("DJANGO_BEHIND_TLS_PROXY", False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

# The public address is https: behind a TLS proxy, or DJANGO_HTTPS=true where TLS ends
# somewhere else. Then plain http is redirected, browsers are told to use https only (HSTS)
# and cookies are never sent in clear. Off by default, so that a local site over plain http
# (`make run`, the test servers) keeps working; `check --deploy` reports it off.
HTTPS = env_bool("DJANGO_HTTPS", BEHIND_TLS_PROXY)
SECURE_SSL_REDIRECT = HTTPS
ONE_YEAR = 365 * 24 * 3600
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS") or (ONE_YEAR if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading binds the whole registrable domain, every subdomain, to https in browsers for
# months after it is withdrawn: the domain's owner decides that, not this application.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
# `check --deploy` asks for preloading (security.W021); leaving it to the owner is deliberate.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# No script reads the CSRF cookie: the admin and our forms send the token in the form.
CSRF_COOKIE_HTTPONLY = True

INSTALLED_APPS = [
    # Before the admin, as django-modeltranslation asks: it patches the admin's forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "django_prose_editor",
    "reversion",
    "csp",
    "axes",
    "filmhub",
    "articles",
    "programmes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # English, or Korean under /ko/, from the address alone (filmhub/languages.py).
    "filmhub.languages.LanguageFromPathMiddleware",
    # Answers If-None-Match with 304, also for pages the cache below serves.
    "django.middleware.http.ConditionalGetMiddleware",
    # Public pages for anonymous visitors: what the middleware below it adds is stored with
    # a page and served with it (filmhub/caching.py).
    "filmhub.caching.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "filmhub.security.PermissionsPolicyMiddleware",
    "reversion.middleware.RevisionMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "filmhub.urls"
WSGI_APPLICATION = "filmhub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.i18n",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default. WAL lets readers work while one writer writes; the
# busy timeout makes a second writer wait instead of failing, and IMMEDIATE
# transactions take the write lock up front so that a read-then-write transaction
# cannot deadlock into "database is locked".
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
# Connections are kept for a minute between requests (and checked before reuse): opening
# one to PostgreSQL took 2.4 ms, and with a connection per request gunicorn served
# uncached pages 25-35% slower on PostgreSQL and 15-20% slower on SQLite. 0 closes them
# after each request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE") or 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's backend, keeping the planner's statistics current (filmhub/sqlite/base.py).
    DATABASES["default"]["ENGINE"] = "filmhub.sqlite"
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Sites, or test runs, sharing one Redis keep apart by prefix.
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_KEY_PREFIX") or "filmhub",
            # An unreachable Redis fails a request (and /healthz) in seconds, not never.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Sessions survive a restart and are shared by every app process.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Room for the pages and for a feed's worth of calendar entries (Django's default,
    # 300 entries, would keep dropping what a 500-event feed just stored).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }

# Public pages are cached for anonymous visitors this many seconds at most, and dropped at
# once when content changes or a scheduled item's time comes (filmhub/caching.py); 0 turns
# the cache off. The clock's other effects (a call closing, an event passing) show within
# this time. Without REDIS_URL each process has its own cache: run one (`make serve` does).
FILMHUB_PAGE_CACHE_SECONDS = int(os.environ.get("FILMHUB_PAGE_CACHE_SECONDS") or 300)
# While one request renders a page, others for it wait this many seconds at most for it to
# be stored rather than render it too; 0 lets each render its own.
FILMHUB_RENDERING_WAIT_SECONDS = float(os.environ.get("FILMHUB_RENDERING_WAIT_SECONDS") or 2)
# Health checks come from the proxy or the orchestrator over plain http: not redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes refuses sign-in for a user name from an address after repeated failures, until
# the cool-off passes or an administrator unlocks it (README, "Security").
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("FILMHUB_LOGIN_FAILURE_LIMIT") or 5)
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("FILMHUB_LOGIN_COOLOFF_MINUTES") or 30))
# Per user name and address: one person's typos do not lock a whole office out behind one
# address, and nobody can lock an editor out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "filmhub.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "filmhub.security.client_ip"
# Lock-outs are still logged; not a banner on every start of a command.
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): only this site's own files, no inline script
# except what carries the per-response nonce (the admin's rich-text import map), no
# plugins, no framing. Media on another host (an absolute DJANGO_MEDIA_URL) may be shown.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, *url_origin(os.environ.get("DJANGO_MEDIA_URL", ""))],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Browser features no page of this site uses, switched off for it and anything it embeds.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
    "fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), "
    "payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
    "serial=(), usb=(), xr-spatial-tracking=()"
)

LANGUAGE_CODE = "en"
# English at unprefixed addresses, Korean under /ko/ (filmhub/languages.py); each named
# as its own readers call it, for the language switcher.
LANGUAGES = [("en", "English"), ("ko", "한국어")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates as each language writes them, where Django's own formats differ (filmhub/formats).
FORMAT_MODULE_PATH = ["filmhub.formats"]
# Texts with a Korean version (each app's translation.py) fall back to English where the
# Korean is empty; pages say so (filmhub/languages.py).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE") or "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL") or "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
# With debug off, uploads are served by the proxy or from object storage, not by Django;
# `make serve`, one process and no proxy, turns this on.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Uploads in object storage (S3 or compatible: MinIO, Ceph, R2, …) once a bucket is named,
# so that every app process, on any machine, sees the same files. Credentials come from
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the machine's role, read by boto3. Files are
# linked at DJANGO_MEDIA_URL when it is an absolute address (a CDN or the bucket's public
# address: the Content-Security-Policy allows it), otherwise at the bucket's own address.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    media_address = urlsplit(MEDIA_URL)
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "custom_domain": (
                (media_address.netloc + media_address.path).rstrip("/")
                if media_address.netloc
                else None
            ),
            "url_protocol": f"{media_address.scheme or 'https'}:",
            # A public site's pictures: plain addresses, not signed ones that expire while
            # a cached page still links them.
            "querystring_auth": False,
            # Like the file system: a new upload never replaces another file of that name.
            "file_overwrite": False,
        },
    }
# Source maps are for developers' tools: compressing them took most of collectstatic.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

# Uploads: the image library refuses files and pictures beyond these limits.
FILMHUB_IMAGE_MAX_BYTES = int(os.environ.get("FILMHUB_IMAGE_MAX_BYTES") or 15 * 1024 * 1024)
FILMHUB_IMAGE_MAX_PIXELS = int(os.environ.get("FILMHUB_IMAGE_MAX_PIXELS") or 40_000_000)
FILE_UPLOAD_PERMISSIONS = 0o644

# Unhandled errors are logged and mailed to DJANGO_ADMIN_EMAILS: through the SMTP server
# in DJANGO_EMAIL_HOST when one is set, otherwise printed (the console backend).
ADMINS = [("Site administrator", address) for address in env_list("DJANGO_ADMIN_EMAILS", "")]
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", "filmhub@localhost")
DEFAULT_FROM_EMAIL = SERVER_EMAIL
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT") or 587)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
# STARTTLS (port 587) unless the server speaks TLS from the start (port 465).
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = 10
EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)

LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL") or "INFO"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name} [{process}] {message}", "style": "{"},
    },
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        # Standard error, where a process manager or container runtime collects the log.
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's errors (a 500, a suspicious request) are logged once and mailed.
        "django": {"handlers": ["console", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
        # Requests naming a host the site does not serve are the internet's background
        # noise: logged, not mailed.
        "django.security.DisallowedHost": {"handlers": ["console"], "propagate": False},
        # Failed sign-ins and lock-outs; not django-axes' account of each step.
        "axes": {"level": "WARNING"},
    },
}

LOGIN_URL = "admin:login"

# Django 6 behaviour now: a web address typed without a scheme means https.
FORMS_URLFIELD_ASSUME_HTTPS = True
