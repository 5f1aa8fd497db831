"""The public programme pages: the list filtered by city, kind and status, and the page."""

import datetime
import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from filmhub.publishing import Status
from programmes.models import CLOSING_SOON, Phase, Programme
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    ProgrammeFactory,
    TopicFactory,
    unpublished_states,
)
from tests.html import Node, card_titles, chips, form_errors, parse, query_of
from tests.html import result_count as results

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
# 20:00 in London is already the next morning in Busan: "today" depends on the zone.
NOW = datetime.datetime(2026, 9, 15, 20, 0, tzinfo=UTC)
PROGRAMMES = reverse("programmes:programme-list")
STATUSES = ["open", "closing_soon", "upcoming", "running", "past"]
MICROSECOND = datetime.timedelta(microseconds=1)

UNPUBLISHED = unpublished_states(NOW)


@pytest.fixture(autouse=True)
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def in_days(days: float) -> datetime.datetime:
    return NOW + datetime.timedelta(days=days)


def today_plus(days: int) -> datetime.date:
    return timezone.localdate(NOW) + datetime.timedelta(days=days)


def programme(title: str, *, cities=(), **fields) -> Programme:
    """A public programme; applications opened long ago unless the dates say otherwise."""
    item = ProgrammeFactory(title=title, **{"applications_open_at": in_days(-100), **fields})
    item.cities.add(*cities)
    return item


def page_at(client, url: str, query: dict | str | None = None) -> Node:
    if isinstance(query, str):
        url, query = f"{url}?{query}", None
    response = client.get(url, query)
    assert response.status_code == 200
    return parse(response.text)


# Phases: the queryset methods and Programme.phase agree ------------------------------------


OPENS = [None, -30, -MICROSECOND, 0, MICROSECOND, 10]
CLOSES = [
    None,
    -1,
    -MICROSECOND,
    0,
    MICROSECOND,
    CLOSING_SOON - MICROSECOND,
    CLOSING_SOON,
    CLOSING_SOON + MICROSECOND,
    30,
]
RUN_DAYS = [None, -1, 0, 1]


def shifted(offset) -> datetime.datetime | None:
    if offset is None:
        return None
    return NOW + (offset if isinstance(offset, datetime.timedelta) else datetime.timedelta(offset))


def every_combination_of_boundaries() -> list[Programme]:
    """A programme for each valid mix of dates at and around the phase boundaries."""
    programmes = []
    for number, (opens, closes, runs_from, runs_to) in enumerate(
        itertools.product(OPENS, CLOSES, RUN_DAYS, RUN_DAYS)
    ):
        opens_at, closes_at = shifted(opens), shifted(closes)
        first = None if runs_from is None else today_plus(runs_from)
        last = None if runs_to is None else today_plus(runs_to)
        if (opens_at and closes_at and closes_at <= opens_at) or (first and last and last < first):
            continue
        programmes.append(
            Programme(
                title=f"Programme {number}",
                slug=f"programme-{number}",
                status=Status.PUBLISHED,
                publish_at=NOW - datetime.timedelta(days=1),
                applications_open_at=opens_at,
                applications_close_at=closes_at,
                runs_from=first,
                runs_to=last,
            )
        )
    return Programme.objects.bulk_create(programmes)


@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul", "America/Los_Angeles"])
def test_phase_queries_match_the_phase_property_at_every_boundary(zone):
    with timezone.override(zone):
        programmes = every_combination_of_boundaries()
        by_phase = {
            phase: {item.slug for item in programmes if item.phase == phase} for phase in Phase
        }
        found = {
            "open_for_applications": Programme.objects.open_for_applications(),
            "closing_soon": Programme.objects.closing_soon(),
            "upcoming": Programme.objects.upcoming(),
            "running": Programme.objects.running(),
            "finished": Programme.objects.finished(),
        }
        found = {
            name: set(queryset.values_list("slug", flat=True)) for name, queryset in found.items()
        }

    assert all(by_phase.values()), "every phase is represented"
    assert found["open_for_applications"] == by_phase[Phase.OPEN] | by_phase[Phase.CLOSING_SOON]
    assert found["closing_soon"] == by_phase[Phase.CLOSING_SOON]
    assert found["upcoming"] == by_phase[Phase.UPCOMING]
    assert found["running"] == by_phase[Phase.RUNNING]
    assert found["finished"] == by_phase[Phase.CLOSED]


def in_phase_order_by_hand(programme: Programme) -> tuple:
    """The list's order written out: open calls by deadline; then calls that open later,
    by opening, and programmes that start later, by their first day; then running ones by
    their last day; then finished ones, the latest first. Unknown dates come last within a
    phase, and the primary key breaks ties."""

    def ascending(value) -> tuple:
        return (value is None, value)

    def descending(value) -> tuple:
        if value is None:
            return (True, 0)
        return (False, -(value.timestamp() if hasattr(value, "timestamp") else value.toordinal()))

    now, phase = timezone.now(), programme.phase
    if phase in (Phase.OPEN, Phase.CLOSING_SOON):
        keys = (0, ascending(programme.applications_close_at))
    elif phase == Phase.UPCOMING:
        opens_later = programme.applications_open_at and programme.applications_open_at > now
        opening = programme.applications_open_at if opens_later else None
        keys = (1, ascending(opening), ascending(programme.runs_from))
    elif phase == Phase.RUNNING:
        keys = (2, ascending(programme.runs_to))
    else:
        keys = (3, descending(programme.applications_close_at), descending(programme.runs_to))
    return (*keys, programme.pk)


@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul", "America/Los_Angeles"])
def test_phase_order_matches_the_order_written_out_at_every_boundary(zone):
    with timezone.override(zone):
        programmes = every_combination_of_boundaries()
        expected = [item.slug for item in sorted(programmes, key=in_phase_order_by_hand)]
        found = list(Programme.objects.in_phase_order().values_list("slug", flat=True))

    assert found == expected


BOUNDARIES = [
    # (dates, the phase, the statuses that list it)
    ({"applications_close_at": NOW + CLOSING_SOON}, Phase.CLOSING_SOON, {"open", "closing_soon"}),
    ({"applications_close_at": NOW + CLOSING_SOON + MICROSECOND}, Phase.OPEN, {"open"}),
    ({"applications_open_at": NOW, "applications_close_at": in_days(30)}, Phase.OPEN, {"open"}),
    (
        {"applications_open_at": NOW + MICROSECOND, "applications_close_at": in_days(30)},
        Phase.UPCOMING,
        {"upcoming"},
    ),
    ({"applications_open_at": in_days(-30), "applications_close_at": NOW}, Phase.CLOSED, {"past"}),
    (
        {"applications_close_at": in_days(-5), "runs_from": -3, "runs_to": 0},
        Phase.RUNNING,
        {"running"},
    ),
    (
        {"applications_close_at": in_days(-5), "runs_from": 0, "runs_to": 0},
        Phase.RUNNING,
        {"running"},
    ),
    (
        {"applications_close_at": in_days(-5), "runs_from": -3, "runs_to": -1},
        Phase.CLOSED,
        {"past"},
    ),
    (
        {"applications_close_at": in_days(-5), "runs_from": 1, "runs_to": 20},
        Phase.UPCOMING,
        {"upcoming"},
    ),
    ({"applications_close_at": in_days(-5), "runs_from": 1}, Phase.UPCOMING, {"upcoming"}),
    # Applications open while the programme runs: it is taking applications.
    (
        {"applications_close_at": in_days(3), "runs_from": -3, "runs_to": 3},
        Phase.CLOSING_SOON,
        {"open", "closing_soon"},
    ),
    ({"applications_close_at": None}, Phase.CLOSED, {"past"}),
]


@pytest.mark.parametrize(("dates", "phase", "statuses"), BOUNDARIES)
@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul"])
def test_status_filter_at_the_boundaries(client, settings, dates, phase, statuses, zone):
    settings.TIME_ZONE = zone
    dates = {
        name: today_plus(value) if name.startswith("runs") else value
        for name, value in dates.items()
    }
    fields = {"applications_open_at": in_days(-30), **dates}
    item = programme("On the boundary", **fields)

    listed_under = {
        status
        for status in STATUSES
        if card_titles(page_at(client, PROGRAMMES, {"status": status}))
    }

    assert item.phase == phase
    assert listed_under == statuses
    badge = page_at(client, PROGRAMMES).find("span", "badge")
    assert badge.classes == ["badge", f"badge--{phase}"]


# The list --------------------------------------------------------------------------------


@pytest.fixture
def calls():
    """Programmes in every phase, in two cities, of three kinds."""
    busan, bristol = (
        CityFactory(name="Busan"),
        CityFactory(name="Bristol", time_zone="Europe/London"),
    )
    programme(
        "Open, closes last", kind="incubator", cities=[busan], applications_close_at=in_days(60)
    )
    programme("Closing soon", kind="residency", cities=[bristol], applications_close_at=in_days(2))
    programme(
        "Open, closes next", kind="incubator", cities=[bristol], applications_close_at=in_days(20)
    )
    programme(
        "Opens next month",
        kind="residency",
        cities=[busan],
        applications_open_at=in_days(20),
        applications_close_at=in_days(50),
    )
    programme(
        "Starts next week",
        kind="skills",
        cities=[busan],
        applications_close_at=in_days(-10),
        runs_from=today_plus(7),
        runs_to=today_plus(30),
    )
    programme(
        "Running",
        kind="skills",
        cities=[busan, bristol],
        applications_close_at=in_days(-10),
        runs_from=today_plus(-7),
        runs_to=today_plus(30),
    )
    programme(
        "Closed last year",
        kind="incubator",
        cities=[busan],
        applications_open_at=in_days(-500),
        applications_close_at=in_days(-400),
    )
    programme(
        "Closed last month", kind="residency", cities=[bristol], applications_close_at=in_days(-30)
    )
    return {"busan": busan, "bristol": bristol}


def test_list_puts_open_calls_first_by_deadline_then_upcoming_running_and_past(client, calls):
    page = page_at(client, PROGRAMMES)

    assert card_titles(page) == [
        "Closing soon",
        "Open, closes next",
        "Open, closes last",
        "Opens next month",
        "Starts next week",
        "Running",
        "Closed last month",
        "Closed last year",
    ]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("status=open", ["Closing soon", "Open, closes next", "Open, closes last"]),
        ("status=closing_soon", ["Closing soon"]),
        ("status=upcoming", ["Opens next month", "Starts next week"]),
        ("status=running", ["Running"]),
        ("status=past", ["Closed last month", "Closed last year"]),
        (
            "city=busan",
            [
                "Open, closes last",
                "Opens next month",
                "Starts next week",
                "Running",
                "Closed last year",
            ],
        ),
        ("kind=residency", ["Closing soon", "Opens next month", "Closed last month"]),
        ("city=bristol&status=open", ["Closing soon", "Open, closes next"]),
        ("city=busan&kind=incubator&status=open", ["Open, closes last"]),
        ("city=bristol&kind=skills&status=running", ["Running"]),
        ("city=bristol&kind=skills", ["Running"]),
        ("city=bristol&status=upcoming", []),
    ],
)
def test_filters_alone_and_combined(client, calls, query, titles):
    page = page_at(client, PROGRAMMES, query)

    assert card_titles(page) == titles
    assert form_errors(page) == []
    if not titles:
        assert "No programmes match these filters." in page.find("div", "notice").text


def test_the_heading_says_which_programmes_are_listed(client, calls):
    assert page_at(client, PROGRAMMES, "status=open").find("h1").text == (
        "Programmes open for applications"
    )
    assert page_at(client, PROGRAMMES, "status=past").find("h1").text == "Past programmes"
    assert page_at(client, PROGRAMMES).find("h1").text == "Programmes and calls"


def test_removing_one_filter_keeps_the_others(client, calls):
    page = page_at(client, PROGRAMMES, "city=bristol&kind=residency&status=open")

    active = chips(page)
    assert set(active) == {"City: Bristol", "Kind: Residency", "Status: Open now"}
    assert query_of(active["Status: Open now"]) == {"city": ["bristol"], "kind": ["residency"]}
    assert card_titles(page_at(client, PROGRAMMES + active["Status: Open now"])) == [
        "Closing soon",
        "Closed last month",
    ]


def test_pagination_keeps_the_filters(client):
    busan = CityFactory(name="Busan")
    for number in range(14):
        programme(
            f"Open call {number:02}", cities=[busan], applications_close_at=in_days(number + 1)
        )
    programme("Closed call", cities=[busan], applications_close_at=in_days(-1))

    first = page_at(client, PROGRAMMES, {"city": "busan", "status": "open"})
    next_link = first.find("nav", "pagination").find("a", rel="next")
    second = page_at(client, PROGRAMMES + next_link.attrs["href"])

    assert results(first) == "14 results"
    assert query_of(next_link.attrs["href"]) == {
        "city": ["busan"],
        "status": ["open"],
        "page": ["2"],
    }
    assert card_titles(second) == ["Open call 12", "Open call 13"]


@pytest.mark.parametrize(
    ("query", "field"),
    [("status=soon", "status"), ("city=atlantis", "city"), ("kind=course", "kind")],
)
def test_unknown_filter_values_are_form_errors_and_the_list_stays(client, calls, query, field):
    page = page_at(client, PROGRAMMES, query)

    assert len(card_titles(page)) == 8
    assert page.find("select", name=field).parent.find("ul", "errorlist") is not None
    assert chips(page) == {}


@pytest.mark.parametrize("page_number", ["2", "99", "0", "abc", "9" * 5000])
def test_a_page_that_does_not_exist_is_not_found(client, page_number):
    programme("Only call")

    assert client.get(PROGRAMMES, {"page": page_number}).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "city=" + "busan" * 1000,
        "status=" + "x" * 5000,
        "&".join(f"status=s{number}" for number in range(700)),
        "q=" + "a" * 5000,
    ],
)
def test_a_very_long_query_string_is_not_a_server_error(client, calls, query):
    assert client.get(f"{PROGRAMMES}?{query}").status_code == 200


@pytest.mark.parametrize("fields", UNPUBLISHED)
def test_unpublished_programmes_are_listed_nowhere_and_have_no_page(client, fields):
    busan = CityFactory(name="Busan")
    hidden = programme("Hidden call", cities=[busan], **fields)

    assert client.get(hidden.get_absolute_url()).status_code == 404
    for query in ["", "status=open", "city=busan"]:
        assert "Hidden call" not in client.get(f"{PROGRAMMES}?{query}").text
    assert "Hidden call" not in client.get(reverse("filmhub:home")).text
    assert "Hidden call" not in client.get(busan.get_absolute_url()).text


def test_card_shows_picture_kind_phase_deadline_title_and_summary(client):
    item = programme(
        "Film Leaders Incubator",
        kind="incubator",
        summary="For directors from ASEAN countries.",
        hero_image=ImageFactory(alt_text="Directors at work"),
        cities=[CityFactory(name="Busan")],
        applications_close_at=datetime.datetime(2026, 9, 20, 9, 0, tzinfo=UTC),
    )

    card = page_at(client, PROGRAMMES).find("article", "card")

    assert card.find("img", "card__image").attrs["alt"] == "Directors at work"
    assert card.find("span", "eyebrow").text == "Incubator"
    assert card.find("span", "badge").text == "Closing soon"
    assert card.find("h3").find("a").attrs["href"] == item.get_absolute_url()
    assert card.find("p", "card__summary").text == "For directors from ASEAN countries."
    deadline = card.find("p", "programme-card__date")
    # Cards do not know the programme's cities: the deadline is in UTC, and says so.
    assert deadline.text == "Deadline: 20 September 2026, 09:00 UTC (4 days left)"
    assert deadline.find("time").attrs["datetime"] == "2026-09-20T09:00:00+00:00"


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        (
            {"applications_open_at": in_days(3), "applications_close_at": in_days(30)},
            "Applications open: 18 September 2026, 20:00 UTC",
        ),
        (
            {"applications_close_at": in_days(-3), "runs_from": 5, "runs_to": 9},
            "Starts: 20 September 2026",
        ),
        (
            {"applications_close_at": in_days(-3), "runs_from": -1, "runs_to": 9},
            "Runs until: 24 September 2026",
        ),
        ({"applications_close_at": in_days(-3)}, "Closed: 12 September 2026, 20:00 UTC"),
        (
            {"applications_close_at": None, "runs_from": -9, "runs_to": -2},
            "Ended: 13 September 2026",
        ),
    ],
)
def test_card_gives_the_date_that_matters_in_each_phase(client, fields, text):
    fields = {
        name: today_plus(value) if name.startswith("runs") else value
        for name, value in fields.items()
    }
    programme("A call", **{"applications_open_at": in_days(-30), **fields})

    assert page_at(client, PROGRAMMES).find("p", "programme-card__date").text == text


# The programme page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cities", "deadline"),
    [
        (["Busan"], "1 October 2026, 18:00 KST"),
        (["Bristol"], "1 October 2026, 10:00 BST"),
        # Cities in order of name: Bristol comes first.
        (["Busan", "Bristol"], "1 October 2026, 10:00 BST"),
        ([], "1 October 2026, 09:00 UTC"),
    ],
)
def test_dates_are_in_the_first_citys_zone_with_the_zone_named(client, cities, deadline):
    zones = {"Busan": "Asia/Seoul", "Bristol": "Europe/London"}
    item = programme(
        "A call",
        cities=[CityFactory(name=name, time_zone=zones[name]) for name in cities],
        applications_open_at=datetime.datetime(2026, 9, 1, 0, 0, tzinfo=UTC),
        applications_close_at=datetime.datetime(2026, 10, 1, 9, 0, tzinfo=UTC),
    )

    facts = page_at(client, item.get_absolute_url()).find("dl", "facts")
    values = dict(zip([dt.text for dt in facts.find_all("dt")], facts.find_all("dd"), strict=True))

    assert values["Deadline"].find("time").text == deadline
    assert values["Deadline"].find("time").attrs["datetime"].startswith("2026-10-01T")
    assert values["Applications open"].find("time").text.endswith(deadline.split()[-1])


def test_programme_page_shows_what_an_applicant_needs(client):
    busan = CityFactory(name="Busan")
    ai = TopicFactory(name="AI")
    item = programme(
        "Film Leaders Incubator",
        kind="incubator",
        summary="Training for directors from the region.",
        body="<p>Now in its sixth year.</p>",
        eligibility="Directors from ASEAN member states.",
        how_to_apply="Send a treatment and a showreel.",
        application_url="https://example.org/apply",
        hero_image=ImageFactory(alt_text="Directors at work", caption="Last year's cohort"),
        cities=[busan],
        applications_open_at=in_days(-10),
        applications_close_at=in_days(30),
        runs_from=datetime.date(2026, 11, 2),
        runs_to=datetime.date(2026, 11, 20),
    )
    item.topics.add(ai)

    page = page_at(client, item.get_absolute_url())
    facts = page.find("dl", "facts")

    assert page.find("p", "eyebrow").text == "Incubator · Busan"
    assert page.find("h1").text == "Film Leaders Incubator"
    assert page.find("span", "badge").text == "Open for applications"
    assert page.find("p", "standfirst").text == "Training for directors from the region."
    assert page.find("figure", "detail__hero").find("img").attrs["loading"] == "eager"
    assert page.find("figcaption").text == "Last year's cohort · Photo: Demo photographer"
    assert [dt.text for dt in facts.find_all("dt")] == [
        "Applications open",
        "Deadline",
        "Runs",
        "Where",
    ]
    assert "2–20 November 2026" in facts.text
    assert page.find("a", "button").attrs["href"] == "https://example.org/apply"
    assert page.section("eligibility").find("p").text == "Directors from ASEAN member states."
    assert page.section("how-to-apply").find("p").text == "Send a treatment and a showreel."
    assert page.section("about-programme").find("div", "body").text == "Now in its sixth year."
    assert page.section("programme-topics").links() == {
        "AI": f"{reverse('articles:article-list')}?topic=ai"
    }


@pytest.mark.parametrize(
    ("fields", "notice"),
    [
        ({"applications_open_at": in_days(-5), "applications_close_at": in_days(40)}, None),
        ({"applications_open_at": in_days(-5), "applications_close_at": in_days(4)}, None),
        (
            {"applications_open_at": in_days(5), "applications_close_at": in_days(40)},
            "Applications are not open yet: see the dates above.",
        ),
        (
            {"applications_close_at": in_days(-5), "runs_from": 3, "runs_to": 30},
            "Applications are closed.",
        ),
        (
            {"applications_close_at": in_days(-5), "runs_from": -3, "runs_to": 30},
            "Applications are closed.",
        ),
        ({"applications_close_at": in_days(-5)}, "Applications are closed."),
    ],
)
def test_the_apply_button_shows_only_while_applications_are_open(client, fields, notice):
    fields = {
        name: today_plus(value) if name.startswith("runs") else value
        for name, value in fields.items()
    }
    item = programme("A call", application_url="https://example.org/apply", **fields)

    page = page_at(client, item.get_absolute_url())
    button = page.find("a", "button")

    if notice is None:
        assert button.attrs["href"] == "https://example.org/apply"
        assert button.text == "Apply now"
    else:
        assert button is None
        assert page.find("p", "notice").text == notice


def test_a_network_of_23_universities_reads_as_a_counted_list_in_columns(client):
    seoul = CityFactory(name="Seoul")
    item = programme("Film House Film Project", cities=[seoul])
    item.hosts.add(
        OrganisationFactory(name="Seoul Film Center", city=seoul, website="https://example.org")
    )
    item.partners.add(
        *[
            OrganisationFactory(name=f"University {number:02}", kind="university", city=seoul)
            for number in range(23)
        ]
    )

    page = page_at(client, item.get_absolute_url())
    hosts, partners = page.section("hosts"), page.section("partners")

    assert hosts.find("h2").text == "Host"
    assert hosts.links() == {"Seoul Film Center": "https://example.org"}
    assert partners.find("h2").text == "Partners (23)"
    partner_list = partners.find("ul")
    assert "columns" in partner_list.classes
    assert [li.text for li in partner_list.find_all("li")][:2] == [
        "University 00 · Seoul",
        "University 01 · Seoul",
    ]
    assert len(partner_list.find_all("li")) == 23


def test_programme_page_shows_only_its_public_events_and_related_news(client):
    busan = CityFactory(name="Busan")
    item = programme("The incubator", cities=[busan])
    EventFactory(
        title="Showcase next week",
        programme=item,
        city=busan,
        starts_at=in_days(7),
        ends_at=in_days(7.1),
    )
    EventFactory(
        title="Opening last month",
        programme=item,
        city=busan,
        starts_at=in_days(-30),
        ends_at=in_days(-29.9),
    )
    EventFactory(title="Another programme's event", city=busan)
    ArticleFactory(title="Live report").related_programmes.add(item)
    for number, fields in enumerate(UNPUBLISHED):
        EventFactory(title=f"Hidden event {number}", programme=item, city=busan, **fields)
        ArticleFactory(title=f"Hidden story {number}", **fields).related_programmes.add(item)

    response = client.get(item.get_absolute_url())
    page = parse(response.text)
    events = page.section("programme-events")

    assert card_titles(events) == ["Showcase next week"]
    assert [li.find("a").text for li in events.find("ul", "plain-list").find_all("li")] == [
        "Opening last month"
    ]
    assert query_of(events.find("a", "section__more").attrs["href"]) == {
        "programme": [item.slug],
        "when": ["all"],
    }
    assert card_titles(page.section("programme-news")) == ["Live report"]
    assert "Hidden" not in response.text


def test_a_programme_without_events_hosts_or_news_has_no_empty_sections(client):
    page = page_at(
        client, programme("Bare call", eligibility="", how_to_apply="", body="").get_absolute_url()
    )

    for section in [
        "programme-events",
        "programme-news",
        "hosts",
        "partners",
        "eligibility",
        "how-to-apply",
    ]:
        assert page.section(section) is None


def test_staff_preview_an_unpublished_programme(editor_client):
    draft = programme("Draft call", status=Status.DRAFT, publish_at=None)

    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "preview-banner" in response.text


# Query budgets ---------------------------------------------------------------------------


def make_programmes(count: int) -> dict:
    image = ImageFactory()
    busan, bristol = CityFactory(name="Busan"), CityFactory(name="Bristol")
    topics = [TopicFactory() for _ in range(count)]
    organisations = [OrganisationFactory(city=busan) for _ in range(count)]
    programmes = [
        programme(
            f"Call {count}-{number}",
            hero_image=image,
            cities=[busan, bristol],
            applications_close_at=in_days(number - count / 2),
        )
        for number in range(count)
    ]
    lead = programmes[0]
    lead.topics.add(*topics)
    lead.hosts.add(*organisations)
    lead.partners.add(*organisations)
    for number in range(count):
        EventFactory(
            programme=lead, city=busan, hero_image=image, starts_at=in_days(number - count / 2)
        )
        ArticleFactory(hero_image=image).related_programmes.add(lead)
    return {"lead": lead}


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # Count and page, and the form's city choices.
        (lambda content: PROGRAMMES, 3),
        # And one to look up the city given.
        (lambda content: f"{PROGRAMMES}?city=busan&kind=incubator&status=open", 4),
        # The programme; hosts, partners, cities, topics, events and their cities, and news.
        (lambda content: content["lead"].get_absolute_url(), 8),
    ],
    ids=["list", "filtered list", "programme"],
)
def test_query_count_does_not_grow_with_the_content(
    client, django_assert_num_queries, url, queries
):
    few = make_programmes(3)
    with django_assert_num_queries(queries):
        assert client.get(url(few)).status_code == 200

    many = make_programmes(30)
    with django_assert_num_queries(queries):
        response = client.get(url(many))
    assert response.status_code == 200
    assert len(parse(response.text).find_all("article", "card")) >= 12
