from django.db.models import Count, F, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.generic import DetailView, ListView
from django.views.generic.detail import SingleObjectMixin

from articles.models import Article
from filmhub.caching import per_generation
from filmhub.listing import CappedPaginationMixin
from filmhub.models import City, Person
from programmes.models import Event, Programme


class PublishableDetailView(DetailView):
    """A public page for one content item; staff also see unpublished items, as a preview."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.request.user.is_staff:
            return queryset
        return queryset.published()

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=not self.object.is_public, **kwargs)


def card_querysets() -> tuple[QuerySet, QuerySet, QuerySet]:
    """Public articles, events and programmes with what their cards show, joined in."""
    return (
        Article.objects.published().select_related("hero_image", "series").order_by("-publish_at"),
        Event.objects.published().upcoming().for_cards(),
        Programme.objects.published().open_for_applications().select_related("hero_image"),
    )


# A count of upcoming events reads all of a city's events, so the counts are kept for a
# minute and until content changes, as cached pages showing them would be.
UPCOMING_COUNTS_SECONDS = 60


def upcoming_event_counts() -> dict[int, int]:
    def count() -> dict[int, int]:
        per_city = Event.objects.published().upcoming().order_by().values("city")
        return dict(per_city.annotate(count=Count("pk")).values_list("city", "count"))

    return per_generation("cities:upcoming-event-counts", count, timeout=UPCOMING_COUNTS_SECONDS)


def cities_with_upcoming_event_counts() -> list[City]:
    counts = upcoming_event_counts()
    cities = list(City.objects.select_related("hero_image"))
    for city in cities:
        city.upcoming_event_count = counts.get(city.pk, 0)
    return cities


def home(request: HttpRequest) -> HttpResponse:
    articles, events, programmes = card_querysets()
    latest = list(articles[:7])
    return render(
        request,
        "filmhub/home.html",
        {
            "lead": latest[0] if latest else None,
            "articles": latest[1:],
            "events": events[:6],
            "programmes": programmes[:4],
            "cities": cities_with_upcoming_event_counts(),
        },
    )


class CityListView(ListView):
    template_name = "filmhub/city_list.html"
    context_object_name = "city_list"

    def get_queryset(self):
        return cities_with_upcoming_event_counts()


class CityDetailView(DetailView):
    queryset = City.objects.select_related("hero_image")

    def get_context_data(self, **kwargs):
        articles, events, programmes = card_querysets()
        city = self.object
        return super().get_context_data(
            events=events.filter(city=city)[:6],
            articles=articles.filter(cities=city)[:6],
            programmes=Programme.objects.published()
            .filter(cities=city)
            .select_related("hero_image")
            .order_by(F("applications_close_at").desc(nulls_last=True))[:6],
            organisations=city.organisations.order_by("name"),
            **kwargs,
        )


class ArticlesOfView(CappedPaginationMixin, SingleObjectMixin, ListView):
    """A page about one thing, an author or a series, then its public articles by page.

    The thing is in the context under its model's name (person, series), the articles
    in page_obj.
    """

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=self.get_object_queryset())
        return super().get(request, *args, **kwargs)

    def get_object_queryset(self) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self):
        return (
            self.object.articles.published()
            .select_related("hero_image", "series")
            .order_by("-publish_at", "-pk")
        )


class PersonDetailView(ArticlesOfView):
    template_name = "filmhub/person_detail.html"

    def get_object_queryset(self) -> QuerySet:
        return Person.objects.select_related("photo", "organisation__city")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and crawlers ask for /favicon.ico whatever the page links, the admin's
    pages link none: send them to the site's icon rather than log a 404 each time."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Everything but the admin is open to crawlers; the sitemap index lists it all."""
    sitemap_url = request.build_absolute_uri(reverse("filmhub:sitemap-index"))
    lines = ["User-agent: *", f"Disallow: {reverse('admin:index')}", f"Sitemap: {sitemap_url}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
