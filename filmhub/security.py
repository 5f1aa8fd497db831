"""Protection beyond what Django's own middleware gives: the Permissions-Policy header, the
client address and lock-out page for django-axes, a CSP nonce for the admin's one inline
script, and safe headers on uploaded media where the application serves it itself.
"""

import ipaddress
from collections.abc import Callable
from datetime import timedelta
from urllib.parse import urlsplit

from csp.decorators import csp_update
from django.conf import settings
from django.contrib import admin
from django.core import checks
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _
from django.views.static import serve

# The stylesheet that the rich-text editor (Tiptap, inside django-prose-editor) adds to the
# page as an inline <style>. Its hash changes when the editor does: the browser suite then
# fails with a CSP error naming the new hash, which goes here.
EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"

# An uploaded file opened on its own, as a page: no script runs, nothing loads, and it is
# treated as coming from a unique origin with no access to the site's cookies or storage.
MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"


class PermissionsPolicyMiddleware:
    """Switches off the browser features in settings.PERMISSIONS_POLICY for every page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address, as django-axes counts failed sign-ins by it.

    Behind the TLS proxy every connection comes from the proxy, which appends the address
    it saw to X-Forwarded-For: that last entry is the client. Entries before it came with
    the request and anyone can write them. Without a proxy the header is not trusted at all.
    """
    if settings.BEHIND_TLS_PROXY:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None
) -> HttpResponse:
    """The page for a sign-in refused by django-axes, in the admin's own layout."""
    cool_off: timedelta = settings.AXES_COOLOFF_TIME
    now = timezone.now()
    context = admin.site.each_context(request) | {
        "title": _("Sign-in locked"),
        "cool_off": timeuntil(now + cool_off, now),
    }
    return render(request, "admin/locked_out.html", context, status=429)


class ContentSecurityAdminMixin:
    """For change forms with the rich-text editor (django-prose-editor).

    Its import map is an inline <script>: it gets this response's CSP nonce. Its base
    stylesheet, which the editor adds as an inline <style>, is allowed by its hash.
    """

    def render_change_form(self, request: HttpRequest, context: dict, *args, **kwargs):
        media = context.get("media")
        if hasattr(media, "with_nonce"):  # django-js-asset's Media, which carries import maps
            context["media"] = media.with_nonce(request.csp_nonce)
        allow_editor_style = csp_update({"style-src": [EDITOR_STYLE_HASH]})
        return allow_editor_style(super().render_change_form)(request, context, *args, **kwargs)


@checks.register(checks.Tags.security, deploy=True)
def check_media_address(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Uploads kept elsewhere (object storage) are linked at their own host, which the
    Content-Security-Policy allows only when DJANGO_MEDIA_URL names it."""
    stored_here = settings.STORAGES["default"]["BACKEND"].endswith(".FileSystemStorage")
    if stored_here or urlsplit(settings.MEDIA_URL).netloc:
        return []
    return [
        checks.Warning(
            "Uploads are in object storage but DJANGO_MEDIA_URL is not an absolute address: "
            "the Content-Security-Policy would block every uploaded picture.",
            hint="Set DJANGO_MEDIA_URL to the address the files are public at.",
            id="filmhub.W001",
        )
    ]


def serve_media(request: HttpRequest, path: str, document_root: str | None = None) -> HttpResponse:
    """Django's development file view, with uploads kept from running as a page (only
    used with DEBUG on; production serves media elsewhere, see README "Security")."""
    response = serve(request, path, document_root=document_root)
    response["Content-Security-Policy"] = MEDIA_CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    return response
