"""/healthz: whether this process can reach the database and the cache.

For load balancers, orchestrators and uptime monitors: 200 when both answer, 503 naming
what failed (the details go to the log, not to whoever asks). Never cached, and the page
cache leaves it alone, so each request checks afresh.
"""

import logging
import secrets

from django.core.cache import caches
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_works() -> bool:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: the database does not answer")
        return False


def cache_works() -> bool:
    cache = caches["default"]
    key, value = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
    try:
        cache.set(key, value, timeout=10)
        works = cache.get(key) == value
        cache.delete(key)
    except Exception:
        logger.exception("Health check: the cache does not answer")
        return False
    if not works:
        logger.error("Health check: the cache did not keep a value")
    return works


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": database_works(), "cache": cache_works()}
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "failing",
            **{name: "ok" if works else "failing" for name, works in checks.items()},
        },
        status=200 if healthy else 503,
    )
