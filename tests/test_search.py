import datetime
import random
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from filmhub.publishing import Status
from filmhub.search import backends, views
from filmhub.search.backends import search
from filmhub.search.models import SearchEntry
from filmhub.search.text import index_terms, parse_query
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    PersonFactory,
    ProgrammeFactory,
)
from tests.html import parse, result_count

pytestmark = pytest.mark.django_db


def titles(query: str, **filters) -> list[str]:
    results = search(query, **filters)
    return [entry.title for entry in results[: results.count()]]


def page(client, **params):
    response = client.get(reverse("filmhub:search"), params)
    assert response.status_code == 200
    return parse(response.content.decode())


def test_hangul_is_indexed_as_bigrams_and_final_syllable():
    assert index_terms("부산국제 Film") == "부산 산국 국제 제 film"
    assert [term.text for term in parse_query('"부산" AND film*')] == ["부산", "and", "film"]


def test_english_word_and_stem_are_found():
    ArticleFactory(title="Busan festival opens", body="<p>Crowds gather.</p>")
    ArticleFactory(title="Unrelated", body="<p>Nothing here.</p>")

    assert titles("festival") == ["Busan festival opens"]
    assert titles("festivals") == ["Busan festival opens"]
    assert titles("CROWD") == ["Busan festival opens"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("부산", ["부산국제영화제"]),
        ("국제영화", ["부산국제영화제"]),
        ("영화", ["부산국제영화제", "한국영화를 본다"]),
        ("영", ["부산국제영화제", "한국영화를 본다", "영"]),
        ("제", ["부산국제영화제"]),
        ("를", ["한국영화를 본다"]),
        ("산국제", ["부산국제영화제"]),
    ],
)
def test_korean_is_found_by_part_of_a_word(query, expected):
    for title in ["부산국제영화제", "한국영화를 본다", "영", "서울"]:
        ArticleFactory(title=title, body="<p>x</p>")

    assert sorted(titles(query)) == sorted(expected)


def test_a_phrase_does_not_run_across_two_hangul_words():
    ArticleFactory(title="부산 국제", body="")

    assert titles("부산국제") == []


VOCABULARY_EN = ["cinema", "harbour", "market", "director", "camera", "screen", "ticket"]
VOCABULARY_KO = ["부산국제영화제", "한국영화", "영화관", "서울", "감독", "국제시장", "제작"]


@pytest.mark.parametrize("ranked_limit", [1000, 1], ids=["ranked", "newest-first"])
def test_results_equal_a_substring_scan_of_published_items(monkeypatch, ranked_limit):
    """The oracle: every query finds exactly the published items whose title or body
    contains it, case-insensitively.

    The queries are the substring cases where word semantics and substring semantics
    agree: every Hangul substring (1 to 3 syllables) of the Korean vocabulary, and whole
    English words from a vocabulary where no word is part of another and each appears
    only in its base form, in any letter case.
    """
    monkeypatch.setattr(backends, "RANKED_LIMIT", ranked_limit)
    rng = random.Random(4)
    items = []
    for number in range(40):
        words = rng.choices(VOCABULARY_EN + VOCABULARY_KO, k=rng.randint(2, 6))
        words = [word.upper() if rng.random() < 0.2 else word for word in words]
        split = rng.randint(0, len(words))
        status = rng.choice([Status.PUBLISHED, Status.PUBLISHED, Status.DRAFT])
        title = " ".join(["Item", str(number), *words[:split]])
        body = " ".join(words[split:])
        items.append(ArticleFactory(title=title, summary="", body=f"<p>{body}</p>", status=status))
    published = [item for item in items if item.status == Status.PUBLISHED]
    queries = set(VOCABULARY_EN) | {"CINEMA", "Market"}
    for word in VOCABULARY_KO:
        for size in (1, 2, 3):
            queries |= {word[i : i + size] for i in range(len(word) - size + 1)}

    for query in sorted(queries):
        expected = {
            item.title
            for item in published
            if query.casefold() in f"{item.title} {item.body}".casefold()
        }
        found = [entry.title for entry in search(query)[0:]]
        assert len(found) == len(set(found)) and set(found) == expected, query


def test_a_title_match_ranks_above_a_body_match():
    ArticleFactory(title="Notes from the week", body="<p>The harbour was busy.</p>")
    ArticleFactory(title="Harbour lights", body="<p>An evening by the sea.</p>")
    ArticleFactory(title="영화 소식", body="<p>부산 항구</p>")
    ArticleFactory(title="항구 이야기", body="<p>바다</p>")

    assert titles("harbour") == ["Harbour lights", "Notes from the week"]
    assert titles("항구") == ["항구 이야기", "영화 소식"]


def test_the_index_follows_publish_unpublish_edit_and_delete():
    article = ArticleFactory(title="Quiet premiere", status=Status.DRAFT)
    assert titles("premiere") == []

    article.publish()
    article.save()
    assert titles("premiere") == ["Quiet premiere"]

    article.title = "Loud launch"
    article.save()
    assert titles("premiere") == []
    assert titles("launch") == ["Loud launch"]

    article.unpublish()
    article.save()
    assert titles("launch") == []

    article.publish()
    article.save()
    article.delete()
    assert titles("launch") == []
    assert not SearchEntry.objects.exists()


def test_a_scheduled_item_appears_only_when_its_time_comes(time_machine):
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    ArticleFactory(title="Tomorrow's news", publish_at=now + datetime.timedelta(days=1))

    assert titles("tomorrow") == []
    time_machine.move_to(now + datetime.timedelta(days=1, seconds=1), tick=False)
    assert titles("tomorrow") == ["Tomorrow's news"]


def test_every_content_type_is_searchable():
    busan = CityFactory(name="Busan", profile="<p>A harbour city of film.</p>")
    ArticleFactory(title="Film harbour article")
    ProgrammeFactory(title="Harbour incubator")
    EventFactory(title="Harbour screening", city=busan)
    PersonFactory(name="Kim Harbour", bio="Producer.")

    assert sorted(titles("harbour")) == [
        "Busan",
        "Film harbour article",
        "Harbour incubator",
        "Harbour screening",
        "Kim Harbour",
    ]


def test_type_and_city_filters(client):
    busan, seoul = CityFactory(name="Busan"), CityFactory(name="Seoul")
    in_busan = ArticleFactory(title="Archive in Busan")
    in_busan.cities.add(busan)
    ArticleFactory(title="Archive in Seoul").cities.add(seoul)
    EventFactory(title="Archive night", city=busan)

    assert sorted(titles("archive", city=busan.pk)) == ["Archive in Busan", "Archive night"]
    assert titles("archive", kinds=["event"]) == ["Archive night"]
    html = page(client, q="archive", type="article", city="busan")
    assert [h.text for h in html.find_all("h3", class_="search-result__title")] == [
        "Archive in Busan"
    ]
    assert result_count(html) == "1 result"
    # An unknown filter value is reported and ignored.
    html = page(client, q="archive", type="nonsense", city="atlantis")
    assert result_count(html) == "3 results"


def test_results_show_type_date_and_escaped_highlights(client):
    ArticleFactory(
        title="<script>alert(1)</script> festival", summary="", body="<p>A festival & more</p>"
    )

    html = page(client, q="festival")

    result = html.find("li", class_="search-result")
    assert result.find("span", class_="badge").text == "Article"
    assert result.find("time") is not None
    title = result.find("h3", class_="search-result__title")
    assert title.text == "<script>alert(1)</script> festival"
    assert title.find("script") is None
    assert [mark.text for mark in title.find_all("mark")] == ["festival"]
    excerpt = result.find("p", class_="search-result__excerpt")
    assert excerpt.text == "A festival & more"


@pytest.mark.parametrize(
    "query",
    [
        "",
        '"',
        "'",
        '"unbalanced',
        "*",
        "film*",
        "AND OR NOT",
        "NEAR(film cinema",
        "-film",
        "title:film",
        "!@#$%^&*()[]{}",
        "부산 AND",
        "x" * 5000,
        "영화 " * 2500,
    ],
)
def test_odd_queries_get_a_normal_page(client, query):
    ArticleFactory(title="film and cinema 부산")

    page(client, q=query)


COMMON_WORDS_NOTICE = (
    "These words are too common to search for. Add a more particular word, such as a name or"
    " a place."
)


def test_a_query_of_common_words_alone_says_so_where_the_engine_ignores_them(client):
    ArticleFactory(title="The best of the festival")
    ArticleFactory(title="Nothing here", body="<p>Quiet.</p>")

    found = page(client, q="the of")
    missed = page(client, q="best xylophone")

    if connection.vendor == "postgresql":
        # The 'english' configuration indexes no stop word.
        assert found.find_all("li", class_="search-result") == []
        assert COMMON_WORDS_NOTICE in found.text
    else:
        # FTS5 indexes every word.
        assert titles("the of") == ["The best of the festival"]
        assert COMMON_WORDS_NOTICE not in found.text
    # A word the engine knows but no item has is "nothing matches", not "too common".
    assert COMMON_WORDS_NOTICE not in missed.text
    assert "Nothing matches these words." in missed.text


def test_the_empty_query_shows_no_results_section(client):
    html = page(client, q="  ")

    assert html.find("section", aria_labelledby="search-results") is None
    assert html.find("form", role="search") is not None


def test_pagination_keeps_the_query_and_filters(client):
    for number in range(25):
        ArticleFactory(title=f"Reel {number}")

    html = page(client, q="reel", type="article")

    assert len(html.find_all("li", class_="search-result")) == 20
    next_link = html.find("a", rel="next").attrs["href"]
    assert "q=reel" in next_link
    assert "type=article" in next_link
    assert "page=2" in next_link
    html = page(client, q="reel", type="article", page=2)
    assert len(html.find_all("li", class_="search-result")) == 5


def test_the_rebuild_command_reproduces_the_index():
    busan = CityFactory(name="Busan")
    ArticleFactory(title="부산 영화").cities.add(busan)
    EventFactory(title="Harbour screening", city=busan)
    ArticleFactory(title="Draft", status=Status.DRAFT)
    fields = ["kind", "title", "body", "title_terms", "body_terms", "url", "facets", "date"]
    before = sorted(SearchEntry.objects.values_list(*fields))
    found_before = titles("영화"), titles("harbour")
    SearchEntry.objects.all().delete()
    assert titles("영화") == []

    call_command("rebuild_search_index", stdout=StringIO())

    assert sorted(SearchEntry.objects.values_list(*fields)) == before
    assert (titles("영화"), titles("harbour")) == found_before


@pytest.mark.parametrize("count", [3, 30])
def test_search_page_query_count_does_not_grow(client, django_assert_num_queries, count):
    busan = CityFactory(name="Busan")
    for number in range(count):
        EventFactory(title=f"Festival {number}", city=busan)

    # The city filter's lookup, the city choices, the count and the page of results.
    with django_assert_num_queries(4):
        page(client, q="festival", city="busan")


def test_a_large_result_set_comes_newest_first_and_every_match_is_reachable(
    client, monkeypatch, time_machine
):
    """Beyond RANKED_LIMIT matches nothing is scored or counted in full, yet following
    the pages finds every public match, each once."""
    monkeypatch.setattr(backends, "RANKED_LIMIT", 4)
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)
    monkeypatch.setattr(views, "PAGES_AHEAD", 1)
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    for number in range(13):
        ArticleFactory(title=f"Reel {number}", body="<p>x</p>")
    ArticleFactory(title="Reel draft", status=Status.DRAFT)
    ArticleFactory(title="Reel tomorrow", publish_at=now + datetime.timedelta(days=1))
    ArticleFactory(title="Unrelated", body="<p>x</p>")

    results = search("reel")
    assert results.count() == 5
    assert not results.count_is_exact
    assert not results.ranked
    newest = [entry.title for entry in results[0:13]]
    assert newest == [f"Reel {number}" for number in reversed(range(13))]

    found, number, counts = [], 1, []
    while True:
        html = page(client, q="reel", page=number)
        found += [
            item.find("h3").text.strip() for item in html.find_all("li", class_="search-result")
        ]
        counts.append(result_count(html).strip())
        next_link = html.find("a", rel="next")
        if next_link is None:
            break
        number += 1
    assert sorted(found) == sorted(f"Reel {number}" for number in range(13))
    assert len(found) == 13
    assert counts[0] == "More than 4 results"
    assert counts[-1] == "13 results"


def test_a_small_result_set_is_counted_exactly_and_ranked(monkeypatch):
    monkeypatch.setattr(backends, "RANKED_LIMIT", 2)
    ArticleFactory(title="Notes from the week", body="<p>The harbour was busy.</p>")
    ArticleFactory(title="Harbour lights", body="<p>An evening by the sea.</p>")

    results = search("harbour")
    assert results.count() == 2
    assert results.count_is_exact and results.ranked
    assert [entry.title for entry in results[0:2]] == ["Harbour lights", "Notes from the week"]
