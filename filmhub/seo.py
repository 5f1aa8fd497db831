"""What a page tells search engines and link previews about itself: the "page meta".

page_meta() reads the template context: an explicit `page_meta` wins; otherwise the
page's `object` (any detail page) or the URL name (list pages) gives title, description,
image and canonical address. Everything is absolute, since crawlers and social cards
read it out of context.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.files.storage import default_storage
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

from articles.models import Article, Series
from filmhub.languages import PageLanguage, missing_translation, page_languages
from filmhub.models import City, Image, Person
from filmhub.renditions import JPEG, PNG
from programmes.models import Event, Programme

SITE_NAME = "filmhub"
# Social cards want a picture about 1200 pixels wide, the size Facebook and X recommend.
CARD_IMAGE_WIDTH = 1200
# Open Graph wants a territory with the language; the site writes British English.
OG_LOCALES = {"en": "en_GB", "ko": "ko_KR"}
# Query parameters that make a different page rather than another view of the same one.
CANONICAL_PARAMETERS = ("page",)


@dataclass(frozen=True)
class CardImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class PageMeta:
    title: str
    description: str = ""
    url: str = ""
    canonical: str = ""
    og_type: str = "website"
    image: CardImage | None = None
    noindex: bool = False
    # Open Graph's article:* properties, for articles only.
    published_time: str = ""
    modified_time: str = ""
    authors: list[str] = field(default_factory=list)
    # The page in each language, for hreflang alternates.
    alternates: list[PageLanguage] = field(default_factory=list)

    @property
    def site_name(self) -> str:
        return SITE_NAME

    @property
    def locale(self) -> str:
        language = get_language() or "en"
        return OG_LOCALES.get(language, to_locale(language))

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


def plain_text(html: str, words: int = 40) -> str:
    """A description from rich text or a long field: tags gone, a few dozen words."""
    return Truncator(" ".join(strip_tags(html).split())).words(words)


def card_image(image: Image | None, absolute: Callable[[str], str]) -> CardImage | None:
    """The 1200-wide "wide" crop from the image's manifest, or the nearest it has.

    Reads only the manifest, like {% picture %}: no query, no storage access.
    """
    if image is None or not image.file:
        return None
    alt = "" if image.is_decorative else image.alt_text
    formats = image.renditions.get("wide", {})
    entries = formats.get(JPEG.key) or formats.get(PNG.key)
    if not entries:
        # No renditions (yet): the original file, whose size the row knows.
        return CardImage(absolute(image.file.url), image.width, image.height, alt)
    fitting = [entry for entry in entries if entry["width"] <= CARD_IMAGE_WIDTH]
    entry = fitting[-1] if fitting else entries[0]
    return CardImage(
        absolute(default_storage.url(entry["name"])), entry["width"], entry["height"], alt
    )


def canonical_path(request: HttpRequest) -> str:
    kept = {name: request.GET[name] for name in CANONICAL_PARAMETERS if request.GET.get(name)}
    # The first page of a list is the list itself.
    if kept.get("page") == "1":
        del kept["page"]
    query = urlencode(kept)
    return request.path + (f"?{query}" if query else "")


def canonical_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(canonical_path(request))


def meta_for_object(obj, request: HttpRequest) -> PageMeta | None:
    absolute = request.build_absolute_uri
    url = absolute(obj.get_absolute_url())
    if isinstance(obj, Article):
        return PageMeta(
            title=obj.title,
            description=obj.summary,
            url=url,
            # A syndicated piece points search engines to the original.
            canonical=obj.source_url or url,
            og_type="article",
            image=card_image(obj.hero_image, absolute),
            published_time=obj.publish_at.isoformat() if obj.publish_at else "",
            modified_time=obj.updated_at.isoformat(),
            authors=[absolute(author.get_absolute_url()) for author in obj.authors.all()],
        )
    if isinstance(obj, Event | Programme):
        return PageMeta(
            title=obj.title,
            description=obj.summary or plain_text(obj.body),
            url=url,
            canonical=url,
            image=card_image(obj.hero_image, absolute),
        )
    if isinstance(obj, City):
        return PageMeta(
            title=obj.name,
            description=plain_text(obj.profile)
            or _("Film news, events and programmes from %(city)s.") % {"city": obj.name},
            url=url,
            canonical=url,
            image=card_image(obj.hero_image, absolute),
        )
    if isinstance(obj, Person):
        return PageMeta(
            title=obj.name,
            description=plain_text(obj.bio),
            url=url,
            canonical=canonical_url(request),
            og_type="profile",
            image=card_image(obj.photo, absolute),
        )
    if isinstance(obj, Series):
        return PageMeta(
            title=obj.name,
            description=plain_text(obj.description),
            url=url,
            canonical=canonical_url(request),
            image=card_image(obj.image, absolute),
        )
    return None


def list_titles() -> dict[str, str]:
    return {
        "articles:article-list": _("News"),
        "programmes:event-list": _("Events"),
        "programmes:event-calendar": _("Event calendar"),
        "programmes:programme-list": _("Programmes"),
        "filmhub:city-list": _("Cities"),
    }


def page_meta(context) -> PageMeta:
    request = context["request"]
    meta = context.get("page_meta")
    if meta is None and context.get("object") is not None:
        meta = meta_for_object(context["object"], request)
    if meta is None:
        match = request.resolver_match
        view_name = match.view_name if match else ""
        title = list_titles().get(view_name, SITE_NAME)
        url = canonical_url(request)
        meta = PageMeta(
            title=title,
            description=_("News, programmes and events from the cities of film."),
            url=url,
            canonical=url,
        )
    if context.get("is_preview"):
        meta.noindex = True
    languages = page_languages(request, canonical_path(request))
    item = context.get("object")
    if item is not None and missing_translation(item):
        # Shown in English for want of a translation: search engines are sent to the
        # English page, and told of no other language.
        languages = [
            language for language in languages if not missing_translation(item, language.code)
        ]
        if meta.canonical == meta.url and languages:
            meta.canonical = languages[0].url
    meta.alternates = languages
    return meta
