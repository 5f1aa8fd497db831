"""iCalendar files: one event, a subscribable feed of any filtered event list, deadlines.

Times are written in each city's own zone (DTSTART;TZID=Asia/Seoul:…), with a VTIMEZONE
for every zone used, so that a calendar app shows the event at the right moment and
knows which zone it belongs to. UIDs are built from primary keys, so that an event keeps
its identity in a subscriber's calendar when its title or slug is edited.
"""

import datetime
import functools
import uuid
from collections.abc import Iterable

import icalendar
from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from filmhub.caching import per_generation_many
from filmhub.models import City
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
        # The site's name, not the host asked by: a feed fetched by another of the site's
        # names must not make calendar apps show every event twice.
        uid=f"event-{event.pk}@{settings.SITE_DOMAIN}",
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


@functools.lru_cache(maxsize=256)
def timezone_entry(tzid: str, first_year: int, last_year: int) -> bytes:
    """A zone's VTIMEZONE over whole years: feeds share the same few, so each process
    makes each one once."""
    zone = icalendar.Timezone.from_tzid(
        tzid,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year, 12, 31),
    )
    return zone.to_ical()


def event_entries(pks: list[int], request: HttpRequest, loaded: dict[int, Event]) -> dict:
    """Each event's VEVENT, kept until content changes: a feed of hundreds of events joins
    stored text instead of building and folding hundreds of components again. Events not
    in `loaded` are read when their entry is not kept."""
    site = f"{request.build_absolute_uri('/')}:{translation.get_language()}"

    def render(keys: list[str]) -> dict[str, bytes]:
        wanted = [int(key.rsplit(":", 1)[1]) for key in keys]
        events = {pk: loaded[pk] for pk in wanted if pk in loaded}
        if len(events) < len(wanted):
            events |= public_events().in_bulk([pk for pk in wanted if pk not in events])
        return {
            f"{site}:{pk}": event_component(event, request).to_ical()
            for pk, event in events.items()
        }

    entries = per_generation_many("ical-event", [f"{site}:{pk}" for pk in pks], render)
    return {pk: entries[f"{site}:{pk}"] for pk in pks if f"{site}:{pk}" in entries}


def events_calendar(
    events: QuerySet | list[Event], request: HttpRequest, name: str, description: str = ""
) -> bytes:
    """The calendar of these events, with a VTIMEZONE for each zone their times are in,
    covering the years they span and one on either side. A query set is read as rows, the
    whole events only for entries not kept."""
    if isinstance(events, QuerySet):
        # Zones are looked up apart: joining the cities in lets SQLite read every city's
        # events before sorting them, instead of the start index in order up to the limit.
        zones_by_city = dict(City.objects.values_list("pk", "time_zone"))
        fields = ("pk", "starts_at", "ends_at", "all_day", "city")
        rows = [(*row[:4], zones_by_city[row[4]]) for row in events.values_list(*fields)]
        loaded = {}
    else:
        rows = [(e.pk, e.starts_at, e.ends_at, e.all_day, e.city.time_zone) for e in events]
        loaded = {event.pk: event for event in events}
    entries = event_entries([pk for pk, *_ in rows], request, loaded)
    timed = [(starts, ends, zone) for _pk, starts, ends, all_day, zone in rows if not all_day]
    zones = b""
    if timed:
        first_year = min(starts for starts, _, _ in timed).year - 1
        last_year = max(ends for _, ends, _ in timed).year + 1
        zones = b"".join(
            timezone_entry(zone, first_year, last_year)
            for zone in sorted({zone for *_, zone in timed} - {"UTC"})
        )
    header = new_calendar(request, name, description).to_ical()
    end = b"END:VCALENDAR\r\n"
    body = b"".join(entries[pk] for pk, *_ in rows if pk in entries)
    return header.removesuffix(end) + zones + body + end


def calendar_response(calendar: icalendar.Calendar | bytes, filename: str | None = None):
    content = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
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
        events = events.unfinished(RECENT_PAST)
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
        uid=f"programme-{programme.pk}-deadline@{settings.SITE_DOMAIN}",
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
