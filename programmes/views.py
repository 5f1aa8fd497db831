import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from filmhub.listing import FilteredListView, active_filters
from filmhub.models import City, Organisation
from filmhub.views import PublishableDetailView
from programmes.filters import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    EventFacetFilter,
    EventFilter,
    ProgrammeFilter,
    When,
)
from programmes.models import Event, Programme


class ProgrammeListView(FilteredListView):
    filterset_class = ProgrammeFilter
    template_name = "programmes/programme_list.html"

    def get_queryset(self):
        # The status filter replaces this order with the one that suits its phase.
        return Programme.objects.published().in_phase_order().select_related("hero_image")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cleaned_data = getattr(self.filterset.form, "cleaned_data", {})
        return {**context, "status": cleaned_data.get("status") or ""}


def event_facets(query: QueryDict) -> QueryDict:
    """The part of a query the event list and the calendar share: city, kind, programme."""
    facets = QueryDict(mutable=True)
    for name in EventFacetFilter.base_filters:
        if values := [value for value in query.getlist(name) if value]:
            facets.setlist(name, values)
    return facets


def with_query(url: str, query: QueryDict) -> str:
    return f"{url}?{query.urlencode()}" if query else url


def event_calendar_url(month: datetime.date, query: QueryDict) -> str:
    return with_query(
        reverse("programmes:event-calendar", kwargs={"year": month.year, "month": month.month}),
        event_facets(query),
    )


class EventListView(FilteredListView):
    filterset_class = EventFilter
    template_name = "programmes/event_list.html"

    def get_queryset(self):
        # Upcoming, past or all, and the order that goes with it, is the filter's choice.
        return Event.objects.published().for_cards()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cleaned_data = getattr(self.filterset.form, "cleaned_data", {})
        month = cleaned_data.get("from") or timezone.localdate()
        return {
            **context,
            "when": cleaned_data.get("when") or When.UPCOMING,
            "calendar_url": event_calendar_url(month, self.request.GET),
        }


class ProgrammeDetailView(PublishableDetailView):
    model = Programme

    def get_queryset(self):
        # As on the event page: Article is reached through the relation, not imported.
        Article = Programme._meta.get_field("articles").related_model
        organisations = Organisation.objects.select_related("city").order_by("name")
        return (
            super()
            .get_queryset()
            .select_related("hero_image")
            .prefetch_related(
                Prefetch("hosts", queryset=organisations),
                Prefetch("partners", queryset=organisations),
                Prefetch("cities", queryset=City.objects.order_by("name")),
                "topics",
                Prefetch(
                    "events",
                    queryset=Event.objects.published().for_cards().order_by("starts_at", "pk"),
                    to_attr="public_events",
                ),
                Prefetch(
                    "articles",
                    queryset=Article.objects.published()
                    .select_related("hero_image", "series")
                    .order_by("-publish_at", "-pk")[:6],
                    to_attr="public_articles",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        programme, now = self.object, timezone.now()
        cities = programme.cities.all()
        return super().get_context_data(
            # A programme can span cities: its dates are given in the first one's zone.
            time_zone=cities[0].time_zone if cities else "UTC",
            applications_open_later=bool(
                programme.applications_open_at and programme.applications_open_at > now
            ),
            upcoming_events=[event for event in programme.public_events if event.ends_at >= now],
            past_events=[event for event in programme.public_events if event.ends_at < now][::-1],
            **kwargs,
        )


class EventDetailView(PublishableDetailView):
    model = Event

    def get_queryset(self):
        # Article lives in the articles app, which depends on this one: reach it through
        # the relation rather than import it.
        Article = Event._meta.get_field("articles").related_model
        return (
            super()
            .get_queryset()
            .select_related("city", "venue", "hero_image", "parent", "programme")
            .prefetch_related(
                "organisers",
                "topics",
                Prefetch(
                    "sub_events",
                    queryset=Event.objects.published().for_cards().order_by("starts_at", "pk"),
                    to_attr="public_sub_events",
                ),
                Prefetch(
                    "articles",
                    queryset=Article.objects.published().order_by("-publish_at")[:6],
                    to_attr="public_articles",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(has_ended=self.object.ends_at < timezone.now(), **kwargs)


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    # Each event with whether it starts on this day (or continues from an earlier one).
    entries: list[tuple[Event, bool]] = field(default_factory=list)
    # Events of the day beyond the first few, and the list of the whole day.
    more: int = 0
    day_list_url: str = ""


# A day shows this many events and links to the list of the rest: a busy day in a month of
# hundreds of events stays a readable cell, and the page's size stays bounded. The month's
# events are still all read, to place and count them.
DAY_ENTRIES = 5


def month_weeks(first: datetime.date) -> list[list[datetime.date]]:
    # Django counts weekdays from Sunday (0), the calendar module from Monday (0).
    first_weekday = (int(formats.get_format("FIRST_DAY_OF_WEEK")) - 1) % 7
    return calendar.Calendar(first_weekday).monthdatescalendar(first.year, first.month)


def event_calendar(request: HttpRequest, year: int, month: int) -> HttpResponse:
    """A month of public events, each listed on every local day it takes up."""
    if not (EARLIEST_YEAR <= year <= LATEST_YEAR and 1 <= month <= 12):
        raise Http404(_("There is no calendar for this month."))
    first = datetime.date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    filterset = EventFacetFilter(
        request.GET or None,
        queryset=Event.objects.published().select_related("city"),
        request=request,
    )
    # No city is more than 14 hours from UTC, so a day either side of the month in UTC
    # takes in every event whose local days touch it; the exact days are worked out below.
    window_start = datetime.datetime.combine(
        first - datetime.timedelta(days=1), datetime.time.min, tzinfo=datetime.UTC
    )
    window_end = datetime.datetime.combine(
        last + datetime.timedelta(days=2), datetime.time.min, tzinfo=datetime.UTC
    )
    events = filterset.qs.filter(starts_at__lt=window_end, ends_at__gte=window_start).order_by(
        "starts_at", "pk"
    )

    entries, shown = defaultdict(list), set()
    for event in events:
        span_first, span_last = event.local_date_span
        day = max(span_first, first)
        while day <= min(span_last, last):
            entries[day].append((event, day == span_first))
            shown.add(event.pk)
            day += datetime.timedelta(days=1)

    def events_between(start: datetime.date, end: datetime.date) -> str:
        query = QueryDict(mutable=True)
        query.update(event_facets(request.GET))
        query.update({"when": When.ALL, "from": start.isoformat(), "to": end.isoformat()})
        return with_query(reverse("programmes:event-list"), query)

    def calendar_day(day: datetime.date) -> CalendarDay:
        listed = entries[day]
        cell = CalendarDay(day, day.month == month, day == today, listed[:DAY_ENTRIES])
        if len(listed) > DAY_ENTRIES:
            cell.more, cell.day_list_url = len(listed) - DAY_ENTRIES, events_between(day, day)
        return cell

    today = timezone.localdate()
    weeks = [[calendar_day(day) for day in week] for week in month_weeks(first)]
    previous_month = (first - datetime.timedelta(days=1)).replace(day=1)
    next_month = last + datetime.timedelta(days=1)
    return render(
        request,
        "programmes/event_calendar.html",
        {
            "month": first,
            "weeks": weeks,
            "filter": filterset,
            "active_filters": active_filters(request.GET, filterset),
            "result_count": len(shown),
            "previous_month": previous_month if previous_month.year >= EARLIEST_YEAR else None,
            "next_month": next_month if next_month.year <= LATEST_YEAR else None,
            "this_month": today.replace(day=1),
            "list_url": events_between(first, last),
        },
    )
