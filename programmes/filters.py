import datetime
import zoneinfo
from functools import cached_property

import django_filters
from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext_lazy as _

from filmhub.forms import PublicForm
from filmhub.models import City
from programmes.models import Event, EventKind, Programme, ProgrammeKind


class ProgrammeStatus(models.TextChoices):
    """The phases a visitor filters by; "open now" includes the calls closing soon."""

    OPEN = "open", _("Open now")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    UPCOMING = "upcoming", _("Upcoming")
    RUNNING = "running", _("Running")
    PAST = "past", _("Past")


class ProgrammeFilter(django_filters.FilterSet):
    city = django_filters.ModelChoiceFilter(
        label=_("City"),
        field_name="cities",
        to_field_name="slug",
        queryset=City.objects.order_by("name"),
        empty_label=_("Any city"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ProgrammeKind.choices, empty_label=_("Any kind")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ProgrammeStatus.choices,
        empty_label=_("Any status"),
        method="filter_status",
    )

    class Meta:
        model = Programme
        form = PublicForm
        fields = ["city", "kind", "status"]

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Each sets the order that suits it: open calls by deadline, past ones latest first.
        return {
            ProgrammeStatus.OPEN: queryset.open_for_applications,
            ProgrammeStatus.CLOSING_SOON: queryset.closing_soon,
            ProgrammeStatus.UPCOMING: queryset.upcoming,
            ProgrammeStatus.RUNNING: queryset.running,
            ProgrammeStatus.PAST: queryset.finished,
        }[value]()


# Dates before or after these are refused: they are typing mistakes, and at the far ends
# of the calendar, converting a local midnight to UTC would overflow.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


class When(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    PAST = "past", _("Past")
    ALL = "all", _("All dates")


def programmes_with_events(request: HttpRequest | None) -> QuerySet:
    """The programmes worth offering as a filter: public ones with a public event."""
    return (
        Programme.objects.published()
        .filter(Exists(Event.objects.published().filter(programme=OuterRef("pk"))))
        .order_by("title")
    )


class EventFacetFilter(django_filters.FilterSet):
    """What the event list and the month calendar share: city, kind and programme."""

    city = django_filters.ModelMultipleChoiceFilter(
        label=_("City"),
        # The filter compares field_name with the chosen cities' to_field_name values.
        field_name="city__slug",
        to_field_name="slug",
        queryset=City.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        # One city per event: no duplicate rows to remove.
        distinct=False,
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=EventKind.choices, empty_label=_("Any kind")
    )
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"),
        to_field_name="slug",
        queryset=programmes_with_events,
        empty_label=_("Any programme"),
    )

    class Meta:
        model = Event
        form = PublicForm
        fields = ["city", "kind", "programme"]


class EventFilterForm(PublicForm):
    def clean(self):
        cleaned_data = super().clean()
        for name in ("from", "to"):
            day = cleaned_data.get(name)
            if day and not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
                self.add_error(
                    name,
                    _("Choose a date between %(earliest)s and %(latest)s.")
                    % {"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
                )
        start, end = cleaned_data.get("from"), cleaned_data.get("to")
        if start and end and end < start:
            # On the field, so the reversed end is dropped and the start still applies.
            self.add_error("to", _("The end date is before the start date. Choose a later one."))
        return cleaned_data


class EventFilter(EventFacetFilter):
    """The event list: the shared facets, upcoming or past, and a date range.

    Dates are days in each event's own city: "from 1 October" includes a Busan event at
    01:00 on 1 October, although it is still 30 September in UTC.
    """

    when = django_filters.ChoiceFilter(
        label=_("When"), choices=When.choices, empty_label=None, method="filter_when"
    )

    # Upcoming unless asked otherwise, also when the query string is empty; the default
    # is no active filter a visitor could remove.
    defaults = {"when": When.UPCOMING}

    class Meta(EventFacetFilter.Meta):
        form = EventFilterForm
        fields = [*EventFacetFilter.Meta.fields, "when"]

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else QueryDict(mutable=True)
        for name, value in self.defaults.items():
            if not data.get(name):
                data[name] = value
        super().__init__(data, *args, **kwargs)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        if "when" not in self.form.cleaned_data:
            # An unknown value, reported on the form: the list stays the default one.
            queryset = queryset.upcoming()
        return queryset

    def filter_when(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == When.PAST:
            return queryset.past()
        if value == When.ALL:
            return queryset.order_by("starts_at", "pk")
        return queryset.upcoming()

    def filter_from(self, queryset: QuerySet, name: str, value: datetime.date) -> QuerySet:
        return queryset.filter(self._at_local_midnight("ends_at__gte", value))

    def filter_to(self, queryset: QuerySet, name: str, value: datetime.date) -> QuerySet:
        return queryset.filter(
            self._at_local_midnight("starts_at__lt", value + datetime.timedelta(days=1))
        )

    @cached_property
    def _time_zones(self) -> list[str]:
        return list(City.objects.order_by().values_list("time_zone", flat=True).distinct())

    def _at_local_midnight(self, lookup: str, day: datetime.date) -> Q:
        """Compare with the start of `day` in the zone of each event's city."""
        condition = Q(pk__in=[])
        for name in self._time_zones:
            midnight = datetime.datetime.combine(
                day, datetime.time.min, tzinfo=zoneinfo.ZoneInfo(name)
            )
            condition |= Q(city__time_zone=name, **{lookup: midnight})
        return condition


def _date_filter(label: str, method: str) -> django_filters.DateFilter:
    return django_filters.DateFilter(
        label=label,
        field_name="starts_at",
        method=method,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


# "from" and "to" make the plainest shareable address (?from=2026-10-01&to=2026-10-31),
# but they are Python keywords, so they cannot be written as class attributes.
EventFilter.declared_filters.update(
    {"from": _date_filter(_("From"), "filter_from"), "to": _date_filter(_("To"), "filter_to")}
)
EventFilter.base_filters = EventFilter.get_filters()
