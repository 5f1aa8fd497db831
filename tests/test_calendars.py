"""The iCalendar files and feeds, read with icalendar as a calendar app would."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.urls import reverse

from filmhub.publishing import Status
from programmes.models import Event
from tests.admin_forms import post_admin_form
from tests.factories import (
    CityFactory,
    EventFactory,
    ProgrammeFactory,
    VenueFactory,
    unpublished_states,
)
from tests.html import card_titles, parse, parse_document

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NOW = datetime.datetime(2026, 9, 15, 3, 0, tzinfo=UTC)
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
LONDON = zoneinfo.ZoneInfo("Europe/London")
FEED = reverse("programmes:event-calendar-feed")
DEADLINES = reverse("programmes:programme-deadlines-feed")
EVENT_LIST = reverse("programmes:event-list")

UNPUBLISHED = unpublished_states(NOW)


@pytest.fixture(autouse=True)
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


@pytest.fixture
def busan():
    return CityFactory(name="Busan", country="Republic of Korea", time_zone="Asia/Seoul")


@pytest.fixture
def bristol():
    return CityFactory(name="Bristol", country="United Kingdom", time_zone="Europe/London")


def at(days: float, hour: int = 10) -> datetime.datetime:
    """A moment `days` from now, at `hour` UTC."""
    day = (NOW + datetime.timedelta(days=days)).date()
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=UTC)


def event(title: str, city, starts_at=None, hours: float = 2, **fields) -> Event:
    starts_at = starts_at or at(7)
    return EventFactory(
        title=title,
        city=city,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        **fields,
    )


def read_calendar(client, url: str, **headers) -> icalendar.Calendar:
    response = client.get(url, **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def summaries(calendar: icalendar.Calendar) -> list[str]:
    return [str(component["SUMMARY"]) for component in calendar.events]


def ics_url(item: Event) -> str:
    return reverse("programmes:event-ics", kwargs={"slug": item.slug})


# One event ---------------------------------------------------------------------------------


def test_event_file_carries_what_a_calendar_app_shows(client, busan):
    venue = VenueFactory(
        name="Busan Cinema Center", address="120 Suyeonggangbyeon-daero\nHaeundae-gu", city=busan
    )
    item = event("Opening night", busan, summary="The festival opens.", venue=venue)

    response = client.get(ics_url(item))

    assert response["Content-Disposition"] == f'attachment; filename="{item.slug}.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    (component,) = calendar.events
    assert component["SUMMARY"] == "Opening night"
    assert component["UID"] == f"event-{item.pk}@filmhub.test"
    assert component["URL"] == f"http://testserver{item.get_absolute_url()}"
    assert (
        component["DESCRIPTION"]
        == f"The festival opens.\n\nhttp://testserver{item.get_absolute_url()}"
    )
    assert component["LOCATION"] == (
        "Busan Cinema Center, 120 Suyeonggangbyeon-daero, Haeundae-gu, Busan, Republic of Korea"
    )
    assert component["STATUS"] == "CONFIRMED"
    assert component.stamp == item.updated_at
    assert component.last_modified == item.updated_at
    assert calendar["PRODID"]
    assert calendar["VERSION"] == "2.0"


def test_event_without_venue_is_located_in_its_city(client, busan):
    item = event("Street screening", busan)

    (component,) = read_calendar(client, ics_url(item)).events

    assert component["LOCATION"] == "Busan, Republic of Korea"


@pytest.mark.parametrize("fields", UNPUBLISHED)
def test_unpublished_event_has_no_file(client, busan, fields):
    item = event("Secret", busan, **fields)

    assert client.get(ics_url(item)).status_code == 404


def test_staff_preview_has_no_file_either(admin_client, busan):
    item = event("Secret", busan, status=Status.DRAFT, publish_at=None)

    assert admin_client.get(ics_url(item)).status_code == 404


def test_uid_is_stable_when_title_and_slug_change(client, busan):
    item = event("Opening night", busan)
    before = read_calendar(client, ics_url(item)).events[0]["UID"]
    in_feed_before = read_calendar(client, FEED).events[0]["UID"]

    item.title, item.slug = "Opening gala", "opening-gala"
    item.save()

    assert read_calendar(client, ics_url(item)).events[0]["UID"] == before == in_feed_before
    assert read_calendar(client, FEED).events[0]["UID"] == before


def test_uids_name_the_site_whichever_host_the_feed_is_fetched_by(client, busan):
    item = event("Opening night", busan)

    by_host = {
        host: read_calendar(client, FEED, HTTP_HOST=host).events[0]["UID"]
        for host in ("testserver", "localhost")
    }

    assert set(by_host.values()) == {f"event-{item.pk}@filmhub.test"}


def test_events_at_the_same_moment_read_in_their_own_zones(client, busan, bristol):
    moment = datetime.datetime(2026, 10, 1, 10, 0, tzinfo=UTC)
    event("Busan talk", busan, starts_at=moment)
    event("Bristol talk", bristol, starts_at=moment)

    calendar = read_calendar(client, FEED)

    starts = {str(component["SUMMARY"]): component.start for component in calendar.events}
    ends = {str(component["SUMMARY"]): component.end for component in calendar.events}
    assert starts["Busan talk"] == starts["Bristol talk"] == moment
    # 19:00 in Busan (KST, UTC+9), 11:00 in Bristol (BST, UTC+1), each with its zone's name.
    assert (starts["Busan talk"].hour, starts["Busan talk"].tzinfo.key) == (19, "Asia/Seoul")
    assert (starts["Bristol talk"].hour, starts["Bristol talk"].tzinfo.key) == (11, "Europe/London")
    assert (ends["Busan talk"].hour, ends["Bristol talk"].hour) == (21, 13)
    params = {
        str(component["SUMMARY"]): component["DTSTART"].params["TZID"]
        for component in calendar.events
    }
    assert params == {"Busan talk": "Asia/Seoul", "Bristol talk": "Europe/London"}
    assert {timezone.tz_name for timezone in calendar.timezones} == {"Asia/Seoul", "Europe/London"}
    assert calendar.get_missing_tzids() == set()


def test_vtimezone_knows_the_clock_change_during_an_event(client, bristol):
    # British Summer Time ends at 01:00 UTC on 25 October 2026.
    event("Late October", bristol, starts_at=datetime.datetime(2026, 10, 26, 18, tzinfo=UTC))

    calendar = read_calendar(client, FEED)

    (london,) = calendar.timezones
    zone = london.to_tz()
    winter = datetime.datetime(2026, 10, 26, 18, 0, tzinfo=zone)
    summer = datetime.datetime(2026, 10, 1, 18, 0, tzinfo=zone)
    assert winter.utcoffset() == datetime.timedelta(0)
    assert summer.utcoffset() == datetime.timedelta(hours=1)
    assert calendar.events[0].start.hour == 18


def test_all_day_event_has_dates_with_the_day_after_as_its_end(client, busan):
    # 1 to 10 October in Busan; saving an all-day event stretches it to whole local days.
    item = event(
        "Busan International Film Festival",
        busan,
        starts_at=datetime.datetime(2026, 10, 1, 12, tzinfo=SEOUL),
        hours=9 * 24,
        all_day=True,
    )

    (component,) = read_calendar(client, ics_url(item)).events

    assert component["DTSTART"].params.get("VALUE") == "DATE"
    assert component.start == datetime.date(2026, 10, 1)
    assert not isinstance(component.start, datetime.datetime)
    assert component.end == datetime.date(2026, 10, 11)


@pytest.mark.parametrize(
    ("event_status", "ical_status"),
    [
        ("scheduled", "CONFIRMED"),
        ("moved_online", "CONFIRMED"),
        ("postponed", "TENTATIVE"),
        ("cancelled", "CANCELLED"),
    ],
)
def test_status_says_whether_the_event_goes_ahead(client, busan, event_status, ical_status):
    item = event("Gala", busan, event_status=event_status)

    assert read_calendar(client, ics_url(item)).events[0]["STATUS"] == ical_status
    assert read_calendar(client, FEED).events[0]["STATUS"] == ical_status


# The feed ----------------------------------------------------------------------------------


def test_feed_is_a_calendar_to_subscribe_to(client, busan):
    event("Gala", busan)

    response = client.get(f"{FEED}?city=busan")

    assert "Content-Disposition" not in response
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["X-WR-CALNAME"] == "filmhub events: Busan"
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=6)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT6H"
    # The same address gives the same calendar identity.
    assert calendar["UID"] == read_calendar(client, f"{FEED}?city=busan")["UID"]


FESTIVAL, LONG_AGO = "Bristol festival", "Busan festival long ago"


@pytest.fixture
def listed_events(busan, bristol):
    event("Busan festival", busan, starts_at=at(3), kind="festival")
    event("Busan screening", busan, starts_at=at(4), kind="screening")
    event(FESTIVAL, bristol, starts_at=at(5), kind="festival")
    event("Busan market", busan, starts_at=at(6), kind="market", event_status="cancelled")
    event("Busan festival ended", busan, starts_at=at(-10), kind="festival")
    event(LONG_AGO, busan, starts_at=at(-100), kind="festival")
    for number, fields in enumerate(UNPUBLISHED):
        event(f"Busan unpublished {number}", busan, starts_at=at(3), kind="festival", **fields)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("city=busan&kind=festival&when=upcoming", ["Busan festival"]),
        ("city=busan&when=upcoming", ["Busan festival", "Busan screening", "Busan market"]),
        ("city=bristol&city=busan&kind=festival&when=upcoming", ["Busan festival", FESTIVAL]),
        ("kind=festival&when=past", ["Busan festival ended", LONG_AGO]),
        ("kind=festival&when=all", [LONG_AGO, "Busan festival ended", "Busan festival", FESTIVAL]),
        # Unknown values are ignored, as on the list.
        (
            "city=atlantis&kind=poetry&programme=nope&when=upcoming",
            ["Busan festival", "Busan screening", FESTIVAL, "Busan market"],
        ),
        ("when=someday", ["Busan festival", "Busan screening", FESTIVAL, "Busan market"]),
    ],
)
def test_feed_lists_what_the_filtered_list_shows(client, listed_events, query, expected):
    list_page = parse(client.get(f"{EVENT_LIST}?{query}").text)

    assert summaries(read_calendar(client, f"{FEED}?{query}")) == card_titles(list_page) == expected


def test_feed_keeps_the_last_month_by_default(client, listed_events):
    calendar = read_calendar(client, f"{FEED}?city=busan&kind=festival")

    assert summaries(calendar) == ["Busan festival ended", "Busan festival"]


@pytest.mark.parametrize(
    "query",
    [
        "city=atlantis",
        "kind=poetry",
        "when=tomorrow",
        "from=2026-13-45&to=yesterday",
        "from=0001-01-01",
        # The end before the start: the end is dropped.
        "from=2026-09-20&to=2026-09-01",
        "programme=%00%ff",
        "city=" + "x" * 5000,
        "page=-1",
    ],
)
def test_bad_filter_values_give_a_valid_calendar(client, listed_events, query):
    calendar = read_calendar(client, f"{FEED}?{query}")

    assert calendar.events
    assert not any("unpublished" in summary for summary in summaries(calendar))


def test_feed_never_lists_unpublished_events(client, listed_events):
    for query in ["", "when=all", "when=past", "city=busan&when=all"]:
        calendar = read_calendar(client, f"{FEED}?{query}")
        assert not any("unpublished" in summary for summary in summaries(calendar))


def make_events(count: int, busan, bristol) -> None:
    for number in range(count):
        venue = VenueFactory(city=busan if number % 2 else bristol)
        event(f"Event {number}", venue.city, starts_at=at(number + 1), venue=venue)


@pytest.mark.parametrize(
    ("url", "queries", "kept"),
    [
        # The cities' zones, the events' times, and the whole events whose entries are not
        # kept; first, once per content change, when the earliest recent event starts.
        (FEED, 4, 2),
        # The cities given, the cities' zones, the events' times, and the whole events.
        (f"{FEED}?city=busan&city=bristol&kind=festival&when=all", 4, 3),
    ],
)
def test_feed_query_count_does_not_grow_with_the_content(
    client, django_assert_num_queries, busan, bristol, url, queries, kept
):
    make_events(2, busan, bristol)
    with django_assert_num_queries(queries):
        assert len(read_calendar(client, url).events) == 2

    make_events(30, busan, bristol)
    with django_assert_num_queries(queries):
        assert len(read_calendar(client, url).events) == 32
    # What is kept until content changes is not read again.
    with django_assert_num_queries(kept):
        assert len(read_calendar(client, url).events) == 32


def test_feed_entry_kept_for_an_event_changes_with_it(client, busan):
    item = event("Harbour screening", busan)
    read_calendar(client, FEED)

    item.title = "Harbour screening, moved indoors"
    item.save()

    assert [str(entry["SUMMARY"]) for entry in read_calendar(client, FEED).events] == [
        "Harbour screening, moved indoors"
    ]


def test_event_file_query_count_is_fixed(client, django_assert_num_queries, busan):
    item = event("Gala", busan, venue=VenueFactory(city=busan))

    with django_assert_num_queries(1):
        read_calendar(client, ics_url(item))


# Application deadlines ---------------------------------------------------------------------


def deadline_url(programme) -> str:
    return reverse("programmes:programme-ics", kwargs={"slug": programme.slug})


def test_programme_deadline_is_an_entry_at_the_deadline_in_the_programme_zone(client, busan):
    deadline = datetime.datetime(2026, 10, 31, 23, 59, tzinfo=SEOUL)
    programme = ProgrammeFactory(title="Busan Asian Film School", applications_close_at=deadline)
    programme.cities.add(busan)

    response = client.get(deadline_url(programme))

    assert (
        response["Content-Disposition"] == f'attachment; filename="{programme.slug}-deadline.ics"'
    )
    calendar = icalendar.Calendar.from_ical(response.content)
    (component,) = calendar.events
    assert component["SUMMARY"] == "Application deadline: Busan Asian Film School"
    assert component["UID"] == f"programme-{programme.pk}-deadline@filmhub.test"
    assert component.start == deadline
    assert component.start.tzinfo.key == "Asia/Seoul"
    assert component["TRANSP"] == "TRANSPARENT"
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Asia/Seoul"]


@pytest.mark.parametrize("fields", [*UNPUBLISHED, {"applications_close_at": None}])
def test_unpublished_programme_or_one_without_deadline_has_no_file(client, fields):
    programme = ProgrammeFactory(**fields)

    assert client.get(deadline_url(programme)).status_code == 404


def test_deadlines_feed_lists_public_deadlines_from_last_month_on(client, busan):
    opened = {"applications_open_at": at(-100)}
    ProgrammeFactory(title="Closes soon", applications_close_at=at(5), **opened)
    ProgrammeFactory(title="Closes later", applications_close_at=at(50), **opened)
    ProgrammeFactory(title="Closed last week", applications_close_at=at(-7), **opened)
    ProgrammeFactory(title="Closed long ago", applications_close_at=at(-70), **opened)
    ProgrammeFactory(title="No deadline", applications_close_at=None)
    for fields in UNPUBLISHED:
        ProgrammeFactory(title="Unpublished", **fields)

    calendar = read_calendar(client, DEADLINES)

    assert summaries(calendar) == [
        "Application deadline: Closed last week",
        "Application deadline: Closes soon",
        "Application deadline: Closes later",
    ]


def test_deadlines_feed_query_count_is_fixed(client, django_assert_num_queries, busan, bristol):
    def make(count: int) -> None:
        for number in range(count):
            programme = ProgrammeFactory(applications_close_at=at(number + 1))
            programme.cities.add(busan, bristol)

    make(2)
    with django_assert_num_queries(2):
        read_calendar(client, DEADLINES)
    make(20)
    with django_assert_num_queries(2):
        assert len(read_calendar(client, DEADLINES).events) == 22


# Links on the pages ------------------------------------------------------------------------


def test_event_page_links_to_its_file(client, busan):
    item = event("Gala", busan)

    page = parse(client.get(item.get_absolute_url()).text)

    href = page.links()["Add to calendar"]
    assert summaries(read_calendar(client, href)) == ["Gala"]


def test_programme_page_links_to_its_deadline(client, busan):
    programme = ProgrammeFactory(title="Residency")

    page = parse(client.get(programme.get_absolute_url()).text)

    href = page.links()["Add deadline to calendar"]
    assert summaries(read_calendar(client, href)) == ["Application deadline: Residency"]


@pytest.mark.parametrize(
    "page_url",
    [
        f"{EVENT_LIST}?city=busan&kind=festival&when=upcoming&page=1",
        f"{reverse('programmes:event-calendar', args=[2026, 9])}?city=busan&kind=festival",
    ],
)
def test_event_lists_offer_the_calendar_of_their_filters(client, listed_events, page_url):
    response = client.get(page_url)
    page = parse(response.text)

    href = page.links()["Subscribe to this calendar"]
    assert "page=" not in href
    assert summaries(read_calendar(client, href))[-1] == "Busan festival"
    assert all(
        summary.startswith("Busan festival") for summary in summaries(read_calendar(client, href))
    )
    head = parse_document(response.text).find("head")
    (link,) = head.find_all("link", rel="alternate", type="text/calendar")
    assert link.attrs["href"] == href


# Addresses the feeds keep ------------------------------------------------------------------


def test_an_event_titled_calendar_keeps_its_own_file_apart_from_the_feed(client, busan):
    event = EventFactory(title="Calendar", city=busan)

    assert event.slug == "calendar-2"
    own_file = icalendar.Calendar.from_ical(client.get(f"/events/{event.slug}.ics").content)
    assert [str(entry["SUMMARY"]) for entry in own_file.walk("VEVENT")] == ["Calendar"]
    feed = client.get("/events/calendar.ics")
    assert icalendar.Calendar.from_ical(feed.content)["X-WR-CALNAME"] == "filmhub events"


def test_a_programme_titled_deadlines_does_not_take_the_feeds_address():
    assert ProgrammeFactory(title="Deadlines").slug == "deadlines-2"


@pytest.mark.parametrize(
    ("factory", "slug"), [(EventFactory, "calendar"), (ProgrammeFactory, "deadlines")]
)
def test_an_editor_cannot_give_an_item_its_feeds_address(editor_client, factory, slug):
    draft = factory(status=Status.DRAFT, publish_at=None, title="Draft")
    url = reverse(f"admin:programmes_{draft._meta.model_name}_change", args=[draft.pk])

    response = post_admin_form(editor_client, url, slug=slug)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["slug"] == [
        f"“{slug}” is the address of another page."
    ]
    draft.refresh_from_db()
    assert draft.slug == "draft"


def test_an_event_that_already_has_the_feeds_slug_can_still_be_edited(editor_client, busan):
    # Made before the slug was reserved.
    older = EventFactory(title="Calendar", slug="calendar", city=busan)
    url = reverse("admin:programmes_event_change", args=[older.pk])

    response = post_admin_form(editor_client, url, title_en="Calendar of the year")

    assert response.status_code == 302
    older.refresh_from_db()
    assert (older.title, older.slug) == ("Calendar of the year", "calendar")
