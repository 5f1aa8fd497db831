"""Security: production settings, response headers and CSP, sign-in throttling, passwords,
uploaded media and error reports, each checked through what a visitor, an administrator
or a deployment sees."""

import io
import json
import os
import re
import secrets
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import PIL.Image
import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from filmhub import views
from filmhub.models import Image
from filmhub.renditions import manifest_names
from filmhub.security import EDITOR_STYLE_HASH
from tests.factories import (
    ArticleFactory,
    EventFactory,
    ImageFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    UserFactory,
    image_bytes,
)
from tests.html import parse_document

PROJECT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"  # UserFactory's
LOGIN = reverse("admin:login")
# Addresses reserved for documentation (RFC 5737): only ever written into a request here.
ADDRESS, OTHER_ADDRESS, PROXY = "192.0.2.10", "198.51.100.20", "203.0.113.1"


def clean_environment(**env: str) -> dict[str, str]:
    """This process's environment without the settings under test, plus env."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "FILMHUB_", "AWS_", "DATABASE_URL", "REDIS_URL"))
    }
    return inherited | {"DJANGO_SETTINGS_MODULE": "filmhub.settings"} | env


def production(tmp_path: Path, **env: str) -> dict[str, str]:
    """A deployment behind a TLS proxy, as .env.example describes it."""
    settings = {
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "films.example.org",
        "DJANGO_BEHIND_TLS_PROXY": "true",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://films.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }
    return clean_environment(**settings | env)


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return run([sys.executable, "-c", textwrap.dedent(code)], env)


def csp_directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


# -- production settings -------------------------------------------------------------------


def test_deploy_check_reports_nothing_for_a_production_environment(tmp_path):
    result = run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        production(tmp_path),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_fails_a_production_environment_served_over_plain_http(tmp_path):
    result = run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        production(tmp_path, DJANGO_BEHIND_TLS_PROXY="false"),
    )

    assert result.returncode != 0
    for check in ["security.W004", "security.W008", "security.W012", "security.W016"]:
        assert check in result.stderr


def test_deploy_check_reports_object_storage_pictures_the_policy_would_block(tmp_path):
    check = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    bucket = {"AWS_STORAGE_BUCKET_NAME": "films-media"}

    unnamed = run(check, production(tmp_path, **bucket))
    named = run(
        check, production(tmp_path, **bucket, DJANGO_MEDIA_URL="https://media.example.net/")
    )

    assert unnamed.returncode != 0
    assert "filmhub.W001" in unnamed.stderr
    assert named.returncode == 0, named.stdout + named.stderr


@pytest.mark.parametrize(
    "hosts", ["localhost,films.example.org", "127.0.0.1", "[::1]", ".example.org"]
)
def test_deploy_check_reports_a_site_named_after_this_machine(tmp_path, hosts):
    """The site's name, in calendar UIDs, comes from the first host allowed by name."""
    check = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]

    unnamed = run(check, production(tmp_path, DJANGO_ALLOWED_HOSTS=hosts))
    named = run(
        check,
        production(tmp_path, DJANGO_ALLOWED_HOSTS=hosts, FILMHUB_SITE_DOMAIN="films.example.org"),
    )

    assert unnamed.returncode != 0
    assert "filmhub.W002" in unnamed.stderr
    assert named.returncode == 0, named.stdout + named.stderr


def test_https_settings_follow_the_tls_proxy_and_default_off_for_local_http(tmp_path):
    code = """
        import django; django.setup()
        from django.conf import settings as s
        print(json.dumps([
            s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS,
            s.SECURE_HSTS_PRELOAD, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,
            s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY,
        ]))
    """
    code = "import json\n" + textwrap.dedent(code)
    behind_proxy = run_python(code, production(tmp_path))
    local = run_python(code, clean_environment(DJANGO_DEBUG="true"))

    assert behind_proxy.returncode == 0, behind_proxy.stderr
    assert json.loads(behind_proxy.stdout) == [
        True,
        31_536_000,
        True,
        False,
        True,
        True,
        True,
        True,
    ]
    assert local.returncode == 0, local.stderr
    assert json.loads(local.stdout) == [False, 0, True, False, False, False, True, True]


def test_production_redirects_http_and_sends_hsts_and_secure_cookies(tmp_path):
    result = run_python(
        """
        import json
        import django; django.setup()
        from django.test import Client
        from django.test.utils import override_settings

        plain = Client(HTTP_HOST="films.example.org").get("/robots.txt")
        health = Client(HTTP_HOST="films.example.org").get("/healthz")
        tls = Client(HTTP_HOST="films.example.org", HTTP_X_FORWARDED_PROTO="https")
        robots = tls.get("/robots.txt")
        # Static files are not collected here: plain storage instead of the manifest.
        storages = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
        with override_settings(STORAGES=storages):
            login = tls.get("/admin/login/")
        csrf = login.cookies["csrftoken"]
        print(json.dumps({
            "plain": [plain.status_code, plain.headers.get("Location")],
            "health": health.status_code,
            "hsts": robots.headers.get("Strict-Transport-Security"),
            "sitemap": robots.text.splitlines()[-1],
            "csrf_cookie": [bool(csrf["secure"]), bool(csrf["httponly"]), csrf["samesite"]],
        }))
        """,
        production(tmp_path),
    )

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["plain"] == [301, "https://films.example.org/robots.txt"]
    # A load balancer's health check goes straight to the app process, over http.
    assert seen["health"] == 200
    assert seen["hsts"] == "max-age=31536000; includeSubDomains"
    assert seen["sitemap"] == "Sitemap: https://films.example.org/sitemap.xml"
    assert seen["csrf_cookie"] == [True, True, "Lax"]


# -- headers and Content-Security-Policy ---------------------------------------------------


def public_pages() -> list[str]:
    """An address of every page type, with content in it, and the admin's sign-in."""
    image = ImageFactory()
    article = ArticleFactory(hero_image=image, series=SeriesFactory())
    author = PersonFactory()
    article.authors.add(author)
    event = EventFactory(hero_image=image)
    article.cities.add(event.city)
    today = timezone.localdate()
    return [
        reverse("filmhub:home"),
        reverse("articles:article-list"),
        article.get_absolute_url(),
        article.series.get_absolute_url(),
        author.get_absolute_url(),
        reverse("programmes:programme-list"),
        ProgrammeFactory().get_absolute_url(),
        reverse("programmes:event-list"),
        event.get_absolute_url(),
        reverse("programmes:event-calendar", args=[today.year, today.month]),
        reverse("filmhub:city-list"),
        event.city.get_absolute_url(),
        reverse("filmhub:search") + "?q=film",
        "/no-such-page/",
        LOGIN,
    ]


@pytest.mark.django_db
def test_every_page_sends_the_security_headers(client):
    for url in public_pages():
        response = client.get(url)

        assert response.status_code == (404 if url == "/no-such-page/" else 200), url
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert response.headers["Referrer-Policy"] == "same-origin", url
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin", url
        assert response.headers["X-Frame-Options"] == "DENY", url
        permissions = response.headers["Permissions-Policy"]
        for feature in ["camera=()", "geolocation=()", "microphone=()", "payment=()"]:
            assert feature in permissions, url


@pytest.mark.django_db
def test_content_security_policy_allows_no_inline_script_framing_or_plugins(client):
    """The rules of the MDN HTTP Observatory for an A+."""
    for url in public_pages():
        directives = csp_directives(client.get(url))

        assert directives["default-src"] == ["'none'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        assert directives["base-uri"] == ["'none'"], url
        assert directives["form-action"] == ["'self'"], url
        assert directives["frame-ancestors"] == ["'none'"], url
        assert not any("unsafe" in value for values in directives.values() for value in values)


@pytest.mark.django_db
def test_public_pages_hold_no_script_the_policy_would_block(client):
    """Every <script> loads a file of the site or is JSON-LD data, which never runs; no
    element carries an event-handler attribute or a javascript: link."""
    for url in public_pages():
        document = parse_document(client.get(url).text)

        for script in document.find_all("script"):
            assert script.attrs.get("src") or script.attrs.get("type") == "application/ld+json"
        for node in document.iter():
            assert not [name for name in node.attrs if name.startswith("on")], (url, node)
            assert not (node.attrs.get("href") or "").startswith("javascript:"), (url, node)


def test_media_on_another_host_may_be_shown(tmp_path):
    result = run_python(
        """
        import django; django.setup()
        from django.conf import settings
        print(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"])
        """,
        production(tmp_path, DJANGO_MEDIA_URL="https://media.example.net/filmhub/"),
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[\"'self'\", 'https://media.example.net']"


@pytest.mark.django_db
def test_rich_text_import_map_carries_the_nonce_of_the_policy(editor_client):
    response = editor_client.get(reverse("admin:articles_article_add"))

    directives = csp_directives(response)
    document = parse_document(response.text)
    inline = [script for script in document.find_all("script") if not script.attrs.get("src")]
    assert [script.attrs.get("type") for script in inline] == ["importmap"]
    nonce = inline[0].attrs["nonce"]
    assert len(nonce) >= 16
    assert directives["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    # The editor's own inline stylesheet, by its hash; never 'unsafe-inline'.
    assert directives["style-src"] == ["'self'", EDITOR_STYLE_HASH]


@pytest.mark.django_db
def test_each_response_has_a_nonce_of_its_own(editor_client):
    add = reverse("admin:articles_article_add")

    first, second = (csp_directives(editor_client.get(add))["script-src"] for _ in range(2))

    assert first != second


# -- sign-in throttling (django-axes) ------------------------------------------------------


def sign_in(client: Client, username: str, password: str, address: str = ADDRESS, **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def fail_until_locked_out(client: Client, username: str, address: str = ADDRESS, **headers):
    for _ in range(4):
        response = sign_in(client, username, "wrong password", address, **headers)
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.text
    return sign_in(client, username, "wrong password", address, **headers)


@pytest.mark.django_db
def test_fifth_failed_sign_in_locks_out_with_a_clear_message(client):
    UserFactory(username="editor")

    response = fail_until_locked_out(client, "editor")

    assert response.status_code == 429
    page = parse_document(response.text)
    content = page.find("div", id="content-main")
    assert content.find("p", class_="errornote").text == (
        "Too many failed sign-ins for this user name from your address."
    )
    assert "Signing in is refused for 30 minutes, even with the right password." in content.text
    assert content.find("a", href=LOGIN)


@pytest.mark.django_db
def test_the_right_password_is_refused_while_locked_out(client):
    UserFactory(username="editor")
    fail_until_locked_out(client, "editor")

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)


@pytest.mark.django_db
def test_lock_out_holds_one_user_name_from_one_address(client):
    UserFactory(username="editor")
    UserFactory(username="contributor")
    fail_until_locked_out(client, "editor")

    assert sign_in(Client(), "editor", PASSWORD, address=OTHER_ADDRESS).status_code == 302
    assert sign_in(Client(), "contributor", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_sign_in_works_again_after_the_cool_off(client):
    UserFactory(username="editor")
    fail_until_locked_out(client, "editor")

    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_a_successful_sign_in_starts_the_count_again(client):
    UserFactory(username="editor")
    for _ in range(4):
        sign_in(client, "editor", "wrong password")
    assert sign_in(client, "editor", PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        assert sign_in(client, "editor", "wrong password").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "command", [["axes_reset"], ["axes_reset_username", "editor"]], ids=lambda c: c[0]
)
def test_reset_command_unlocks(client, command):
    UserFactory(username="editor")
    fail_until_locked_out(client, "editor")

    call_command(*command, stdout=io.StringIO())

    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_administrator_unlocks_in_the_admin(client, administrator_client):
    UserFactory(username="editor")
    fail_until_locked_out(client, "editor")
    attempts = reverse("admin:axes_accessattempt_changelist")

    listed = administrator_client.get(attempts)
    assert listed.status_code == 200
    assert "editor" in listed.text

    selected = list(AccessAttempt.objects.values_list("pk", flat=True))
    confirm = {"action": "delete_selected", "_selected_action": selected}
    administrator_client.post(attempts, confirm | {"post": "yes"})

    assert sign_in(client, "editor", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_forwarded_address_is_ignored_without_a_tls_proxy(client, settings):
    settings.BEHIND_TLS_PROXY = False
    UserFactory(username="editor")
    fail_until_locked_out(client, "editor", HTTP_X_FORWARDED_FOR=ADDRESS)

    # A made-up header does not make the same client look like another one.
    response = sign_in(client, "editor", PASSWORD, HTTP_X_FORWARDED_FOR=OTHER_ADDRESS)

    assert response.status_code == 429


@pytest.mark.django_db
def test_behind_the_tls_proxy_the_address_it_adds_is_the_client(client, settings):
    settings.BEHIND_TLS_PROXY = True
    UserFactory(username="editor")
    # Every request comes from the proxy; it appends the address it saw.
    fail_until_locked_out(client, "editor", PROXY, HTTP_X_FORWARDED_FOR=ADDRESS)

    forged = sign_in(
        client, "editor", PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=f"{OTHER_ADDRESS}, {ADDRESS}"
    )
    elsewhere = sign_in(Client(), "editor", PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=OTHER_ADDRESS)

    assert forged.status_code == 429
    assert elsewhere.status_code == 302


def test_failure_limit_and_cool_off_come_from_the_environment(tmp_path):
    result = run_python(
        """
        import django; django.setup()
        from django.conf import settings
        print(settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME)
        """,
        production(tmp_path, FILMHUB_LOGIN_FAILURE_LIMIT="3", FILMHUB_LOGIN_COOLOFF_MINUTES="90"),
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3 1:30:00"


# -- passwords -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("cinema1", "This password is too short. It must contain at least 8 characters."),
        ("password123", "This password is too common."),
        ("4815162342", "This password is entirely numeric."),
        ("newcomer-2026", "The password is too similar to the username."),
    ],
)
def test_administrator_cannot_give_a_new_user_a_weak_password(superuser_client, password, message):
    response = superuser_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "newcomer-2026",
            "usable_password": "true",
            "password1": password,
            "password2": password,
            "_save": "Save",
        },
    )

    assert response.status_code == 200
    assert message in response.context["adminform"].form.errors["password2"]
    assert not User.objects.filter(username="newcomer-2026").exists()


@pytest.mark.django_db
def test_staff_cannot_change_their_own_password_to_a_weak_one(editor_client):
    response = editor_client.post(
        reverse("admin:password_change"),
        {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["new_password2"]
    assert "This password is too common." in errors
    assert "This password is entirely numeric." in errors


# -- uploaded media ------------------------------------------------------------------------


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def upload(client: Client, content: bytes, name: str, content_type: str):
    return client.post(
        reverse("admin:filmhub_image_add"),
        {
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "alt_text": "A crowd outside a cinema",
            "credit": "",
            "caption": "",
            "focal_x": "50",
            "focal_y": "50",
            "_save": "Save",
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (SVG, "logo.svg", "image/svg+xml"),
        (SVG, "logo.jpg", "image/jpeg"),
        (HTML, "page.png", "image/png"),
        (HTML, "page.html", "text/html"),
    ],
    ids=["svg", "svg-named-jpg", "html-named-png", "html"],
)
def test_scriptable_file_disguised_as_a_picture_is_refused(
    editor_client, content, name, content_type
):
    response = upload(editor_client, content, name, content_type)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["file"]
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_markup_hidden_after_a_real_picture_is_not_stored(editor_client):
    """A PNG with HTML appended opens as a picture; it is stored re-encoded, without it."""
    polyglot = image_bytes("PNG") + HTML

    response = upload(editor_client, polyglot, "poster.png", "image/png")

    assert response.status_code == 302
    image = Image.objects.get()
    with image.file.open("rb") as stored:
        assert b"<script" not in stored.read()
    assert image.file.name.endswith(".png")
    renditions = manifest_names(image.renditions)
    assert renditions
    for name in renditions:
        with image.file.storage.open(name) as file:
            assert b"<script" not in file.read()


def test_media_served_by_the_application_cannot_run_as_a_page(tmp_path):
    """With DEBUG on the application serves uploads itself: an SVG that got there some
    other way is sent with a sandboxing policy and no sniffing."""
    media = tmp_path / "media"
    media.mkdir()
    (media / "drawing.svg").write_bytes(SVG)
    PIL.Image.new("RGB", (4, 4)).save(media / "photo.png")
    result = run_python(
        """
        import json
        import django; django.setup()
        from django.test import Client

        client = Client(HTTP_HOST="localhost")
        print(json.dumps({
            name: [response.status_code, response.headers.get("Content-Type"),
                response.headers.get("Content-Security-Policy"),
                response.headers.get("X-Content-Type-Options")]
            for name in ["drawing.svg", "photo.png"]
            for response in [client.get("/media/" + name)]
        }))
        """,
        clean_environment(
            DJANGO_DEBUG="true",
            DJANGO_MEDIA_ROOT=str(media),
            DATABASE_URL=f"sqlite:///{tmp_path / 'debug.sqlite3'}",
        ),
    )

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    sandbox = "default-src 'none'; sandbox"
    assert seen["drawing.svg"] == [200, "image/svg+xml", sandbox, "nosniff"]
    assert seen["photo.png"] == [200, "image/png", sandbox, "nosniff"]


# -- error reports -------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_unhandled_error_is_mailed_to_the_administrators(settings, monkeypatch):
    settings.ADMINS = [("Operations", "ops@example.org")]

    def broken(self):
        raise RuntimeError("the city list broke")

    monkeypatch.setattr(views.CityListView, "get_queryset", broken)

    response = Client(raise_request_exception=False).get(reverse("filmhub:city-list"))

    assert response.status_code == 500
    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    assert report.to == ["ops@example.org"]
    assert "/cities/" in report.subject
    assert "RuntimeError at /cities/\nthe city list broke" in report.body


@pytest.mark.django_db
def test_a_request_for_another_host_is_not_mailed(settings):
    settings.ADMINS = [("Operations", "ops@example.org")]

    response = Client(headers={"host": "spam.example.com"}).get("/")

    assert response.status_code == 400
    assert mail.outbox == []


def test_errors_are_logged_to_standard_error_with_time_level_and_source(tmp_path):
    result = run_python(
        """
        import logging
        import django; django.setup()
        logging.getLogger("filmhub.views").error("the city list broke")
        """,
        production(tmp_path),
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    line = result.stderr.strip().splitlines()[-1]
    timestamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}"
    assert re.fullmatch(timestamp + r" ERROR filmhub\.views \[\d+\] the city list broke", line)


def test_error_mail_goes_through_the_smtp_server_in_the_environment(tmp_path):
    result = run_python(
        """
        import json
        import django; django.setup()
        from django.conf import settings as s
        print(json.dumps([s.ADMINS, s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT,
            s.EMAIL_USE_TLS, s.EMAIL_USE_SSL, s.SERVER_EMAIL]))
        """,
        production(
            tmp_path,
            DJANGO_ADMIN_EMAILS="ops@example.org,web@example.org",
            DJANGO_SERVER_EMAIL="filmhub@films.example.org",
            DJANGO_EMAIL_HOST="smtp.example.org",
        ),
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        [["Site administrator", "ops@example.org"], ["Site administrator", "web@example.org"]],
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.org",
        587,
        True,
        False,
        "filmhub@films.example.org",
    ]
