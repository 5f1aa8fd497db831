"""Which language a page is in: English at unprefixed addresses, Korean under /ko/.

The address alone decides, never the browser's Accept-Language or a cookie: one address
always gives the same page, so the page cache, search engines and shared links all see
what a visitor sees. Every page links to itself in the other language (the switcher in
the header, and hreflang alternates in the head).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import translate_url
from django.utils import translation


class LanguageFromPathMiddleware:
    """Django's LocaleMiddleware, less its guesses: it falls back to Accept-Language and
    a cookie for unprefixed addresses, and varies responses on them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = translation.get_language_from_path(request.path_info)
        language = language or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        # Only for this request: a thread's next request, or the test that made this one,
        # starts from the default again.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


@dataclass(frozen=True)
class PageLanguage:
    code: str
    name: str
    url: str
    is_current: bool


def page_languages(request: HttpRequest, path: str | None = None) -> list[PageLanguage]:
    """This page (or `path`, a path with its query string) in each of the site's
    languages, as absolute addresses."""
    path = path if path is not None else request.get_full_path()
    current = translation.get_language()
    return [
        PageLanguage(
            code=code,
            name=name,
            url=request.build_absolute_uri(translate_url(path, code)),
            is_current=code == current,
        )
        for code, name in settings.LANGUAGES
    ]


def translated_fields(obj) -> tuple[str, ...]:
    """The fields of obj that have a version per language (none for other models)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return tuple(translator.get_options_for_model(type(obj)).fields)
    except NotRegistered:
        return ()


def shown_in_fallback(obj, field: str, language: str | None = None) -> bool:
    """True when obj's `field` has no text in the page's language but has it in English,
    which is then shown instead."""
    language = language or translation.get_language()
    if language == settings.LANGUAGE_CODE or field not in translated_fields(obj):
        return False
    return not getattr(obj, f"{field}_{language}") and bool(
        getattr(obj, f"{field}_{settings.LANGUAGE_CODE}")
    )


def missing_translation(obj, language: str | None = None) -> bool:
    """True when any text of obj is shown in English on a page in another language."""
    return any(shown_in_fallback(obj, field, language) for field in translated_fields(obj))


def copy_into_default_language(app_label: str, fields: dict[str, tuple[str, ...]]):
    """A migration step for models whose texts became one per language: what each row
    held goes into its English column, which pages read from then on."""
    from django.db import migrations
    from django.db.models import F

    def forwards(apps, schema_editor):
        for model_name, names in fields.items():
            model = apps.get_model(app_label, model_name)
            model._default_manager.update(
                **{f"{name}_{settings.LANGUAGE_CODE}": F(name) for name in names}
            )

    return migrations.RunPython(forwards, migrations.RunPython.noop)
