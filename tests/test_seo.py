"""What search engines and link previews read: sitemaps, robots.txt, head tags, JSON-LD."""

import datetime
import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from filmhub.publishing import Status
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    UserFactory,
    VenueFactory,
    uploaded_image,
)
from tests.html import parse_document

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HOST = "http://testserver"
SECTIONS = ["pages", "articles", "events", "programmes", "cities", "people", "series"]


def unpublished_kinds() -> list[dict]:
    later = timezone.now() + datetime.timedelta(days=3)
    return [
        {"status": Status.DRAFT, "publish_at": None},
        {"status": Status.IN_REVIEW, "publish_at": None},
        {"status": Status.PUBLISHED, "publish_at": later},
    ]


def xml_of(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def section_urls(client, section: str) -> dict[str, str | None]:
    """Each <loc> of a sitemap section with its <lastmod>."""
    root = xml_of(client.get(f"/sitemap-{section}.xml"))
    return {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }


def head(response):
    assert response.status_code == 200
    return parse_document(response.text).find("head")


def json_ld(response) -> list[dict]:
    scripts = head(response).find_all("script", type="application/ld+json")
    return [json.loads(script.text) for script in scripts]


def item_of_type(items: list[dict], schema_type: str) -> dict:
    matching = [item for item in items if item["@type"] == schema_type]
    assert len(matching) == 1, [item["@type"] for item in items]
    return matching[0]


def meta_content(page, **attrs) -> str | None:
    node = page.find("meta", **attrs)
    return node.attrs["content"] if node else None


# Sitemaps and robots.txt


def test_sitemap_index_lists_every_section_by_absolute_url(client):
    ArticleFactory()

    root = xml_of(client.get("/sitemap.xml"))

    locations = [
        entry.findtext("sm:loc", namespaces=NS) for entry in root.findall("sm:sitemap", NS)
    ]
    # Each section in English, then in Korean.
    assert locations == [f"{HOST}/sitemap-{section}.xml" for section in SECTIONS] + [
        f"{HOST}/sitemap-{section}-ko.xml" for section in SECTIONS
    ]
    articles = root.findall("sm:sitemap", NS)[SECTIONS.index("articles")]
    assert articles.findtext("sm:lastmod", namespaces=NS)


@pytest.mark.parametrize("section", [*SECTIONS, *(f"{section}-ko" for section in SECTIONS)])
def test_every_sitemap_section_parses_and_its_addresses_are_absolute(client, section):
    author, series = PersonFactory(), SeriesFactory()
    article = ArticleFactory(series=series)
    article.authors.add(author)
    EventFactory()
    ProgrammeFactory()

    urls = section_urls(client, section)

    assert urls
    for location in urls:
        assert urlsplit(location).scheme == "http"
        assert urlsplit(location).netloc == "testserver"
        assert client.get(urlsplit(location).path).status_code == 200


@pytest.mark.parametrize(
    ("section", "factory"),
    [("articles", ArticleFactory), ("events", EventFactory), ("programmes", ProgrammeFactory)],
)
def test_content_sections_list_only_published_items_with_lastmod(client, section, factory):
    public = factory()
    hidden = [factory(**kind) for kind in unpublished_kinds()]

    urls = section_urls(client, section)

    assert set(urls) == {HOST + public.get_absolute_url()}
    lastmod = datetime.datetime.fromisoformat(urls[HOST + public.get_absolute_url()])
    assert lastmod.date() == public.updated_at.date()
    for item in hidden:
        assert HOST + item.get_absolute_url() not in urls


def test_people_section_lists_only_authors_of_published_articles(client):
    published_author, draft_author, scheduled_author, nobody = PersonFactory.create_batch(4)
    ArticleFactory().authors.add(published_author)
    ArticleFactory(**unpublished_kinds()[0]).authors.add(draft_author)
    ArticleFactory(**unpublished_kinds()[2]).authors.add(scheduled_author)

    urls = section_urls(client, "people")

    assert set(urls) == {HOST + published_author.get_absolute_url()}
    assert all(urls.values())


def test_series_section_lists_only_series_with_published_articles(client):
    live, empty = SeriesFactory.create_batch(2)
    ArticleFactory(series=live)
    ArticleFactory(series=empty, **unpublished_kinds()[1])

    assert set(section_urls(client, "series")) == {HOST + live.get_absolute_url()}


def test_pages_section_lists_the_home_and_list_pages(client):
    ArticleFactory()

    urls = section_urls(client, "pages")

    assert set(urls) == {
        f"{HOST}{path}" for path in ["/", "/news/", "/events/", "/programmes/", "/cities/"]
    }
    assert urls[f"{HOST}/news/"]


def make_content(count: int) -> None:
    for _ in range(count):
        author, series = PersonFactory(), SeriesFactory()
        article = ArticleFactory(series=series)
        article.authors.add(author)
        EventFactory(city=CityFactory(name=f"City {PersonFactory().pk}"))
        ProgrammeFactory()


@pytest.mark.parametrize(
    ("section", "queries"),
    [
        # The latest change of articles, events and programmes.
        ("pages", 3),
        # Count, then the page.
        ("articles", 2),
        ("events", 2),
        ("programmes", 2),
        ("cities", 2),
        ("people", 2),
        ("series", 2),
    ],
)
def test_sitemap_section_query_count_does_not_grow_with_the_content(
    client, django_assert_num_queries, section, queries
):
    make_content(2)
    with django_assert_num_queries(queries):
        assert client.get(f"/sitemap-{section}.xml").status_code == 200

    make_content(20)
    with django_assert_num_queries(queries):
        assert client.get(f"/sitemap-{section}.xml").status_code == 200


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_at_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    assert [line for line in lines if line.startswith("Disallow")] == ["Disallow: /admin/"]


def test_favicon_ico_leads_to_the_site_icon_every_page_links(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    icon = parse_document(client.get("/").text).find("link", rel="icon")
    assert icon.attrs["href"] == response["Location"]
    icon_response = client.get(response["Location"])
    assert icon_response.status_code == 200
    assert icon_response["Content-Type"] == "image/svg+xml"
    icon_response.close()


# Canonical, Open Graph and Twitter card tags


def test_article_page_has_absolute_canonical_open_graph_and_a_large_card(client):
    hero = ImageFactory(file=uploaded_image(size=(1600, 900)), alt_text="A red screen")
    article = ArticleFactory(title="Busan opens", summary="The festival opens.", hero_image=hero)
    url = HOST + article.get_absolute_url()

    page = head(client.get(article.get_absolute_url()))

    assert [link.attrs["href"] for link in page.find_all("link", rel="canonical")] == [url]
    assert meta_content(page, property="og:type") == "article"
    assert meta_content(page, property="og:title") == "Busan opens"
    assert meta_content(page, property="og:description") == "The festival opens."
    assert meta_content(page, property="og:url") == url
    assert meta_content(page, property="og:site_name") == "filmhub"
    assert meta_content(page, property="og:locale") == "en_GB"
    image = meta_content(page, property="og:image")
    assert image.startswith(f"{HOST}/media/renditions/")
    assert "/wide-1200-" in image
    assert meta_content(page, property="og:image:width") == "1200"
    assert meta_content(page, property="og:image:height") == "675"
    assert meta_content(page, property="og:image:alt") == "A red screen"
    assert meta_content(page, name="twitter:card") == "summary_large_image"
    assert meta_content(page, name="twitter:image") == image
    assert page.find("meta", name="robots") is None


def test_page_without_an_image_gets_a_summary_card(client):
    event = EventFactory()

    page = head(client.get(event.get_absolute_url()))

    assert page.find("meta", property="og:image") is None
    assert meta_content(page, name="twitter:card") == "summary"
    assert meta_content(page, property="og:type") == "website"


def test_syndicated_article_has_the_original_as_its_only_canonical(client):
    article = ArticleFactory(source_name="Busan Daily", source_url="https://example.com/original")

    page = head(client.get(article.get_absolute_url()))

    canonicals = page.find_all("link", rel="canonical")
    assert [link.attrs["href"] for link in canonicals] == ["https://example.com/original"]


@pytest.mark.parametrize(
    ("path", "title"),
    [("/", "filmhub"), ("/news/", "News"), ("/events/", "Events"), ("/cities/", "Cities")],
)
def test_list_pages_have_default_social_tags_and_a_canonical_without_filters(client, path, title):
    page = head(client.get(f"{path}?kind=news&page=1"))

    assert page.find("link", rel="canonical").attrs["href"] == HOST + path
    assert meta_content(page, property="og:title") == title
    assert meta_content(page, property="og:url") == HOST + path
    assert meta_content(page, name="twitter:card") == "summary"


def test_a_later_page_of_a_list_is_its_own_canonical(client):
    ArticleFactory.create_batch(13)

    page = head(client.get("/news/?page=2&kind=news"))

    assert page.find("link", rel="canonical").attrs["href"] == f"{HOST}/news/?page=2"


@pytest.mark.parametrize("factory", [ArticleFactory, EventFactory, ProgrammeFactory])
def test_staff_preview_is_not_indexed(client, factory):
    item = factory(status=Status.DRAFT, publish_at=None)
    client.force_login(UserFactory())

    page = head(client.get(item.get_absolute_url()))

    assert meta_content(page, name="robots") == "noindex"


# JSON-LD


def test_article_json_ld_is_a_news_article_with_authors_and_publisher(client):
    author = PersonFactory(name="Kim Ji-won")
    article = ArticleFactory(title="A premiere", summary="It premiered.")
    article.authors.add(author)

    items = json_ld(client.get(article.get_absolute_url()))

    data = item_of_type(items, "NewsArticle")
    url = HOST + article.get_absolute_url()
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "A premiere"
    assert data["description"] == "It premiered."
    assert datetime.datetime.fromisoformat(data["datePublished"]) == article.publish_at.replace(
        microsecond=0
    )
    assert datetime.datetime.fromisoformat(data["dateModified"]).utcoffset() is not None
    assert data["author"] == [
        {"@type": "Person", "name": "Kim Ji-won", "url": HOST + author.get_absolute_url()}
    ]
    assert data["publisher"]["@type"] == "Organization"
    assert data["mainEntityOfPage"]["@id"] == url
    assert "isBasedOn" not in data
    crumbs = item_of_type(items, "BreadcrumbList")["itemListElement"]
    assert [crumb["item"] for crumb in crumbs] == [f"{HOST}/", f"{HOST}/news/", url]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]


def test_syndicated_article_json_ld_names_its_source(client):
    article = ArticleFactory(source_name="Busan Daily", source_url="https://example.com/original")

    data = item_of_type(json_ld(client.get(article.get_absolute_url())), "NewsArticle")

    assert data["isBasedOn"] == "https://example.com/original"
    assert data["sameAs"] == "https://example.com/original"


def test_busan_event_json_ld_gives_times_with_the_korean_offset(client):
    busan = CityFactory(name="Busan", country="Republic of Korea", time_zone="Asia/Seoul")
    venue = VenueFactory(name="Cinema Centre", address="120 Suyeonggangbyeon-daero", city=busan)
    organiser = OrganisationFactory(name="BIFF", website="https://www.biff.kr/", city=busan)
    event = EventFactory(
        city=busan,
        venue=venue,
        starts_at=datetime.datetime(2026, 10, 1, 10, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 10, 1, 13, tzinfo=datetime.UTC),
        registration_url="https://tickets.example.com/",
    )
    event.organisers.add(organiser)

    items = json_ld(client.get(event.get_absolute_url()))

    data = item_of_type(items, "Event")
    assert data["startDate"] == "2026-10-01T19:00:00+09:00"
    assert data["endDate"] == "2026-10-01T22:00:00+09:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Cinema Centre"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "120 Suyeonggangbyeon-daero",
        "addressLocality": "Busan",
        "addressCountry": "Republic of Korea",
    }
    assert data["organizer"] == [
        {"@type": "Organization", "name": "BIFF", "url": "https://www.biff.kr/"}
    ]
    assert data["offers"]["url"] == "https://tickets.example.com/"
    assert data["url"] == HOST + event.get_absolute_url()
    assert "superEvent" not in data
    assert "subEvent" not in data
    crumbs = item_of_type(items, "BreadcrumbList")["itemListElement"]
    assert crumbs[1]["item"] == f"{HOST}/events/"


def test_all_day_event_json_ld_gives_dates_only(client):
    event = EventFactory(
        all_day=True,
        starts_at=datetime.datetime(2026, 10, 1, 3, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 10, 10, 3, tzinfo=datetime.UTC),
    )

    data = item_of_type(json_ld(client.get(event.get_absolute_url())), "Event")

    assert (data["startDate"], data["endDate"]) == ("2026-10-01", "2026-10-10")


@pytest.mark.parametrize(
    ("event_status", "attendance", "expected_status", "expected_mode", "location_type"),
    [
        ("cancelled", "in_person", "EventCancelled", "OfflineEventAttendanceMode", "Place"),
        ("postponed", "in_person", "EventPostponed", "OfflineEventAttendanceMode", "Place"),
        ("moved_online", "in_person", "EventMovedOnline", "OnlineEventAttendanceMode", None),
        ("scheduled", "online", "EventScheduled", "OnlineEventAttendanceMode", None),
    ],
)
def test_event_json_ld_status_and_attendance(
    client, event_status, attendance, expected_status, expected_mode, location_type
):
    event = EventFactory(
        event_status=event_status,
        attendance_mode=attendance,
        online_url="https://stream.example.com/",
        registration_url="https://tickets.example.com/",
    )

    data = item_of_type(json_ld(client.get(event.get_absolute_url())), "Event")

    assert data["eventStatus"] == f"https://schema.org/{expected_status}"
    assert data["eventAttendanceMode"] == f"https://schema.org/{expected_mode}"
    if location_type:
        assert data["location"]["@type"] == location_type
    else:
        assert data["location"] == {
            "@type": "VirtualLocation",
            "url": "https://stream.example.com/",
        }
    # A cancelled event offers no tickets.
    assert ("offers" in data) is (event_status != "cancelled")


def test_mixed_event_json_ld_has_a_place_and_a_virtual_location(client):
    event = EventFactory(attendance_mode="mixed", online_url="https://stream.example.com/")

    data = item_of_type(json_ld(client.get(event.get_absolute_url())), "Event")

    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"


def test_event_json_ld_links_only_published_super_and_sub_events(client):
    festival = EventFactory(title="Festival")
    market = EventFactory(title="Market", parent=festival)
    EventFactory(title="Draft screening", parent=market, status=Status.DRAFT, publish_at=None)
    EventFactory(title="Scheduled talk", parent=market, **unpublished_kinds()[2])
    forum = EventFactory(title="Forum", parent=market)

    data = item_of_type(json_ld(client.get(market.get_absolute_url())), "Event")

    assert data["superEvent"] == {
        "@type": "Event",
        "name": "Festival",
        "url": HOST + festival.get_absolute_url(),
    }
    assert [sub["name"] for sub in data["subEvent"]] == ["Forum"]
    assert data["subEvent"][0]["url"] == HOST + forum.get_absolute_url()
    assert data["subEvent"][0]["startDate"].endswith("+09:00")


def test_event_json_ld_never_names_a_draft_parent(client):
    draft_parent = EventFactory(title="Secret festival", status=Status.DRAFT, publish_at=None)
    event = EventFactory(parent=draft_parent)

    response = client.get(event.get_absolute_url())

    assert "superEvent" not in item_of_type(json_ld(response), "Event")
    assert "Secret festival" not in response.text


def test_staff_preview_json_ld_never_names_a_draft_sub_event(client):
    draft = EventFactory(status=Status.DRAFT, publish_at=None)
    EventFactory(title="Secret sub-event", parent=draft, status=Status.DRAFT, publish_at=None)
    client.force_login(UserFactory())

    data = item_of_type(json_ld(client.get(draft.get_absolute_url())), "Event")

    assert "subEvent" not in data


def test_programme_json_ld_is_an_educational_programme_with_hosts_and_dates(client):
    seoul = CityFactory(name="Seoul", time_zone="Asia/Seoul")
    host = OrganisationFactory(name="Film Academy", website="https://academy.example.com/")
    programme = ProgrammeFactory(
        title="Incubator",
        applications_open_at=datetime.datetime(2026, 3, 1, 0, tzinfo=datetime.UTC),
        # 23:00 UTC is already the next day in Seoul.
        applications_close_at=datetime.datetime(2026, 4, 30, 23, tzinfo=datetime.UTC),
        runs_from=datetime.date(2026, 6, 1),
        runs_to=datetime.date(2026, 8, 31),
    )
    programme.hosts.add(host)
    programme.cities.add(seoul)

    items = json_ld(client.get(programme.get_absolute_url()))

    data = item_of_type(items, "EducationalOccupationalProgram")
    assert data["name"] == "Incubator"
    assert data["url"] == HOST + programme.get_absolute_url()
    assert data["provider"] == [
        {"@type": "Organization", "name": "Film Academy", "url": "https://academy.example.com/"}
    ]
    assert data["applicationStartDate"] == "2026-03-01"
    assert data["applicationDeadline"] == "2026-05-01"
    assert (data["startDate"], data["endDate"]) == ("2026-06-01", "2026-08-31")
    crumbs = item_of_type(items, "BreadcrumbList")["itemListElement"]
    assert crumbs[1]["item"] == f"{HOST}/programmes/"


def test_city_json_ld_is_a_city_in_its_country_with_its_organisations(client):
    city = CityFactory(name="Busan", country="Republic of Korea")
    OrganisationFactory(name="Busan Film Commission", city=city, website="https://bfc.example/")

    items = json_ld(client.get(city.get_absolute_url()))

    data = item_of_type(items, "City")
    assert data["name"] == "Busan"
    assert data["containedInPlace"] == {"@type": "Country", "name": "Republic of Korea"}
    organisation = item_of_type(items, "Organization")
    assert organisation["name"] == "Busan Film Commission"
    assert organisation["location"]["url"] == HOST + city.get_absolute_url()
    crumbs = item_of_type(items, "BreadcrumbList")["itemListElement"]
    assert [crumb["item"] for crumb in crumbs] == [
        f"{HOST}/",
        f"{HOST}/cities/",
        HOST + city.get_absolute_url(),
    ]


def test_person_json_ld_is_a_person(client):
    person = PersonFactory(name="Kim Ji-won", role="Editor", website="https://kim.example/")

    items = json_ld(client.get(person.get_absolute_url()))

    data = item_of_type(items, "Person")
    assert data["name"] == "Kim Ji-won"
    assert data["jobTitle"] == "Editor"
    assert data["url"] == HOST + person.get_absolute_url()
    assert data["sameAs"] == "https://kim.example/"
    assert item_of_type(items, "BreadcrumbList")


def test_series_page_has_breadcrumbs(client):
    series = SeriesFactory()

    items = json_ld(client.get(series.get_absolute_url()))

    crumbs = item_of_type(items, "BreadcrumbList")["itemListElement"]
    assert crumbs[-1]["item"] == HOST + series.get_absolute_url()


def test_home_json_ld_describes_the_website(client):
    items = json_ld(client.get("/"))

    assert item_of_type(items, "WebSite")["url"] == f"{HOST}/"


HOSTILE = "</script><script>alert(1)</script><!-- & more"


@pytest.mark.parametrize("factory", [ArticleFactory, EventFactory, ProgrammeFactory])
def test_a_hostile_title_cannot_leave_the_json_ld_script(client, factory):
    item = factory(title=HOSTILE, summary=HOSTILE)

    response = client.get(item.get_absolute_url())

    page = head(response)
    assert page.find("script", type=None) is None
    assert all(
        script.attrs.get("type") == "application/ld+json" for script in page.find_all("script")
    )
    assert "<script>alert(1)" not in response.text
    names = [data.get("headline") or data.get("name") for data in json_ld(response)]
    assert HOSTILE in names
