from filmhub.views import PublishableDetailView
from programmes.models import Event, Programme


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
