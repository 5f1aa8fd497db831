"""The page's languages: {% language_switch %}, and marks for text shown in English on a
page in another language: {% text_lang %}, {% translation_notice %}."""

from django import template
from django.conf import settings
from django.utils.html import format_html

from filmhub.languages import missing_translation, page_languages, shown_in_fallback

register = template.Library()


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context) -> dict:
    return {"languages": page_languages(context["request"])}


@register.simple_tag
def text_lang(obj, field: str) -> str:
    """` lang="en"` on an element whose text is shown in English on a page in another
    language, so that screen readers and search engines read it as English."""
    if shown_in_fallback(obj, field):
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(obj) -> dict:
    """A notice that this item, or part of it, has no version in the page's language."""
    return {"missing": missing_translation(obj)}
