from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.generic import DetailView, ListView

from articles.models import Article
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


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "filmhub/home.html",
        {
            "articles": Article.objects.published().select_related("hero_image")[:6],
            "events": Event.objects.published().upcoming().select_related("city")[:6],
            "programmes": Programme.objects.published().open_for_applications()[:6],
            "cities": City.objects.all(),
        },
    )


class CityListView(ListView):
    model = City


class CityDetailView(DetailView):
    model = City


class PersonDetailView(DetailView):
    model = Person

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().order_by("-publish_at")[:20]
        return super().get_context_data(articles=articles, **kwargs)
