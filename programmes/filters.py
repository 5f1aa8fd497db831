import django_filters
from django.utils.translation import gettext_lazy as _

from filmhub.models import City
from programmes.models import Event, EventKind, Programme, ProgrammeKind


class ProgrammeFilter(django_filters.FilterSet):
    city = django_filters.ModelChoiceFilter(
        label=_("City"), field_name="cities", to_field_name="slug", queryset=City.objects.all()
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ProgrammeKind.choices)

    class Meta:
        model = Programme
        fields = ["city", "kind"]


class EventFilter(django_filters.FilterSet):
    city = django_filters.ModelMultipleChoiceFilter(
        label=_("City"), to_field_name="slug", queryset=City.objects.all()
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=EventKind.choices)

    class Meta:
        model = Event
        fields = ["city", "kind"]
