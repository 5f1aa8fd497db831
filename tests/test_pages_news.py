"""The public news pages: the filtered list, the article page, series and author pages."""

import datetime

import pytest
from django.urls import reverse

from articles.models import Article
from filmhub.publishing import Status
from tests.factories import (
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    TopicFactory,
    article,
    unpublished_states,
)
from tests.html import Node, card_titles, chips, form_errors, parse, parse_document, query_of
from tests.html import result_count as results

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NOW = datetime.datetime(2026, 9, 15, 3, 0, tzinfo=UTC)
NEWS = reverse("articles:article-list")

UNPUBLISHED = unpublished_states(NOW)


@pytest.fixture(autouse=True)
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def days_ago(days: float) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def page_at(client, url: str, query: dict | str | None = None) -> Node:
    if isinstance(query, str):
        url, query = f"{url}?{query}", None
    response = client.get(url, query)
    assert response.status_code == 200
    return parse(response.text)


# The list --------------------------------------------------------------------------------


def test_list_shows_public_articles_newest_first(client):
    article("Last week", publish_at=days_ago(7))
    article("Yesterday", publish_at=days_ago(1))
    article("Three days ago", publish_at=days_ago(3))
    for number, fields in enumerate(UNPUBLISHED):
        article(f"Unpublished {number}", **fields)

    page = page_at(client, NEWS)

    assert card_titles(page) == ["Yesterday", "Three days ago", "Last week"]
    assert results(page) == "3 results"


def test_card_shows_picture_series_or_kind_title_summary_and_date(client):
    column = article(
        "A column",
        kind="column",
        series=SeriesFactory(name="Ko-pick"),
        hero_image=ImageFactory(alt_text="A hillside alley at night"),
        summary="Where the story happens.",
        publish_at=datetime.datetime(2026, 9, 14, 9, 0, tzinfo=UTC),
    )
    article("A feature", kind="feature", publish_at=days_ago(3))

    page = page_at(client, NEWS)
    first, second = page.find_all("article", "card")

    image = first.find("img")
    assert image.attrs["alt"] == "A hillside alley at night"
    assert image.attrs["loading"] == "lazy"
    assert "card__image" in image.classes
    assert first.find("p", "eyebrow").text == "Ko-pick"
    assert first.find("h3", "card__title").find("a").attrs["href"] == column.get_absolute_url()
    assert first.find("p", "card__summary").text == "Where the story happens."
    assert first.find("time").attrs["datetime"] == "2026-09-14T09:00:00+00:00"
    assert first.find("time").text == "14 September 2026"
    assert second.find("p", "eyebrow").text == "Feature"
    assert second.find("img") is None


def test_card_date_has_no_microseconds_html_would_refuse(client):
    # Publishing "now" stores microseconds; HTML allows three digits of a second at most.
    article("Just out", publish_at=datetime.datetime(2026, 9, 14, 9, 0, 5, 123456, tzinfo=UTC))

    page = page_at(client, NEWS)

    assert page.find("time").attrs["datetime"] == "2026-09-14T09:00:05+00:00"


@pytest.fixture
def newsroom():
    """Four articles across two cities, two topics, three kinds and one series."""
    busan, bristol = (
        CityFactory(name="Busan"),
        CityFactory(name="Bristol", time_zone="Europe/London"),
    )
    ai, coproduction = TopicFactory(name="AI"), TopicFactory(name="Co-production")
    kopick = SeriesFactory(name="Ko-pick")
    article(
        "Column on AI",
        kind="column",
        series=kopick,
        cities=[busan],
        topics=[ai],
        publish_at=days_ago(1),
    )
    article(
        "Bristol co-production news",
        cities=[bristol],
        topics=[coproduction],
        publish_at=days_ago(2),
    )
    article(
        "Busan co-production feature",
        kind="feature",
        cities=[busan],
        topics=[coproduction],
        publish_at=days_ago(3),
    )
    article(
        "Busan AI news", cities=[busan, bristol], topics=[ai, coproduction], publish_at=days_ago(4)
    )
    return {"busan": busan, "bristol": bristol, "ai": ai, "series": kopick}


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("kind=news", ["Bristol co-production news", "Busan AI news"]),
        ("city=busan", ["Column on AI", "Busan co-production feature", "Busan AI news"]),
        ("topic=ai", ["Column on AI", "Busan AI news"]),
        ("series=ko-pick", ["Column on AI"]),
        ("city=busan&topic=co-production", ["Busan co-production feature", "Busan AI news"]),
        (
            "city=bristol&topic=co-production&kind=news",
            ["Bristol co-production news", "Busan AI news"],
        ),
        ("city=busan&topic=ai&kind=column&series=ko-pick", ["Column on AI"]),
        ("city=bristol&series=ko-pick", []),
    ],
)
def test_filters_alone_and_combined(client, newsroom, query, titles):
    page = page_at(client, NEWS, query)

    # An article in two cities and two topics is listed once.
    assert card_titles(page) == titles
    assert results(page) == f"{len(titles)} result{'' if len(titles) == 1 else 's'}"
    assert form_errors(page) == []


def test_no_results_says_so_and_offers_all_news(client, newsroom):
    page = page_at(client, NEWS, "city=bristol&series=ko-pick")

    assert "No articles match these filters." in page.find("div", "notice").text
    assert page.find("div", "notice").find("a").attrs["href"] == NEWS


def test_removing_one_filter_keeps_the_others(client, newsroom):
    page = page_at(client, NEWS, "city=busan&topic=ai&kind=news")

    active = chips(page)
    assert set(active) == {"City: Busan", "Topic: AI", "Kind: News"}
    assert query_of(active["City: Busan"]) == {"topic": ["ai"], "kind": ["news"]}

    widened = page_at(client, NEWS + active["City: Busan"])
    assert card_titles(widened) == ["Busan AI news"]
    assert set(chips(widened)) == {"Topic: AI", "Kind: News"}
    # The form shows what is still chosen.
    options = widened.find("select", name="topic").find_all("option")
    assert [option.attrs["value"] for option in options if "selected" in option.attrs] == ["ai"]


def test_pagination_keeps_the_filters(client):
    busan, bristol = CityFactory(name="Busan"), CityFactory(name="Bristol")
    for number in range(14):
        article(f"Busan story {number:02}", cities=[busan], publish_at=days_ago(number + 1))
    for number in range(3):
        article(f"Bristol story {number}", cities=[bristol], publish_at=days_ago(number + 0.5))

    first = page_at(client, NEWS, {"city": "busan"})
    next_link = first.find("nav", "pagination").find("a", rel="next")
    second = page_at(client, NEWS + next_link.attrs["href"])

    assert results(first) == "14 results"
    assert len(card_titles(first)) == 12
    assert query_of(next_link.attrs["href"]) == {"city": ["busan"], "page": ["2"]}
    assert card_titles(second) == ["Busan story 12", "Busan story 13"]
    previous = second.find("nav", "pagination").find("a", rel="prev")
    assert query_of(previous.attrs["href"]) == {"city": ["busan"], "page": ["1"]}


def test_removing_a_filter_returns_to_the_first_page(client):
    busan = CityFactory(name="Busan")
    for number in range(14):
        article(f"Story {number}", cities=[busan], publish_at=days_ago(number + 1))

    page = page_at(client, NEWS, {"city": "busan", "page": "2"})

    assert query_of(chips(page)["City: Busan"]) == {}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("kind=gossip", "kind"),
        ("city=atlantis", "city"),
        ("topic=no-such-topic", "topic"),
        ("series=no-such-series", "series"),
    ],
)
def test_unknown_filter_values_are_form_errors_and_the_list_stays(client, newsroom, query, field):
    page = page_at(client, NEWS, query)

    assert len(card_titles(page)) == 4
    assert form_errors(page)
    assert page.find("select", name=field).parent.find("ul", "errorlist") is not None
    assert chips(page) == {}


def test_an_unknown_value_is_ignored_and_the_valid_ones_apply(client, newsroom):
    page = page_at(client, NEWS, "city=atlantis&topic=ai")

    assert card_titles(page) == ["Column on AI", "Busan AI news"]
    assert set(chips(page)) == {"Topic: AI"}


@pytest.mark.parametrize("page_number", ["2", "99", "0", "-1", "abc", "1.5", "9" * 5000])
def test_a_page_that_does_not_exist_is_not_found(client, page_number):
    article("Only story")

    assert client.get(NEWS, {"page": page_number}).status_code == 404


def test_last_page_by_name(client):
    for number in range(13):
        article(f"Story {number:02}", publish_at=days_ago(number + 1))

    assert card_titles(page_at(client, NEWS, {"page": "last"})) == ["Story 12"]


@pytest.mark.parametrize(
    "query",
    [
        "city=" + "busan" * 1000,
        "kind=" + "x" * 5000,
        "topic=" + "%C3%A9" * 1000,
        "&".join(f"city=c{number}" for number in range(700)),
        "q=" + "a" * 5000,
    ],
)
def test_a_very_long_query_string_is_not_a_server_error(client, newsroom, query):
    response = client.get(f"{NEWS}?{query}")

    assert response.status_code == 200


# The article page ------------------------------------------------------------------------


def test_article_page_shows_what_a_reader_needs(client):
    busan, seoul = CityFactory(name="Busan"), CityFactory(name="Seoul")
    ai = TopicFactory(name="AI")
    kim = PersonFactory(name="Kim Ji-won")
    lee = PersonFactory(name="Lee Min-ho")
    item = article(
        "Training ground for ASEAN directors",
        kind="news",
        summary="Busan's incubator trains directors from the region.",
        body="<p>The incubator began in 2019.</p>",
        hero_image=ImageFactory(
            alt_text="Directors on a set", caption="On set in Busan", credit="Busan Film Commission"
        ),
        source_name="Sayart",
        source_url="https://example.org/original",
        cities=[busan, seoul],
        topics=[ai],
        authors=[kim, lee],
        publish_at=datetime.datetime(2026, 9, 15, 1, 0, tzinfo=UTC),
    )

    response = client.get(item.get_absolute_url())
    document = parse_document(response.text)
    page = document.find("main")
    hero = page.find("figure", "detail__hero")

    assert page.find("p", "eyebrow").text == "News"
    assert page.find("h1").text == "Training ground for ASEAN directors"
    assert (
        page.find("p", "standfirst").text == "Busan's incubator trains directors from the region."
    )
    assert hero.find("img").attrs["loading"] == "eager"
    assert hero.find("img").attrs["fetchpriority"] == "high"
    assert hero.find("img").attrs["alt"] == "Directors on a set"
    assert hero.find("figcaption").text == "On set in Busan · Photo: Busan Film Commission"
    byline = page.find("p", "article-detail__byline")
    assert byline.links() == {
        "Kim Ji-won": kim.get_absolute_url(),
        "Lee Min-ho": lee.get_absolute_url(),
    }
    assert byline.find("time").text == "15 September 2026"
    assert "Updated" not in byline.text
    assert page.find("div", "body").text == "The incubator began in 2019."
    tags = page.find("dl", "article-detail__tags")
    assert tags.links() == {
        "Busan": busan.get_absolute_url(),
        "Seoul": seoul.get_absolute_url(),
        "AI": f"{NEWS}?topic={ai.slug}",
    }
    source = page.find("p", "article-detail__source")
    assert source.text == "First published by Sayart."
    assert source.find("a").attrs["href"] == "https://example.org/original"
    assert document.find("link", rel="canonical").attrs["href"] == "https://example.org/original"


def test_a_topic_link_lists_the_news_on_that_topic(client):
    ai = TopicFactory(name="AI")
    item = article("About AI", topics=[ai])
    article("About something else")

    topic_link = parse(client.get(item.get_absolute_url()).text).find("dl").links()["AI"]

    assert card_titles(page_at(client, topic_link)) == ["About AI"]


def test_an_article_of_its_own_has_no_source_credit_and_is_its_own_canonical(client):
    item = article("Our own story")

    document = parse_document(client.get(item.get_absolute_url()).text)

    assert document.find("p", "article-detail__source") is None
    canonicals = document.find_all("link", rel="canonical")
    assert [link.attrs["href"] for link in canonicals] == [
        "http://testserver" + item.get_absolute_url()
    ]


@pytest.mark.parametrize(
    ("updated_at", "shown"),
    [
        (datetime.datetime(2026, 9, 10, 9, 0, tzinfo=UTC), None),
        (datetime.datetime(2026, 9, 10, 23, 0, tzinfo=UTC), None),
        (datetime.datetime(2026, 9, 11, 8, 0, tzinfo=UTC), "11 September 2026"),
        (datetime.datetime(2026, 9, 14, 12, 0, tzinfo=UTC), "14 September 2026"),
    ],
)
def test_the_update_date_shows_when_it_is_a_later_day(client, updated_at, shown):
    item = article("Corrected story", publish_at=datetime.datetime(2026, 9, 10, 9, 0, tzinfo=UTC))
    Article.objects.filter(pk=item.pk).update(updated_at=updated_at)

    times = parse(client.get(item.get_absolute_url()).text).find("p", "article-detail__byline")
    texts = [time.text for time in times.find_all("time")]

    assert texts == ["10 September 2026", shown] if shown else texts == ["10 September 2026"]


def test_article_page_shows_only_public_related_items(client):
    item = article("The story")
    live_article = article("Live related story")
    live_event = EventFactory(title="Live related event")
    live_programme = ProgrammeFactory(title="Live related programme")
    item.related_articles.add(live_article)
    item.related_events.add(live_event)
    item.related_programmes.add(live_programme)
    for number, fields in enumerate(UNPUBLISHED):
        item.related_articles.add(article(f"Hidden story {number}", **fields))
        item.related_events.add(EventFactory(title=f"Hidden event {number}", **fields))
        item.related_programmes.add(ProgrammeFactory(title=f"Hidden programme {number}", **fields))

    response = client.get(item.get_absolute_url())
    page = parse(response.text)

    assert card_titles(page.section("related-articles")) == ["Live related story"]
    assert card_titles(page.section("related-events")) == ["Live related event"]
    assert card_titles(page.section("related-programmes")) == ["Live related programme"]
    assert "Hidden" not in response.text


def test_article_without_related_items_has_no_empty_sections(client):
    page = parse(client.get(article("Alone").get_absolute_url()).text)

    assert page.section("related-articles") is None
    assert page.section("related-events") is None
    assert page.section("related-programmes") is None


@pytest.mark.parametrize("fields", UNPUBLISHED)
def test_unpublished_article_has_no_page_and_is_listed_nowhere(client, fields):
    busan, ai, series, author = CityFactory(), TopicFactory(), SeriesFactory(), PersonFactory()
    hidden = article(
        "Hidden story", series=series, cities=[busan], topics=[ai], authors=[author], **fields
    )

    assert client.get(hidden.get_absolute_url()).status_code == 404
    for url in [
        NEWS,
        f"{NEWS}?city={busan.slug}&topic={ai.slug}&series={series.slug}",
        series.get_absolute_url(),
        author.get_absolute_url(),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert "Hidden story" not in response.text


def test_staff_preview_an_unpublished_article(editor_client):
    draft = article("Draft story", status=Status.DRAFT, publish_at=None)
    draft.related_articles.add(article("Draft related", status=Status.DRAFT, publish_at=None))

    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "Preview" in parse_document(response.text).find("p", "preview-banner").text
    assert "Draft related" not in response.text


# Series navigation ------------------------------------------------------------------------


def series_nav(client, item: Article) -> dict[str, str]:
    """The previous and next links' rel and title."""
    nav = parse(client.get(item.get_absolute_url()).text).find("nav", "series-nav")
    if nav is None:
        return {}
    return {
        link.attrs["rel"]: link.find("span", "series-nav__title").text for link in nav.find_all("a")
    }


def test_series_navigation_goes_to_the_public_neighbours(client):
    kopick, other = SeriesFactory(name="Ko-pick"), SeriesFactory(name="Other column")
    first = article("First", series=kopick, publish_at=days_ago(10))
    article("Draft between", series=kopick, status=Status.DRAFT, publish_at=days_ago(8))
    article("In review between", series=kopick, status=Status.IN_REVIEW, publish_at=days_ago(7))
    article("Other series between", series=other, publish_at=days_ago(6))
    article("Not in a series between", publish_at=days_ago(6))
    second = article("Second", series=kopick, publish_at=days_ago(5))
    third = article("Third", series=kopick, publish_at=days_ago(1))
    article("Scheduled fourth", series=kopick, publish_at=NOW + datetime.timedelta(days=2))

    assert series_nav(client, first) == {"next": "Second"}
    assert series_nav(client, second) == {"prev": "First", "next": "Third"}
    assert series_nav(client, third) == {"prev": "Second"}


def test_series_navigation_orders_articles_published_together(client):
    kopick = SeriesFactory(name="Ko-pick")
    same_time = days_ago(2)
    before = article("Before", series=kopick, publish_at=days_ago(3))
    one = article("One", series=kopick, publish_at=same_time)
    two = article("Two", series=kopick, publish_at=same_time)
    after = article("After", series=kopick, publish_at=days_ago(1))

    assert series_nav(client, before) == {"next": "One"}
    assert series_nav(client, one) == {"prev": "Before", "next": "Two"}
    assert series_nav(client, two) == {"prev": "One", "next": "After"}
    assert series_nav(client, after) == {"prev": "Two"}


def test_the_only_public_article_in_a_series_has_no_navigation(client):
    kopick = SeriesFactory(name="Ko-pick")
    alone = article("Alone", series=kopick)
    article("Draft", series=kopick, status=Status.DRAFT, publish_at=None)

    assert series_nav(client, alone) == {}
    assert series_nav(client, article("No series")) == {}


# Series and author pages -----------------------------------------------------------------


def test_series_page_describes_the_series_and_lists_its_public_articles(client):
    kopick = SeriesFactory(name="Ko-pick", description="A column on Korean film.\n\nEvery month.")
    for number in range(13):
        article(f"Ko-pick {number:02}", series=kopick, publish_at=days_ago(number + 1))
    article("Draft Ko-pick", series=kopick, status=Status.DRAFT, publish_at=None)
    article("Not in the series")

    page = page_at(client, kopick.get_absolute_url())
    second = page_at(client, kopick.get_absolute_url(), {"page": "2"})

    assert page.find("h1").text == "Ko-pick"
    assert [p.text for p in page.find("div", "standfirst").find_all("p")] == [
        "A column on Korean film.",
        "Every month.",
    ]
    assert page.section("series-articles").find("p", "meta").text == "13 articles"
    assert card_titles(page) == [f"Ko-pick {number:02}" for number in range(12)]
    assert query_of(page.find("a", rel="next").attrs["href"]) == {"page": ["2"]}
    assert card_titles(second) == ["Ko-pick 12"]


@pytest.mark.parametrize("page_number", ["3", "abc"])
def test_series_page_past_the_end_is_not_found(client, page_number):
    kopick = SeriesFactory()
    article("Only one", series=kopick)

    assert client.get(kopick.get_absolute_url(), {"page": page_number}).status_code == 404


def test_unknown_series_or_author_is_not_found(client):
    assert client.get(reverse("articles:series-detail", kwargs={"slug": "nope"})).status_code == 404
    assert client.get(reverse("filmhub:person-detail", kwargs={"slug": "nope"})).status_code == 404


def test_author_page_shows_who_they_are_and_their_public_articles(client):
    busan = CityFactory(name="Busan")
    commission = OrganisationFactory(
        name="Busan Film Commission", city=busan, website="https://example.org/bfc"
    )
    author = PersonFactory(
        name="Kim Ji-won",
        role="Manager, Film Hub",
        organisation=commission,
        bio="Writes about locations.",
        photo=ImageFactory(alt_text="Kim Ji-won"),
    )
    other = PersonFactory()
    article("Hers", authors=[author], publish_at=days_ago(2))
    article("Hers too", authors=[author, other], publish_at=days_ago(1))
    article("Someone else's", authors=[other])
    article("Her draft", authors=[author], status=Status.DRAFT, publish_at=None)

    page = page_at(client, author.get_absolute_url())
    photo = page.find("img", "profile__image")

    assert page.find("h1").text == "Kim Ji-won"
    assert (
        page.find("p", "profile__role").text == "Manager, Film Hub, Busan Film Commission · Busan"
    )
    assert page.find("p", "profile__role").links() == {
        "Busan Film Commission": "https://example.org/bfc",
        "Busan": busan.get_absolute_url(),
    }
    assert page.find("div", "profile__bio").text == "Writes about locations."
    assert photo.attrs["alt"] == "Kim Ji-won"
    # The square crop, as big as it is shown.
    assert "/square-" in photo.attrs["src"]
    assert photo.attrs["width"] == photo.attrs["height"]
    assert card_titles(page) == ["Hers too", "Hers"]


def test_author_without_photo_or_articles(client):
    author = PersonFactory(name="New writer", role="", bio="")

    page = page_at(client, author.get_absolute_url())

    assert page.find("img") is None
    assert page.find("p", "profile__role") is None
    assert "No published articles yet." in page.text


# Query budgets ---------------------------------------------------------------------------


def make_articles(count: int) -> dict:
    """Articles with everything the pages show: pictures, series, authors, cities, topics."""
    image = ImageFactory()
    busan, bristol = CityFactory(name="Busan"), CityFactory(name="Bristol")
    ai, coproduction = TopicFactory(name=f"AI {count}"), TopicFactory(name=f"Talent {count}")
    series = SeriesFactory(name=f"Ko-pick {count}", image=image)
    authors = [PersonFactory(photo=image) for _ in range(count)]
    events = [EventFactory(hero_image=image, city=busan) for _ in range(count)]
    programmes = [ProgrammeFactory(hero_image=image) for _ in range(count)]
    for programme in programmes:
        programme.cities.add(busan)
    articles = [
        article(
            f"Story {count}-{number}",
            kind="column",
            series=series,
            hero_image=image,
            cities=[busan, bristol],
            topics=[ai, coproduction],
            authors=authors,
            publish_at=days_ago(number + 1),
        )
        for number in range(count)
    ]
    lead = articles[count // 2]
    lead.related_articles.add(*articles[: count // 2])
    lead.related_events.add(*events)
    lead.related_programmes.add(*programmes)
    return {
        "lead": lead,
        "series": series,
        "author": authors[0],
        "filters": f"kind=column&city=busan&topic={ai.slug}&series={series.slug}",
    }


@pytest.mark.parametrize(
    ("page", "queries"),
    [
        # Count and page; the city, topic and series choices of the form.
        ("list", 5),
        # And one to look up each of the city, topic and series given.
        ("filtered list", 8),
        # The article; its authors, cities, topics; related articles, events (and their
        # cities) and programmes; both series neighbours at once.
        ("article", 9),
        # The series or the person, then count and page.
        ("series", 3),
        ("author", 3),
    ],
)
def test_query_count_does_not_grow_with_the_content(
    client, django_assert_num_queries, page, queries
):
    def url(content: dict) -> str:
        return {
            "list": NEWS,
            "filtered list": f"{NEWS}?{content['filters']}",
            "article": content["lead"].get_absolute_url(),
            "series": content["series"].get_absolute_url(),
            "author": content["author"].get_absolute_url(),
        }[page]

    few = make_articles(3)
    with django_assert_num_queries(queries):
        response = client.get(url(few))
    assert response.status_code == 200

    many = make_articles(30)
    with django_assert_num_queries(queries):
        response = client.get(url(many))
    assert response.status_code == 200
    assert len(parse(response.text).find_all("article", "card")) >= 12
