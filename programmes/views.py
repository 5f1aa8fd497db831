from filmhub.listing import FilteredListView
from filmhub.views import PublishableDetailView
from programmes.filters import EventFilter, ProgrammeFilter
from programmes.models import Event, Programme


class ProgrammeListView(FilteredListView):
    filterset_class = ProgrammeFilter
    template_name = "programmes/programme_list.html"

    def get_queryset(self):
        return Programme.objects.published().select_related("hero_image")


class EventListView(FilteredListView):
    filterset_class = EventFilter
    template_name = "programmes/event_list.html"

    def get_queryset(self):
        return Event.objects.published().upcoming().select_related("city", "hero_image")


class ProgrammeDetailView(PublishableDetailView):
    model = Programme

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("hero_image")
            .prefetch_related("hosts", "partners", "cities")
        )


class EventDetailView(PublishableDetailView):
    model = Event

    def get_queryset(self):
        return super().get_queryset().select_related("city", "venue", "hero_image", "parent")
