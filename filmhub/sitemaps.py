"""The sitemap sections: every public page, with when it last changed.

Each content section goes through `published()`, like every other public surface, and
answers the index's "latest change" with one aggregate query rather than by loading
every item.
"""

import datetime

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, Max, OuterRef, QuerySet
from django.urls import reverse
from django.utils import translation

from articles.models import Article, Series
from filmhub.models import City, Person
from programmes.models import Event, Programme


def latest_update(queryset: QuerySet) -> datetime.datetime | None:
    return queryset.aggregate(latest=Max("updated_at"))["latest"]


class SiteSitemap(Sitemap):
    """A section's pages in one language. Each language has sections of its own rather
    than Django's i18n sitemaps, which list a section by loading every item of it; here
    a page of the section is one limited query, as before. Pages name their other
    language themselves (hreflang in the head)."""

    language = settings.LANGUAGE_CODE

    def get_urls(self, page=1, site=None, protocol=None):
        with translation.override(self.language):
            return super().get_urls(page, site, protocol)


class PublishedSitemap(SiteSitemap):
    model = None

    def items(self):
        return self.model.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, item) -> datetime.datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> datetime.datetime | None:
        return latest_update(self.model.objects.published())


class ArticleSitemap(PublishedSitemap):
    model = Article


class EventSitemap(PublishedSitemap):
    model = Event


class ProgrammeSitemap(PublishedSitemap):
    model = Programme


class CitySitemap(SiteSitemap):
    # A city has no timestamp of its own, so no lastmod rather than a made-up one.
    def items(self):
        return City.objects.order_by("pk").only("slug")


class PersonSitemap(SiteSitemap):
    """Authors with at least one public article; an author page lists only those."""

    def items(self):
        public = Article.objects.published()
        latest = (
            public.filter(authors=OuterRef("pk")).order_by("-updated_at").values("updated_at")[:1]
        )
        return (
            Person.objects.filter(Exists(public.filter(authors=OuterRef("pk"))))
            .annotate(latest_article_update=latest)
            .order_by("pk")
            .only("slug")
        )

    def lastmod(self, item) -> datetime.datetime:
        return item.latest_article_update

    def get_latest_lastmod(self) -> datetime.datetime | None:
        return latest_update(Article.objects.published().filter(authors__isnull=False))


class SeriesSitemap(SiteSitemap):
    """Series with at least one public article: the others' pages are empty."""

    def items(self):
        public = Article.objects.published()
        latest = (
            public.filter(series=OuterRef("pk")).order_by("-updated_at").values("updated_at")[:1]
        )
        return (
            Series.objects.filter(Exists(public.filter(series=OuterRef("pk"))))
            .annotate(latest_article_update=latest)
            .order_by("pk")
            .only("slug", "updated_at")
        )

    def lastmod(self, item) -> datetime.datetime:
        return max(item.updated_at, item.latest_article_update)

    def get_latest_lastmod(self) -> datetime.datetime | None:
        updates = [
            latest_update(Series.objects.filter(articles__in=Article.objects.published())),
            latest_update(Article.objects.published().filter(series__isnull=False)),
        ]
        return max((update for update in updates if update), default=None)


class StaticSitemap(SiteSitemap):
    """The list pages, each as fresh as the newest public item it lists."""

    changefreq = "daily"
    sources = {
        "filmhub:home": (Article, Event, Programme),
        "articles:article-list": (Article,),
        "programmes:event-list": (Event,),
        "programmes:programme-list": (Programme,),
        "filmhub:city-list": (),
    }

    def items(self) -> list[str]:
        return list(self.sources)

    def location(self, item: str) -> str:
        return reverse(item)

    def lastmod(self, item: str) -> datetime.datetime | None:
        updates = [self._latest[model] for model in self.sources[item]]
        return max((update for update in updates if update), default=None)

    def get_latest_lastmod(self) -> None:
        # The city list has no date, so neither has the section.
        return None

    @property
    def _latest(self) -> dict:
        # One query per content type, however many pages list it.
        if not hasattr(self, "_latest_cache"):
            self._latest_cache = {
                model: latest_update(model.objects.published())
                for model in (Article, Event, Programme)
            }
        return self._latest_cache


SECTIONS = {
    "pages": StaticSitemap,
    "articles": ArticleSitemap,
    "events": EventSitemap,
    "programmes": ProgrammeSitemap,
    "cities": CitySitemap,
    "people": PersonSitemap,
    "series": SeriesSitemap,
}


def in_language(section: type[SiteSitemap], language: str) -> type[SiteSitemap]:
    return type(f"{section.__name__}_{language}", (section,), {"language": language})


# English sections as before (sitemap-articles.xml), then each other language's
# (sitemap-articles-ko.xml).
SITEMAPS = {
    **SECTIONS,
    **{
        f"{name}-{language}": in_language(section, language)
        for language, _name in settings.LANGUAGES
        if language != settings.LANGUAGE_CODE
        for name, section in SECTIONS.items()
    },
}
