"""The public event pages: the filtered list, the event page and the month calendar."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from filmhub.publishing import Status
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    ProgrammeFactory,
    TopicFactory,
    VenueFactory,
    unpublished_states,
)
from tests.html import Node, parse

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
# A Tuesday in mid-September, British Summer Time: "next month" is October 2026.
NOW = datetime.datetime(2026, 9, 15, 3, 0, tzinfo=UTC)
EVENT_LIST = reverse("programmes:event-list")


def calendar_url(year: int, month: int) -> str:
    return reverse("programmes:event-calendar", kwargs={"year": year, "month": month})


# A small DOM, so that tests check structure rather than substrings -----------------------


def card_titles(page: Node) -> list[str]:
    return [title.text for title in page.find_all("h3", class_="card__title")]


def card_times(page: Node) -> dict[str, str]:
    """Each card's title and the text of its date and time."""
    return {
        card.find("h3").text: card.find("time").text
        for card in page.find_all("article", class_="event-card")
    }


def chips(page: Node) -> dict[str, str]:
    return {chip.text.split(" ×")[0]: chip.attrs["href"] for chip in page.find_all("a", "chip")}


def form_errors(page: Node) -> list[str]:
    return [item.text for errors in page.find_all("ul", "errorlist") for item in errors.iter()]


def result_count(page: Node) -> str:
    return page.find("p", "results-bar__count").text


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def calendar_days(page: Node) -> dict[str, list[str]]:
    """The event titles on each day of the month, by ISO date."""
    days = {}
    for cell in page.find("table", "calendar").find_all("td"):
        day = cell.find("time", "calendar__day")
        if day is not None:
            days[day.attrs["datetime"]] = [item.find("a").text for item in cell.find_all("li")]
    return days


def calendar_cell(page: Node, day: str) -> Node:
    return page.find("time", "calendar__day", datetime=day).parent


# Content --------------------------------------------------------------------------------


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


@pytest.fixture
def seoul():
    return CityFactory(name="Seoul", country="Republic of Korea", time_zone="Asia/Seoul")


def event_at(title: str, starts_at: datetime.datetime, hours: float = 3, **fields):
    return EventFactory(
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        **fields,
    )


def in_days(days: float) -> datetime.datetime:
    return NOW + datetime.timedelta(days=days)


UNPUBLISHED = unpublished_states(NOW)


# The list: upcoming, past, all -----------------------------------------------------------


def test_upcoming_list_follows_content_changes_and_the_clock(client, busan, time_machine):
    """Where the upcoming list starts reading is kept until content changes: a clock moved
    back to when more events were running shows them again, and an event added later that
    started long before (and is still running) shows at once."""
    published = in_days(-10)
    event_at("Next week", in_days(7), city=busan, publish_at=published)
    event_at("Ended yesterday", in_days(-1), city=busan, publish_at=published)
    assert card_titles(parse(client.get(EVENT_LIST).text)) == ["Next week"]

    time_machine.move_to(in_days(-1), tick=False)
    assert card_titles(parse(client.get(EVENT_LIST).text)) == ["Ended yesterday", "Next week"]

    time_machine.move_to(NOW, tick=False)
    event_at("Season", in_days(-150), hours=24 * 200, city=busan, publish_at=published)
    assert card_titles(parse(client.get(EVENT_LIST).text)) == ["Season", "Next week"]


def test_city_upcoming_counts_follow_content_changes(client, busan):
    event_at("Next week", in_days(7), city=busan)
    assert "1 upcoming event" in client.get(reverse("filmhub:city-list")).text

    event_at("Next month", in_days(30), city=busan)
    assert "2 upcoming events" in client.get(reverse("filmhub:city-list")).text


def test_list_shows_upcoming_events_soonest_first_by_default(client, busan):
    event_at("In two days", in_days(2), city=busan)
    event_at("Tomorrow", in_days(1), city=busan)
    event_at("Last week", in_days(-7), city=busan)
    event_at("Still running", in_days(-2), hours=24 * 5, city=busan)

    page = parse(client.get(EVENT_LIST).text)

    assert card_titles(page) == ["Still running", "Tomorrow", "In two days"]
    assert page.find("h1").text == "Upcoming events"
    assert result_count(page) == "3 results"
    assert chips(page) == {}


def test_past_lists_ended_events_latest_first(client, busan):
    event_at("Tomorrow", in_days(1), city=busan)
    event_at("Last month", in_days(-30), city=busan)
    event_at("Last week", in_days(-7), city=busan)

    page = parse(client.get(EVENT_LIST, {"when": "past"}).text)

    assert card_titles(page) == ["Last week", "Last month"]
    assert page.find("h1").text == "Past events"


def test_all_dates_lists_past_and_upcoming_in_date_order(client, busan):
    event_at("Tomorrow", in_days(1), city=busan)
    event_at("Last week", in_days(-7), city=busan)

    page = parse(client.get(EVENT_LIST, {"when": "all"}).text)

    assert card_titles(page) == ["Last week", "Tomorrow"]


def test_an_empty_when_is_upcoming(client, busan):
    event_at("Tomorrow", in_days(1), city=busan)
    event_at("Last week", in_days(-7), city=busan)

    assert card_titles(parse(client.get(EVENT_LIST, {"when": ""}).text)) == ["Tomorrow"]


def test_no_results_offers_all_dates(client, busan):
    event_at("Last week", in_days(-7), city=busan)

    page = parse(client.get(EVENT_LIST, {"city": "busan"}).text)

    assert card_titles(page) == []
    link = page.find("div", "notice").find("a")
    assert query_of(link.attrs["href"]) == {"city": ["busan"], "when": ["all"]}


# Each filter alone ------------------------------------------------------------------------


def test_city_filter(client, busan, bristol):
    event_at("Busan screening", in_days(1), city=busan)
    event_at("Bristol screening", in_days(1), city=bristol)

    page = parse(client.get(EVENT_LIST, {"city": "busan"}).text)

    assert card_titles(page) == ["Busan screening"]
    assert chips(page).keys() == {"City: Busan"}
    offered = [box.attrs["value"] for box in page.find_all("input", type="checkbox")]
    assert offered == ["bristol", "busan"]
    assert "checked" in page.find("input", value="busan").attrs
    assert "checked" not in page.find("input", value="bristol").attrs


def test_several_cities_at_once(client, busan, bristol, seoul):
    event_at("Busan screening", in_days(1), city=busan)
    event_at("Bristol screening", in_days(2), city=bristol)
    event_at("Seoul screening", in_days(3), city=seoul)

    page = parse(client.get(EVENT_LIST, {"city": ["busan", "bristol"]}).text)

    assert card_titles(page) == ["Busan screening", "Bristol screening"]
    assert chips(page).keys() == {"City: Busan", "City: Bristol"}


def test_kind_filter(client, busan):
    event_at("A festival", in_days(1), city=busan, kind="festival")
    event_at("A market", in_days(1), city=busan, kind="market")

    page = parse(client.get(EVENT_LIST, {"kind": "market"}).text)

    assert card_titles(page) == ["A market"]
    assert chips(page).keys() == {"Kind: Market"}


def test_programme_filter_offers_only_public_programmes_with_events(client, busan):
    incubator = ProgrammeFactory(title="Incubator")
    ProgrammeFactory(title="Programme without events")
    draft = ProgrammeFactory(title="Draft programme", status=Status.DRAFT, publish_at=None)
    event_at("Pitching day", in_days(1), city=busan, programme=incubator)
    event_at("Draft programme's day", in_days(1), city=busan, programme=draft)
    event_at("Unrelated", in_days(1), city=busan)

    page = parse(client.get(EVENT_LIST, {"programme": incubator.slug}).text)

    assert card_titles(page) == ["Pitching day"]
    assert chips(page).keys() == {"Programme: Incubator"}
    options = [option.text for option in page.find("select", name="programme").iter()]
    assert options == ["Any programme", "Incubator"]


def test_date_range_includes_events_overlapping_it(client, busan):
    event_at("Before", datetime.datetime(2026, 9, 28, 1, tzinfo=UTC), city=busan)
    event_at(
        "Festival across the start",
        datetime.datetime(2026, 9, 28, 1, tzinfo=UTC),
        hours=24 * 5,
        city=busan,
    )
    event_at("Inside", datetime.datetime(2026, 10, 5, 1, tzinfo=UTC), city=busan)
    event_at("After", datetime.datetime(2026, 10, 11, 1, tzinfo=UTC), city=busan)

    page = parse(client.get(EVENT_LIST, {"from": "2026-10-01", "to": "2026-10-10"}).text)

    assert card_titles(page) == ["Festival across the start", "Inside"]
    assert chips(page).keys() == {"From: 2026-10-01", "To: 2026-10-10"}


def test_date_range_takes_the_day_in_each_events_city(client, busan, bristol):
    # 1 October, 01:00 in Busan, although still 30 September in UTC.
    event_at(
        "Busan, early on the 1st",
        datetime.datetime(2026, 9, 30, 16, tzinfo=UTC),
        hours=1,
        city=busan,
    )
    # 30 September, 23:30 in Bristol, although 1 October is not far off in Busan.
    event_at(
        "Bristol, late on the 30th",
        datetime.datetime(2026, 9, 30, 22, 30, tzinfo=UTC),
        hours=0.25,
        city=bristol,
    )

    page = parse(client.get(EVENT_LIST, {"from": "2026-10-01", "to": "2026-10-01"}).text)
    assert card_titles(page) == ["Busan, early on the 1st"]

    page = parse(client.get(EVENT_LIST, {"to": "2026-09-30"}).text)
    assert card_titles(page) == ["Bristol, late on the 30th"]


# Filters combined, removed and paginated ------------------------------------------------


def test_busan_festivals_next_month(client, busan, bristol):
    wanted = event_at(
        "Busan festival in October",
        datetime.datetime(2026, 10, 2, 1, tzinfo=UTC),
        city=busan,
        kind="festival",
    )
    event_at(
        "Busan market in October",
        datetime.datetime(2026, 10, 3, 1, tzinfo=UTC),
        city=busan,
        kind="market",
    )
    event_at(
        "Busan festival in November",
        datetime.datetime(2026, 11, 3, 1, tzinfo=UTC),
        city=busan,
        kind="festival",
    )
    event_at(
        "Bristol festival in October",
        datetime.datetime(2026, 10, 2, 1, tzinfo=UTC),
        city=bristol,
        kind="festival",
    )
    event_at("Busan festival this month", in_days(1), city=busan, kind="festival")

    query = {"city": "busan", "kind": "festival", "from": "2026-10-01", "to": "2026-10-31"}
    page = parse(client.get(EVENT_LIST, query).text)

    assert card_titles(page) == [wanted.title]
    assert result_count(page) == "1 result"
    assert chips(page).keys() == {
        "City: Busan",
        "Kind: Festival",
        "From: 2026-10-01",
        "To: 2026-10-31",
    }


def test_the_default_date_range_sent_by_the_form_is_no_filter_to_remove(client, busan):
    event_at("Busan festival", in_days(1), city=busan, kind="festival")

    page = parse(client.get(EVENT_LIST, {"city": "busan", "when": "upcoming"}).text)

    assert chips(page).keys() == {"City: Busan"}
    assert query_of(chips(page)["City: Busan"]) == {"when": ["upcoming"]}
    page = parse(client.get(EVENT_LIST, {"city": "busan", "when": "past"}).text)
    assert chips(page).keys() == {"City: Busan", "When: Past"}


def test_removing_one_filter_keeps_the_others(client, busan, bristol, seoul):
    event_at("Busan festival", in_days(1), city=busan, kind="festival")
    event_at("Bristol festival", in_days(2), city=bristol, kind="festival")
    event_at("Seoul festival", in_days(3), city=seoul, kind="festival")
    event_at("Bristol market", in_days(4), city=bristol, kind="market")

    page = parse(
        client.get(EVENT_LIST, {"city": ["busan", "bristol"], "kind": "festival", "page": "1"}).text
    )
    remove_busan = chips(page)["City: Busan"]

    assert query_of(remove_busan) == {"city": ["bristol"], "kind": ["festival"]}
    page = parse(client.get(EVENT_LIST + remove_busan).text)
    assert card_titles(page) == ["Bristol festival"]
    assert chips(page).keys() == {"City: Bristol", "Kind: Festival"}

    page = parse(client.get(EVENT_LIST + chips(page)["Kind: Festival"]).text)
    assert card_titles(page) == ["Bristol festival", "Bristol market"]


def test_pagination_keeps_the_filters(client, busan, seoul):
    for day in range(1, 16):
        event_at(f"Busan day {day:02}", in_days(day), city=busan, kind="screening")
    event_at("Seoul screening", in_days(1), city=seoul, kind="screening")

    page = parse(client.get(EVENT_LIST, {"city": "busan", "kind": "screening"}).text)
    next_link = page.find("nav", "pagination").find("a", rel="next")

    assert len(card_titles(page)) == 12
    assert result_count(page) == "15 results"
    assert query_of(next_link.attrs["href"]) == {
        "city": ["busan"],
        "kind": ["screening"],
        "page": ["2"],
    }
    page = parse(client.get(EVENT_LIST + next_link.attrs["href"]).text)
    assert card_titles(page) == ["Busan day 13", "Busan day 14", "Busan day 15"]
    assert chips(page).keys() == {"City: Busan", "Kind: Screening"}


# Bad input ------------------------------------------------------------------------------


def test_unknown_city_is_a_form_error_and_the_list_stays(client, busan):
    event_at("Busan screening", in_days(1), city=busan)

    response = client.get(EVENT_LIST, {"city": "atlantis"})
    page = parse(response.text)

    assert response.status_code == 200
    assert form_errors(page) == [
        "Select a valid choice. atlantis is not one of the available choices."
    ]
    assert card_titles(page) == ["Busan screening"]
    assert chips(page) == {}


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ({"from": "2026-02-30"}, "Enter a valid date."),
        ({"to": "yesterday"}, "Enter a valid date."),
        ({"from": "0001-01-01"}, "Choose a date between 1900 and 2200."),
        ({"to": "9999-12-31"}, "Choose a date between 1900 and 2200."),
        ({"kind": "opera"}, "Select a valid choice. opera is not one of the available choices."),
        (
            {"when": "someday"},
            "Select a valid choice. someday is not one of the available choices.",
        ),
        (
            {"programme": "no-such-programme"},
            "Select a valid choice. That choice is not one of the available choices.",
        ),
        ({"city": "bus\x00an"}, "Null characters are not allowed."),
    ],
)
def test_bad_filter_values_are_form_errors_not_failures(client, busan, query, error):
    event_at("Tomorrow", in_days(1), city=busan)
    event_at("Last week", in_days(-7), city=busan)

    response = client.get(EVENT_LIST, query)
    page = parse(response.text)

    assert response.status_code == 200
    assert form_errors(page) == [error]
    # The bad value is ignored: the default list, upcoming events, remains.
    assert card_titles(page) == ["Tomorrow"]


def test_reversed_date_range_is_a_clear_error_and_the_start_still_applies(client, busan):
    event_at("Early October", datetime.datetime(2026, 10, 2, 1, tzinfo=UTC), city=busan)
    event_at("Late October", datetime.datetime(2026, 10, 20, 1, tzinfo=UTC), city=busan)

    response = client.get(EVENT_LIST, {"from": "2026-10-10", "to": "2026-10-01"})
    page = parse(response.text)

    assert response.status_code == 200
    assert form_errors(page) == ["The end date is before the start date. Choose a later one."]
    assert card_titles(page) == ["Late October"]
    assert chips(page).keys() == {"From: 2026-10-10"}


@pytest.mark.parametrize("page_number", ["2", "999999999999", "abc", "-1", "0"])
def test_a_page_that_does_not_exist_is_not_found(client, busan, page_number):
    event_at("Tomorrow", in_days(1), city=busan)

    assert client.get(EVENT_LIST, {"page": page_number}).status_code == 404


def test_last_page_by_name(client, busan):
    for day in range(1, 14):
        event_at(f"Day {day:02}", in_days(day), city=busan)

    assert card_titles(parse(client.get(EVENT_LIST, {"page": "last"}).text)) == ["Day 13"]


@pytest.mark.parametrize(
    "query",
    [
        "city=" + "b" * 5000,
        "from=" + "2" * 5000,
        "&".join(f"city=city-{number}" for number in range(600)),
        "q=" + "x" * 5000 + "&kind=festival",
    ],
)
def test_a_very_long_query_string_is_not_a_server_error(client, busan, query):
    event_at("Tomorrow", in_days(1), city=busan, kind="festival")

    response = client.get(f"{EVENT_LIST}?{query}")

    assert response.status_code == 200
    assert card_titles(parse(response.text)) == ["Tomorrow"]


# Published only ------------------------------------------------------------------------


@pytest.mark.parametrize("unpublished", UNPUBLISHED)
def test_unpublished_events_never_show_on_list_calendar_or_their_page(client, busan, unpublished):
    start = datetime.datetime(2026, 10, 2, 1, tzinfo=UTC)
    event_at("Public event", start, city=busan)
    hidden = event_at("Hidden event", start, city=busan, **unpublished)

    for query in ({}, {"when": "all"}, {"city": "busan"}, {"from": "2026-10-01"}):
        assert card_titles(parse(client.get(EVENT_LIST, query).text)) == ["Public event"]
    assert calendar_days(parse(client.get(calendar_url(2026, 10)).text))["2026-10-02"] == [
        "Public event"
    ]
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_event_page_hides_unpublished_relations(client, busan):
    draft = {"status": Status.DRAFT, "publish_at": None}
    draft_parent = event_at("Draft festival", in_days(1), hours=48, city=busan, **draft)
    draft_programme = ProgrammeFactory(title="Draft programme", **draft)
    event = event_at(
        "Market", in_days(1), city=busan, parent=draft_parent, programme=draft_programme
    )
    event_at("Public session", in_days(1), city=busan, parent=event)
    event_at("Draft session", in_days(1), city=busan, parent=event, **draft)
    event_at(
        "Scheduled session",
        in_days(1),
        city=busan,
        parent=event,
        status=Status.PUBLISHED,
        publish_at=in_days(3),
    )
    for title, fields in [
        ("Public story", {}),
        ("Draft story", draft),
        ("Scheduled story", {"publish_at": in_days(3)}),
    ]:
        ArticleFactory(title=title, **fields).related_events.add(event)

    text = client.get(event.get_absolute_url()).text
    page = parse(text)

    assert card_titles(page) == ["Public session"]
    assert [
        item.find("a").text
        for item in page.find("section", aria_labelledby="related-news").find_all("li")
    ] == ["Public story"]
    assert "Part of" not in text
    assert "Draft festival" not in text
    assert "Draft programme" not in text
    assert "Draft session" not in text
    assert "Scheduled session" not in text


def test_staff_preview_an_unpublished_event_but_not_its_unpublished_relations(editor_client, busan):
    event = event_at("Draft market", in_days(1), city=busan, status=Status.DRAFT, publish_at=None)
    event_at(
        "Draft session", in_days(1), city=busan, parent=event, status=Status.DRAFT, publish_at=None
    )

    response = editor_client.get(event.get_absolute_url())

    assert response.status_code == 200
    assert response.context["is_preview"]
    assert card_titles(parse(response.text)) == []


# The event page ---------------------------------------------------------------------------


def test_event_page_shows_what_a_visitor_needs(client, busan):
    venue = VenueFactory(
        name="Busan Cinema Center", address="120 Suyeonggangbyeon-daero\nHaeundae-gu", city=busan
    )
    festival = event_at(
        "Busan International Film Festival", in_days(10), hours=24 * 9, city=busan, all_day=True
    )
    programme = ProgrammeFactory(title="Asian Project Market programme")
    event = event_at(
        "Asian Project Market",
        datetime.datetime(2026, 10, 1, 10, tzinfo=UTC),
        city=busan,
        venue=venue,
        parent=festival,
        programme=programme,
        kind="market",
        attendance_mode="mixed",
        online_url="https://stream.example.org/apm",
        registration_url="https://tickets.example.org/apm",
        body="<p>Producers pitch their <strong>next projects</strong>.</p>",
    )
    event.organisers.add(
        OrganisationFactory(name="Busan Film Commission", website="https://bfc.example.org")
    )
    event.topics.add(TopicFactory(name="Co-production"))

    page = parse(client.get(event.get_absolute_url()).text)
    facts = dict(
        zip(
            [term.text for term in page.find_all("dt")],
            page.find_all("dd"),
            strict=True,
        )
    )

    assert page.find("h1").text == "Asian Project Market"
    assert page.find("p", "eyebrow").text == "Market · Busan"
    assert (
        page.find("a", href=festival.get_absolute_url()).text == "Busan International Film Festival"
    )
    assert facts["When"].text == "1 October 2026, 19:00–22:00 KST Local time in Asia/Seoul"
    assert (
        facts["Where"].text
        == "Busan Cinema Center 120 Suyeonggangbyeon-daero Haeundae-gu Busan, Republic of Korea"
    )
    assert facts["Where"].find("a").attrs["href"] == busan.get_absolute_url()
    assert facts["Attendance"].text == "In person and online · Join online"
    assert facts["Programme"].find("a").attrs["href"] == programme.get_absolute_url()
    assert facts["Organisers"].find("a").attrs["href"] == "https://bfc.example.org"
    assert facts["Tickets"].find("a").attrs["href"] == "https://tickets.example.org/apm"
    assert page.find("div", "body").find("strong").text == "next projects"
    assert [topic.text for topic in page.find("ul", "tag-list").find_all("a")] == ["Co-production"]
    assert page.find("div", "notice") is None


@pytest.mark.parametrize(
    ("event_status", "notice"),
    [
        ("cancelled", "Cancelled. This event will not take place."),
        (
            "postponed",
            "Postponed. This event will not take place on the dates below; "
            "new dates will be announced here.",
        ),
        ("moved_online", "Moved online. This event now takes place online only."),
    ],
)
def test_event_page_states_a_change_of_plan_prominently(client, busan, event_status, notice):
    event = event_at("Outdoor screening", in_days(3), city=busan, event_status=event_status)

    page = parse(client.get(event.get_absolute_url()).text)

    assert page.find("header").find("div", "notice", role="status").text == notice


def test_a_cancelled_event_offers_no_tickets(client, busan):
    event = event_at(
        "Gala",
        in_days(3),
        city=busan,
        event_status="cancelled",
        registration_url="https://tickets.example.org/",
    )

    assert "https://tickets.example.org/" not in client.get(event.get_absolute_url()).text


def test_a_past_event_says_it_has_ended(client, busan):
    event = event_at("Last week's screening", in_days(-7), city=busan)

    page = parse(client.get(event.get_absolute_url()).text)

    assert page.find("div", "notice").text == "This event has ended."


@pytest.mark.parametrize(
    ("starts_at", "ends_at", "card", "full"),
    [
        # One all-day event: the date alone.
        ("2026-10-01", "2026-10-01", "1 October 2026", "1 October 2026"),
        ("2026-10-01", "2026-10-10", "1–10 October 2026", "1–10 October 2026"),
        (
            "2026-09-28",
            "2026-10-03",
            "28 September – 3 October 2026",
            "28 September – 3 October 2026",
        ),
        (
            "2026-12-30",
            "2027-01-02",
            "30 December 2026 – 2 January 2027",
            "30 December 2026 – 2 January 2027",
        ),
    ],
)
def test_all_day_events_show_dates_only(client, busan, starts_at, ends_at, card, full):
    event = EventFactory(
        title="Festival",
        city=busan,
        all_day=True,
        starts_at=datetime.datetime.fromisoformat(f"{starts_at}T12:00+09:00"),
        ends_at=datetime.datetime.fromisoformat(f"{ends_at}T12:00+09:00"),
    )

    page = parse(client.get(event.get_absolute_url()).text)

    assert page.find("p", "event-detail__when").text == card
    assert page.find("dd").text == full
    assert card_times(parse(client.get(EVENT_LIST).text)) == {"Festival": card}


def test_a_timed_event_over_several_days_reads_as_a_range(client, busan, bristol):
    market = event_at(
        "Market", datetime.datetime(2026, 10, 1, 1, tzinfo=UTC), hours=24 * 3 + 8, city=busan
    )
    # British Summer Time ends on 25 October 2026, during this one.
    festival = event_at(
        "Festival", datetime.datetime(2026, 10, 23, 9, tzinfo=UTC), hours=24 * 3 + 8, city=bristol
    )

    assert parse(client.get(market.get_absolute_url()).text).find("dd").text == (
        "1 October 2026, 10:00 – 4 October 2026, 18:00 KST Local time in Asia/Seoul"
    )
    assert parse(client.get(festival.get_absolute_url()).text).find("dd").text == (
        "23 October 2026, 10:00 BST – 26 October 2026, 17:00 GMT Local time in Europe/London"
    )
    assert card_times(parse(client.get(EVENT_LIST).text)) == {
        "Market": "1–4 October 2026",
        "Festival": "23–26 October 2026",
    }


# Time zones ----------------------------------------------------------------------------


def test_same_instant_shows_each_citys_local_time_with_the_zone_named(client, busan, bristol):
    instant = datetime.datetime(2026, 10, 1, 10, tzinfo=UTC)
    in_busan = event_at("Busan talk", instant, city=busan)
    in_bristol = event_at("Bristol talk", instant, city=bristol)

    page = parse(client.get(EVENT_LIST).text)
    assert card_times(page) == {
        "Busan talk": "1 October 2026, 19:00 KST",
        "Bristol talk": "1 October 2026, 11:00 BST",
    }
    times = {time.text: time.attrs["datetime"] for time in page.find_all("time")}
    assert times["1 October 2026, 19:00 KST"] == "2026-10-01T19:00:00+09:00"
    assert times["1 October 2026, 11:00 BST"] == "2026-10-01T11:00:00+01:00"

    assert (
        parse(client.get(in_busan.get_absolute_url()).text)
        .find("dd")
        .text.startswith("1 October 2026, 19:00–22:00 KST")
    )
    assert (
        parse(client.get(in_bristol.get_absolute_url()).text)
        .find("dd")
        .text.startswith("1 October 2026, 11:00–14:00 BST")
    )

    cells = parse(client.get(calendar_url(2026, 10)).text).find("table").find_all("li")
    assert sorted(cell.find("span", "meta").text for cell in cells) == [
        "11:00 BST · Bristol",
        "19:00 KST · Busan",
    ]


def test_a_zone_without_an_abbreviation_reads_as_an_offset(client):
    bangkok = CityFactory(
        name="Bangkok",
        country="Thailand",
        time_zone="Asia/Bangkok",
        designation="",
        designation_year=None,
    )
    event_at("Bangkok talk", datetime.datetime(2026, 10, 1, 10, tzinfo=UTC), city=bangkok)

    assert card_times(parse(client.get(EVENT_LIST).text)) == {
        "Bangkok talk": "1 October 2026, 17:00 UTC+07"
    }


def test_card_shows_status_badge_city_kind_and_venue(client, busan):
    venue = VenueFactory(name="Dome", city=busan)
    event_at(
        "Cancelled gala",
        in_days(1),
        city=busan,
        venue=venue,
        kind="screening",
        event_status="cancelled",
    )
    event_at("Online talk", in_days(2), city=busan, event_status="moved_online")
    event_at("Ordinary talk", in_days(3), city=busan)

    cards = parse(client.get(EVENT_LIST).text).find_all("article", "event-card")
    badges = {
        card.find("h3").text: [badge.text for badge in card.find_all("span", "badge")]
        for card in cards
    }

    assert badges == {
        "Cancelled gala": ["Cancelled"],
        "Online talk": ["Moved online"],
        "Ordinary talk": [],
    }
    assert cards[0].find_all("p", "meta")[-1].text == "Screening · Busan, Dome"
    assert "badge--alert" in cards[0].find("span", "badge").classes


def test_card_shows_the_hero_picture(client, busan):
    event_at(
        "Pictured", in_days(1), city=busan, hero_image=ImageFactory(alt_text="A packed cinema")
    )

    image = parse(client.get(EVENT_LIST).text).find("img", class_="card__image")

    assert image.attrs["alt"] == "A packed cinema"
    assert image.attrs["loading"] == "lazy"


# The month calendar ----------------------------------------------------------------------


def test_calendar_is_an_accessible_table(client, busan):
    event_at("Screening", datetime.datetime(2026, 9, 17, 10, tzinfo=UTC), city=busan)

    response = client.get(calendar_url(2026, 9))
    table = parse(response.text).find("table", "calendar")

    assert response.status_code == 200
    assert table.find("caption").text == "September 2026"
    headers = table.find("thead").find_all("th")
    assert [header.attrs.get("scope") for header in headers] == ["col"] * 7
    # English weeks start on Sunday.
    assert [header.find("span", "visually-hidden").text for header in headers][:2] == [
        "Sunday",
        "Monday",
    ]
    days = calendar_days(parse(response.text))
    assert list(days) == [f"2026-09-{day:02}" for day in range(1, 31)]
    assert days["2026-09-17"] == ["Screening"]
    today = table.find("td", "is-today")
    assert today.attrs["aria-current"] == "date"
    assert today.find("time").attrs["datetime"] == "2026-09-15"


def test_calendar_lists_an_event_on_each_local_day_across_the_month_end(client, busan):
    # 30 September 10:00 to 2 October 18:00 in Busan.
    event_at("Market", datetime.datetime(2026, 9, 30, 1, tzinfo=UTC), hours=24 * 2 + 8, city=busan)

    september = calendar_days(parse(client.get(calendar_url(2026, 9)).text))
    october = calendar_days(parse(client.get(calendar_url(2026, 10)).text))

    assert [day for day, titles in september.items() if titles] == ["2026-09-30"]
    assert [day for day, titles in october.items() if titles] == ["2026-10-01", "2026-10-02"]
    assert (
        parse(client.get(calendar_url(2026, 10)).text)
        .find("table")
        .find("li")
        .find("span", "meta")
        .text
        == "continues · Busan"
    )


def test_calendar_places_events_on_their_citys_date(client, busan, bristol):
    # 30 September in UTC, but already 1 October in Busan.
    event_at(
        "Busan at one in the morning",
        datetime.datetime(2026, 9, 30, 16, tzinfo=UTC),
        hours=1,
        city=busan,
    )
    event_at(
        "Bristol at midnight",
        datetime.datetime(2026, 10, 31, 23, 30, tzinfo=UTC),
        hours=0.5,
        city=bristol,
    )

    september = calendar_days(parse(client.get(calendar_url(2026, 9)).text))
    october = calendar_days(parse(client.get(calendar_url(2026, 10)).text))
    november = calendar_days(parse(client.get(calendar_url(2026, 11)).text))

    assert not any(september.values())
    assert october["2026-10-01"] == ["Busan at one in the morning"]
    assert october["2026-10-31"] == ["Bristol at midnight"]
    assert not any(november.values())


def test_an_event_ending_at_midnight_does_not_take_up_the_next_day(client, busan):
    event_at("Late screening", datetime.datetime(2026, 10, 1, 13, tzinfo=UTC), hours=2, city=busan)

    days = calendar_days(parse(client.get(calendar_url(2026, 10)).text))

    assert days["2026-10-01"] == ["Late screening"]
    assert days["2026-10-02"] == []


def test_calendar_filters_and_ignores_the_list_only_filters(client, busan, bristol):
    start = datetime.datetime(2026, 10, 2, 1, tzinfo=UTC)
    event_at("Busan festival", start, city=busan, kind="festival")
    event_at("Busan market", start, city=busan, kind="market")
    event_at("Bristol festival", start, city=bristol, kind="festival")

    query = {"city": "busan", "kind": "festival", "when": "past", "from": "2030-01-01"}
    page = parse(client.get(calendar_url(2026, 10), query).text)

    assert calendar_days(page)["2026-10-02"] == ["Busan festival"]
    assert chips(page).keys() == {"City: Busan", "Kind: Festival"}
    assert result_count(page) == "1 result"
    assert page.find("input", name="from") is None


def test_a_busy_day_shows_five_events_and_links_to_the_whole_day_in_the_list(
    client, busan, bristol
):
    start = datetime.datetime(2026, 10, 2, 1, tzinfo=UTC)
    busan_titles = [f"Busan screening {number}" for number in range(8)]
    for minutes, title in enumerate(busan_titles):
        event_at(title, start + datetime.timedelta(minutes=minutes), city=busan)
    event_at("Bristol screening", start, city=bristol)

    page = parse(client.get(calendar_url(2026, 10), {"city": "busan"}).text)

    assert calendar_days(page)["2026-10-02"] == busan_titles[:5]
    more = calendar_cell(page, "2026-10-02").find("a", "calendar__more")
    assert more.text == "3 more events on 2 October 2026"
    assert query_of(more.attrs["href"]) == {
        "city": ["busan"], "when": ["all"], "from": ["2026-10-02"], "to": ["2026-10-02"]
    }  # fmt: skip
    assert card_titles(parse(client.get(more.attrs["href"]).text)) == busan_titles
    assert result_count(page) == "8 results"


def test_a_day_of_five_events_lists_them_all(client, busan):
    start = datetime.datetime(2026, 10, 2, 1, tzinfo=UTC)
    for number in range(5):
        event_at(f"Screening {number}", start, city=busan)

    page = parse(client.get(calendar_url(2026, 10)).text)

    assert len(calendar_days(page)["2026-10-02"]) == 5
    assert calendar_cell(page, "2026-10-02").find("a", "calendar__more") is None


def test_calendar_unknown_city_is_a_form_error(client, busan):
    event_at("Busan festival", datetime.datetime(2026, 9, 20, 1, tzinfo=UTC), city=busan)

    response = client.get(calendar_url(2026, 9), {"city": "atlantis"})

    assert response.status_code == 200
    assert form_errors(parse(response.text)) == [
        "Select a valid choice. atlantis is not one of the available choices."
    ]
    assert calendar_days(parse(response.text))["2026-09-20"] == ["Busan festival"]


def test_month_links_keep_the_filters(client, busan):
    page = parse(client.get(calendar_url(2026, 1), {"city": "busan", "kind": "festival"}).text)
    months = page.find("nav", "calendar-nav")

    previous, following = months.find("a", rel="prev"), months.find("a", rel="next")
    assert previous.text == "← December 2025"
    assert urlsplit(previous.attrs["href"]).path == calendar_url(2025, 12)
    assert query_of(previous.attrs["href"]) == {"city": ["busan"], "kind": ["festival"]}
    assert urlsplit(following.attrs["href"]).path == calendar_url(2026, 2)
    assert query_of(following.attrs["href"]) == {"city": ["busan"], "kind": ["festival"]}
    this_month = months.find("a", href=calendar_url(2026, 9) + "?city=busan&kind=festival")
    assert this_month.text == "This month"


@pytest.mark.parametrize(
    ("year", "month"), [(2026, 13), (2026, 0), (0, 1), (99999, 1), (1899, 12), (2201, 1)]
)
def test_a_month_out_of_range_is_not_found(client, year, month):
    assert client.get(f"/events/calendar/{year}/{month}/").status_code == 404


def test_the_first_and_last_months_have_no_link_beyond(client):
    assert parse(client.get(calendar_url(1900, 1)).text).find("a", rel="prev") is None
    assert parse(client.get(calendar_url(2200, 12)).text).find("a", rel="next") is None


def test_list_and_calendar_link_to_each_other_with_the_filters(client, busan):
    page = parse(
        client.get(
            EVENT_LIST, {"city": "busan", "kind": "festival", "when": "past", "page": "1"}
        ).text
    )
    to_calendar = page.find("nav", "view-switch").find(
        "a", href=calendar_url(2026, 9) + "?city=busan&kind=festival"
    )
    assert to_calendar.text == "Month calendar"

    # A list starting in another month opens the calendar there.
    page = parse(client.get(EVENT_LIST, {"from": "2026-12-24"}).text)
    assert page.find("nav", "view-switch").find("a", href=calendar_url(2026, 12)) is not None

    page = parse(client.get(calendar_url(2026, 10), {"city": "busan"}).text)
    to_list = page.find("nav", "view-switch").find("a")
    assert to_list.text == "List"
    assert urlsplit(to_list.attrs["href"]).path == EVENT_LIST
    assert query_of(to_list.attrs["href"]) == {
        "city": ["busan"],
        "when": ["all"],
        "from": ["2026-10-01"],
        "to": ["2026-10-31"],
    }


# Query budgets ---------------------------------------------------------------------------


def make_events(count: int, busan, bristol) -> None:
    """Events with everything a card and the event page show, spread over two months."""
    images = [ImageFactory() for _ in range(3)]
    venues = [VenueFactory(city=busan), VenueFactory(city=bristol)]
    festival = event_at(
        "Festival", in_days(1), hours=24 * 60, city=busan, kind="festival", slug="festival"
    )
    festival.organisers.add(*[OrganisationFactory() for _ in range(min(count, 20))])
    festival.topics.add(*[TopicFactory() for _ in range(min(count, 20))])
    for number in range(count):
        city = (busan, bristol)[number % 2]
        event = event_at(
            f"Event {number}",
            in_days(1 + number * 40 / count),
            city=city,
            venue=venues[number % 2],
            hero_image=images[number % 3],
            kind="screening",
            parent=festival,
        )
        ArticleFactory(title=f"Story {number}").related_events.add(festival, event)


@pytest.mark.parametrize("count", [5, 200])
@pytest.mark.parametrize(
    ("url", "query", "queries"),
    [
        # When the earliest unfinished event starts (once per content change), count, page
        # of events and their cities, the city checkboxes, the programme choices.
        (EVENT_LIST, {}, 6),
        # And the cities given, checked, and the time zones for the local days.
        (EVENT_LIST, {"city": ["busan", "bristol"], "kind": "screening", "from": "2026-09-20"}, 8),
        # The event, its organisers, topics, public sub-events and their cities, and
        # public articles.
        ("/events/festival/", {}, 6),
        # The events of the month, the city checkboxes, the programme choices.
        (calendar_url(2026, 10), {}, 3),
        (calendar_url(2026, 10), {"city": "busan", "kind": "screening"}, 4),
    ],
)
def test_query_count_does_not_grow_with_the_number_of_events(
    client, busan, bristol, django_assert_num_queries, count, url, query, queries
):
    make_events(count, busan, bristol)

    with django_assert_num_queries(queries):
        response = client.get(url, query)

    assert response.status_code == 200
