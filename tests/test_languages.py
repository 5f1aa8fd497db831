"""English and Korean: routing, the switcher, fallbacks, dates, search, feeds and budgets."""

import datetime
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ArticleFactory, CityFactory, EventFactory
from tests.html import parse, parse_document

pytestmark = pytest.mark.django_db

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def busan():
    return CityFactory(
        name="Busan",
        name_ko="부산",
        country="Republic of Korea",
        country_ko="대한민국",
        time_zone="Asia/Seoul",
    )


@pytest.fixture
def festival(busan):
    """An event with a Korean version, on the hour in Busan: 19:00 KST."""
    return EventFactory(
        title="Busan International Film Festival",
        title_ko="부산국제영화제",
        summary="Ten days of films.",
        summary_ko="열흘 동안 이어지는 영화 축제.",
        body="<p>Screenings across the city.</p>",
        body_ko="<p>도시 곳곳에서 상영합니다.</p>",
        city=busan,
        starts_at=datetime.datetime(2030, 10, 2, 19, 0, tzinfo=SEOUL),
        ends_at=datetime.datetime(2030, 10, 2, 22, 30, tzinfo=SEOUL),
    )


@pytest.fixture
def english_only(busan):
    return ArticleFactory(title="Bristol news in English", summary="Only in English.")


def in_korean(path: str) -> str:
    return f"/ko{path}"


def alternates(document) -> dict[str, str]:
    return {
        link.attrs["hreflang"]: link.attrs["href"]
        for link in document.find_all("link", rel="alternate")
        if link.attrs.get("hreflang")
    }


# Routing ----------------------------------------------------------------------------------


def test_english_lives_at_unprefixed_addresses_and_korean_under_ko(client, festival):
    english = parse_document(client.get("/").text)
    korean = parse_document(client.get("/ko/").text)

    assert english.find("html").attrs["lang"] == "en"
    assert korean.find("html").attrs["lang"] == "ko"
    assert "News" in english.find("nav", class_="site-nav").text
    assert "뉴스" in korean.find("nav", class_="site-nav").text


def test_the_address_alone_decides_the_language(client):
    """A Korean browser asking for an unprefixed address gets the English page, so that an
    address always gives the same page (the page cache, search engines, shared links)."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ko", HTTP_COOKIE="django_language=ko")

    assert parse_document(response.text).find("html").attrs["lang"] == "en"
    assert response["Content-Language"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")


def test_links_on_a_korean_page_stay_in_korean(client, festival):
    page = parse(client.get(in_korean(festival.get_absolute_url())).text)

    hrefs = [
        link.attrs["href"]
        for link in page.find_all("a")
        if link.attrs.get("href", "").startswith("/")
    ]
    assert hrefs
    assert all(href.startswith("/ko/") for href in hrefs)


def test_an_unknown_korean_address_is_a_korean_404(client):
    response = client.get("/ko/no-such-page/")

    assert response.status_code == 404
    assert parse_document(response.text).find("html").attrs["lang"] == "ko"


# The switcher and hreflang ------------------------------------------------------------------


def test_switcher_leads_to_the_same_page_in_the_other_language(client, festival):
    url = festival.get_absolute_url()
    switch = parse_document(client.get(url).text).find("nav", class_="language-switch")
    links = {link.attrs["hreflang"]: link for link in switch.find_all("a")}

    assert links["ko"].attrs["href"] == f"http://testserver/ko{url}"
    assert links["ko"].attrs["lang"] == "ko"
    assert links["en"].attrs["aria-current"] == "true"

    back = parse_document(client.get(links["ko"].attrs["href"]).text)
    links = {
        link.attrs["hreflang"]: link
        for link in back.find("nav", class_="language-switch").find_all("a")
    }
    assert links["en"].attrs["href"] == f"http://testserver{url}"


def test_switcher_keeps_the_filters_of_a_list(client, busan):
    url = reverse("programmes:event-list") + "?city=busan&kind=festival"
    switch = parse_document(client.get(url).text).find("nav", class_="language-switch")
    korean = next(link for link in switch.find_all("a") if link.attrs["hreflang"] == "ko")

    assert korean.attrs["href"] == "http://testserver/ko/events/?city=busan&kind=festival"


def test_a_translated_page_names_both_languages_for_search_engines(client, festival):
    url = festival.get_absolute_url()
    document = parse_document(client.get(in_korean(url)).text)

    assert alternates(document) == {
        "en": f"http://testserver{url}",
        "ko": f"http://testserver/ko{url}",
        "x-default": f"http://testserver{url}",
    }
    assert document.find("link", rel="canonical").attrs["href"] == f"http://testserver/ko{url}"


# Fallback to English ----------------------------------------------------------------------


def test_an_item_without_korean_shows_english_with_a_notice(client, english_only):
    url = english_only.get_absolute_url()
    document = parse_document(client.get(in_korean(url)).text)
    page = document.find("main")

    notice = page.find("p", class_="translation-notice")
    assert notice is not None and "영어" in notice.text
    heading = page.find("h1")
    assert heading.text == "Bristol news in English"
    assert heading.attrs["lang"] == "en"
    assert page.find("p", class_="standfirst").attrs["lang"] == "en"
    # Search engines are sent to the English page, and told of no Korean one.
    assert document.find("link", rel="canonical").attrs["href"] == f"http://testserver{url}"
    assert set(alternates(document)) == {"en", "x-default"}


def test_a_translated_item_has_no_notice_and_no_english_marks(client, festival):
    page = parse(client.get(in_korean(festival.get_absolute_url())).text)

    assert page.find("p", class_="translation-notice") is None
    assert page.find("h1").text == "부산국제영화제"
    assert "lang" not in page.find("h1").attrs


def test_the_english_page_never_shows_the_notice(client, english_only):
    page = parse(client.get(english_only.get_absolute_url()).text)

    assert page.find("p", class_="translation-notice") is None


def card_title_langs(client, path: str) -> dict[str, str | None]:
    page = parse(client.get(path).text)
    return {title.text: title.attrs.get("lang") for title in page.find_all("h3", "card__title")}


def test_cards_mark_titles_shown_in_english(client, english_only, festival):
    assert card_title_langs(client, "/ko/news/") == {"Bristol news in English": "en"}
    assert card_title_langs(client, "/ko/events/") == {"부산국제영화제": None}


# Dates ------------------------------------------------------------------------------------


def test_korean_dates_and_times_read_the_korean_way_with_the_zone(client, festival):
    page = parse(client.get(in_korean(festival.get_absolute_url())).text)

    text = " ".join(page.text.split())
    assert "2030년 10월 2일" in text
    assert "오후 7시" in text
    assert "오후 10시 30분" in text
    assert "KST" in text


def test_english_dates_are_unchanged(client, festival):
    text = " ".join(parse(client.get(festival.get_absolute_url()).text).text.split())

    assert "2 October 2030" in text
    assert "19:00–22:30 KST" in text


# Search, feeds, calendars -------------------------------------------------------------------


def test_search_in_korean_finds_korean_text_and_links_to_korean_pages(client, festival):
    page = parse(client.get("/ko/search/", {"q": "부산국제영화제"}).text)
    links = [
        link.attrs["href"]
        for link in page.find_all("a")
        if "/events/" in link.attrs.get("href", "")
    ]

    assert links == [f"/ko{festival.get_absolute_url()}"]


def test_search_in_english_does_not_return_korean_entries_twice(client, festival):
    page = parse(client.get("/search/", {"q": "Busan"}).text)
    links = [
        link.attrs["href"]
        for link in page.find_all("a")
        if "/events/" in link.attrs.get("href", "")
    ]

    assert links == [festival.get_absolute_url()]


def test_korean_search_finds_an_english_only_item_in_english(client, english_only):
    page = parse(client.get("/ko/search/", {"q": "Bristol"}).text)
    links = [
        link.attrs["href"] for link in page.find_all("a") if "/news/" in link.attrs.get("href", "")
    ]

    assert links == [f"/ko{english_only.get_absolute_url()}"]


def test_the_korean_news_feed_is_in_korean(client, busan):
    ArticleFactory(title="Market opens", title_ko="마켓 개막", summary_ko="부산에서 열립니다.")
    feed = feedparser.parse(client.get("/ko/news/feed/rss/").content)

    assert feed.feed.language == "ko"
    assert [entry.title for entry in feed.entries] == ["마켓 개막"]
    assert feed.entries[0].link.startswith("http://testserver/ko/news/")


def test_the_korean_calendar_feed_is_in_korean(client, festival):
    calendar = icalendar.Calendar.from_ical(client.get("/ko/events/calendar.ics").content)
    [event] = calendar.walk("VEVENT")

    assert str(event["SUMMARY"]) == "부산국제영화제"
    assert str(event["URL"]).startswith("http://testserver/ko/events/")


def test_the_english_calendar_feed_stays_english_after_the_korean_one(client, festival):
    client.get("/ko/events/calendar.ics")
    calendar = icalendar.Calendar.from_ical(client.get("/events/calendar.ics").content)
    [event] = calendar.walk("VEVENT")

    assert str(event["SUMMARY"]) == "Busan International Film Festival"


def test_sitemap_has_sections_in_each_language(client, festival):
    english = client.get("/sitemap-events.xml").text
    korean = client.get("/sitemap-events-ko.xml").text

    assert f"<loc>http://testserver{festival.get_absolute_url()}</loc>" in english
    assert "/ko/" not in english
    assert f"<loc>http://testserver/ko{festival.get_absolute_url()}</loc>" in korean


# Query budgets ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/news/", "/events/", "/cities/"])
def test_korean_pages_cost_the_same_queries_as_english_ones(
    client, festival, english_only, path, django_assert_max_num_queries
):
    client.get(path)  # what is kept per content generation, kept
    client.get(in_korean(path))
    with CaptureQueriesContext(connection) as english:
        client.get(path)
    with django_assert_max_num_queries(len(english.captured_queries)):
        client.get(in_korean(path))


def test_korean_detail_pages_cost_the_same_queries_as_english_ones(
    client, festival, django_assert_num_queries
):
    url = festival.get_absolute_url()
    with CaptureQueriesContext(connection) as english:
        client.get(url)
    with django_assert_num_queries(len(english.captured_queries)):
        client.get(in_korean(url))


# The admin -------------------------------------------------------------------------------


def changelist_titles(client, url: str) -> set[str]:
    response = client.get(url)
    assert response.status_code == 200
    return {str(item) for item in response.context["cl"].result_list}


def test_admin_lists_items_missing_a_korean_version(editor_client, festival, busan):
    half_done = EventFactory(title="Half translated", title_ko="반쯤 번역됨", city=busan)
    untranslated = EventFactory(title="Not translated", city=busan)
    url = reverse("admin:programmes_event_changelist")

    assert changelist_titles(editor_client, f"{url}?korean=missing") == {
        # The title is Korean, but the summary and body are English only.
        str(half_done),
        str(untranslated),
    }
    assert changelist_titles(editor_client, f"{url}?korean=complete") == {str(festival)}
    assert "한국어판" not in editor_client.get(url).text  # the admin is in English
    assert "Korean version" in editor_client.get(url).text


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("부산국제", {"Busan International Film Festival"}),
        ("International", {"Busan International Film Festival"}),
        # Through the event's city, by its Korean name.
        ("부산", {"Busan International Film Festival"}),
        ("열흘", {"Busan International Film Festival"}),
        ("서울", set()),
    ],
)
def test_admin_search_finds_a_text_in_either_language(editor_client, festival, search, found):
    EventFactory(title="Bristol screening", city=CityFactory(name="Bristol"))
    url = reverse("admin:programmes_event_changelist")

    assert changelist_titles(editor_client, f"{url}?q={search}") == found


def test_admin_autocomplete_finds_a_city_by_its_korean_name(editor_client, busan):
    CityFactory(name="Seoul", name_ko="서울")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "부산", "app_label": "programmes", "model_name": "event", "field_name": "city"},
    )

    assert response.status_code == 200
    assert [result["id"] for result in response.json()["results"]] == [str(busan.pk)]


def test_admin_form_shows_both_languages_of_a_text(editor_client, festival):
    response = editor_client.get(reverse("admin:programmes_event_change", args=[festival.pk]))
    form = response.context["adminform"].form

    assert {"title_en", "title_ko", "summary_en", "summary_ko", "body_en", "body_ko"} <= set(
        form.fields
    )
    assert form["title_ko"].value() == "부산국제영화제"


@pytest.mark.parametrize(
    "path",
    [
        "/ko",
        "/ko/events/?page=abc",
        "/ko/events/?page=999999999999999999999",
        "/ko/events/?from=2026-02-30&city=nowhere",
        "/ko/search/?q=%00%EC%98%81&type=nothing",
        "/ko/events/%ff/",
        "/ko/news/feed/rss/?city=nowhere",
        "/ko/events/calendar.ics?when=sometime",
        "/ko/sitemap-nothing.xml",
        "/kr/",
    ],
)
def test_bad_korean_addresses_never_fail(client, festival, path):
    assert client.get(path).status_code < 500
