"""iCalendar files: one event, a subscribable feed of any filtered event list, deadlines.

Times are written in each city's own zone (DTSTART;TZID=Asia/Seoul:…), with a VTIMEZONE
for every zone used, so that a calendar app shows the event at the right moment and
knows which zone it belongs to. UIDs are built from primary keys, so that an event keeps
its identity in a subscriber's calendar when its title or slug is edited.
"""

import datetime
import uuid
from collections.abc import Iterable

import icalendar
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from programmes.filters import EventFilter, When
from programmes.models import Event, EventStatus, Programme

# How often subscribers' apps should fetch the feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)
# Without an explicit "when", a feed keeps recent events too: a subscriber's calendar
# should not lose an event the moment it ends.
RECENT_PAST = datetime.timedelta(days=30)
# A feed is fetched whole by every subscriber, every few hours.
MAX_FEED_EVENTS = 500

PRODID = "-//filmhub//Cities of film//EN"
STATUSES = {
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}


def uid_domain(request: HttpRequest) -> str:
    domain, _port = split_domain_port(request.get_host())
    return domain or "filmhub"


def new_calendar(request: HttpRequest, name: str, description: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar.new(
        prodid=PRODID,
        name=name,
        description=description or None,
        # Stable for a given address, so that apps recognise the same calendar again.
        uid=uuid.uuid5(uuid.NAMESPACE_URL, request.build_absolute_uri()),
        url=request.build_absolute_uri(),
    )
    calendar.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    # The same, as Outlook and older Apple and Google clients read it.
    calendar.add("X-PUBLISHED-TTL", icalendar.vDuration(REFRESH_INTERVAL))
    return calendar


def with_timezones(calendar: icalendar.Calendar, moments: Iterable[datetime.date]) -> None:
    """Add a VTIMEZONE for each zone the calendar uses, covering the dates it spans."""
    days = [
        moment.date() if isinstance(moment, datetime.datetime) else moment for moment in moments
    ]
    if days:
        calendar.add_missing_timezones(
            first_date=min(days) - datetime.timedelta(days=366),
            last_date=max(days) + datetime.timedelta(days=366),
        )


def event_location(event: Event) -> str:
    place = f"{event.city.name}, {event.city.country}" if event.city.country else event.city.name
    if event.venue is None:
        return place
    address = ", ".join(line.strip() for line in event.venue.address.splitlines() if line.strip())
    return ", ".join(part for part in (event.venue.name, address, place) if part)


def event_component(event: Event, request: HttpRequest) -> icalendar.Event:
    url = request.build_absolute_uri(event.get_absolute_url())
    if event.all_day:
        first, last = event.local_date_span
        # DTEND of an all-day event is the day after the last one.
        start, end = first, last + datetime.timedelta(days=1)
    else:
        start = event.local_starts_at
        # An event with no length has no DTEND: it ends when it starts (RFC 5545).
        end = event.local_ends_at if event.ends_at > event.starts_at else None
    component = icalendar.Event.new(
        uid=f"event-{event.pk}@{uid_domain(request)}",
        summary=event.title,
        description="\n\n".join(part for part in (event.summary, url) if part),
        start=start,
        end=end,
        location=event_location(event),
        url=url,
        status=STATUSES.get(event.event_status, "CONFIRMED"),
        categories=[str(event.get_kind_display())],
        # Without a METHOD, DTSTAMP is when the information was last revised.
        stamp=event.updated_at,
        last_modified=event.updated_at,
    )
    if event.venue is not None and event.venue.latitude is not None:
        component.add("GEO", (float(event.venue.latitude), float(event.venue.longitude)))
    return component


def events_calendar(
    events: Iterable[Event], request: HttpRequest, name: str, description: str = ""
) -> icalendar.Calendar:
    calendar = new_calendar(request, name, description)
    moments = []
    for event in events:
        calendar.add_component(event_component(event, request))
        moments += [event.starts_at, event.ends_at]
    with_timezones(calendar, moments)
    return calendar


def calendar_response(calendar: icalendar.Calendar, filename: str | None = None) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def public_events() -> QuerySet:
    return Event.objects.published().select_related("city", "venue")


def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """One event, to add to a calendar."""
    event = get_object_or_404(public_events(), slug=slug)
    calendar = events_calendar([event], request, event.title)
    return calendar_response(calendar, filename=f"{event.slug}.ics")


def filtered_events(query: QueryDict) -> tuple[EventFilter, QuerySet]:
    """The events the list shows for this query string, with recent ones kept by default."""
    data = query.copy()
    keep_recent = not data.get("when")
    if keep_recent:
        data["when"] = When.ALL
    filterset = EventFilter(data, queryset=public_events())
    events = filterset.qs
    if keep_recent:
        events = events.filter(ends_at__gte=timezone.now() - RECENT_PAST)
    return filterset, events[:MAX_FEED_EVENTS]


def event_calendar_feed(request: HttpRequest) -> HttpResponse:
    """A calendar to subscribe to, for any filtered event list: the list's query string.

    Values the filters do not know are ignored, as on the list.
    """
    filterset, events = filtered_events(request.GET)
    cities = filterset.form.cleaned_data.get("city") or []
    name = _("filmhub events")
    if cities:
        name = _("filmhub events: %(cities)s") % {"cities": ", ".join(str(city) for city in cities)}
    calendar = events_calendar(
        events,
        request,
        name,
        _("Festivals, markets, screenings and meetings in the cities of film."),
    )
    return calendar_response(calendar)


def programme_zone(programme: Programme) -> datetime.tzinfo:
    """As on the programme page: the first city's zone (by name), or UTC."""
    cities = sorted(programme.cities.all(), key=lambda city: city.name)
    return cities[0].zone if cities else datetime.UTC


def deadline_component(programme: Programme, request: HttpRequest) -> icalendar.Event:
    url = request.build_absolute_uri(programme.get_absolute_url())
    deadline = timezone.localtime(programme.applications_close_at, programme_zone(programme))
    return icalendar.Event.new(
        uid=f"programme-{programme.pk}-deadline@{uid_domain(request)}",
        summary=_("Application deadline: %(title)s") % {"title": programme.title},
        description="\n\n".join(
            part for part in (programme.summary, programme.application_url, url) if part
        ),
        # A moment, not a stretch of time: no DTEND.
        start=deadline,
        url=url,
        status="CONFIRMED",
        # A deadline does not make anyone busy.
        transparency="TRANSPARENT",
        stamp=programme.updated_at,
        last_modified=programme.updated_at,
    )


def public_deadlines() -> QuerySet:
    return (
        Programme.objects.published()
        .filter(applications_close_at__isnull=False)
        .prefetch_related("cities")
    )


def programme_deadline_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """A programme's application deadline, to add to a calendar."""
    programme = get_object_or_404(public_deadlines(), slug=slug)
    calendar = new_calendar(
        request, _("Application deadline: %(title)s") % {"title": programme.title}
    )
    calendar.add_component(deadline_component(programme, request))
    with_timezones(calendar, [programme.applications_close_at])
    return calendar_response(calendar, filename=f"{programme.slug}-deadline.ics")


def deadlines_feed(request: HttpRequest) -> HttpResponse:
    """Every public programme's application deadline, from a month ago on, to subscribe to."""
    programmes = (
        public_deadlines()
        .filter(applications_close_at__gte=timezone.now() - RECENT_PAST)
        .order_by("applications_close_at", "pk")[:MAX_FEED_EVENTS]
    )
    calendar = new_calendar(request, _("filmhub application deadlines"))
    moments = []
    for programme in programmes:
        calendar.add_component(deadline_component(programme, request))
        moments.append(programme.applications_close_at)
    with_timezones(calendar, moments)
    return calendar_response(calendar)
