import datetime
import io
import re
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from articles.models import Article, Series
from filmhub.demo import content
from filmhub.demo.loader import AdministratorNameTaken, DemoLoader, create_administrator
from filmhub.languages import missing_translation, translated_fields
from filmhub.models import City, Image, Organisation, Person, Topic
from filmhub.publishing import Status
from filmhub.richtext import sanitise_html
from programmes.models import Event, Phase, Programme, Venue
from tests.factories import CityFactory, UserFactory
from tests.planner import counted_rows

SEOUL = ZoneInfo("Asia/Seoul")
HANGUL = re.compile("[\uac00-\ud7a3]")


def run_command(name: str, **options) -> str:
    stdout = io.StringIO()
    call_command(name, stdout=stdout, stderr=io.StringIO(), **options)
    return stdout.getvalue()


def database_state() -> dict[str, object]:
    """Row counts of every table, and every updated_at, to compare two moments."""
    state: dict[str, object] = {}
    for model in apps.get_models(include_auto_created=True):
        manager = model._default_manager
        state[model._meta.label] = manager.count()
        if any(field.name == "updated_at" for field in model._meta.concrete_fields):
            state[f"{model._meta.label}.updated_at"] = dict(manager.values_list("pk", "updated_at"))
    return state


def korean_items() -> list:
    """The demo items with a Korean version: those tied to a Korean city, the Korean
    staff writer and the Ko-pick columns."""
    # Explicit _en lookups: the page's language, not the test's, would pick the column.
    korean = City.objects.filter(country_en="Republic of Korea")
    return [
        *korean,
        *Organisation.objects.filter(city__in=korean),
        *Person.objects.filter(slug="hana-seo"),
        *Venue.objects.filter(city__in=korean),
        *Programme.objects.filter(cities__in=korean).distinct(),
        *Event.objects.filter(city__in=korean),
        *Article.objects.filter(cities__in=korean).distinct(),
        *Article.objects.filter(series__slug="ko-pick"),
    ]


def english_only_items() -> list:
    """The demo items about Bristol or Cannes and no Korean city."""
    korean = City.objects.filter(country_en="Republic of Korea")
    elsewhere = City.objects.exclude(country_en="Republic of Korea")
    return [
        *elsewhere,
        *Organisation.objects.filter(city__in=elsewhere),
        *Person.objects.filter(organisation__city__in=elsewhere),
        *Programme.objects.filter(cities__in=elsewhere).exclude(cities__in=korean).distinct(),
        *Event.objects.filter(city__in=elsewhere),
        *Article.objects.filter(cities__in=elsewhere).exclude(cities__in=korean).distinct(),
    ]


def without_korean(obj) -> list[str]:
    """obj's texts that have English but no Korean (with Hangul) beside it."""
    return [
        field
        for field in translated_fields(obj)
        if getattr(obj, f"{field}_en") and not HANGUL.search(getattr(obj, f"{field}_ko") or "")
    ]


def markup(html: str) -> list[str]:
    return re.findall(r"</?[a-z0-9]+", html)


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """load_demo run twice on an empty database; rolled back once the class is done."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")),
    ):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            first_output = run_command("load_demo")
            after_first = database_state()
            second_output = run_command("load_demo")
            yield SimpleNamespace(
                first_output=first_output,
                second_output=second_output,
                after_first=after_first,
                after_second=database_state(),
            )
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.mark.django_db
class TestLoadDemo:
    def test_second_run_creates_nothing_and_changes_nothing(self, demo):
        assert demo.after_first["articles.Article"] > 0
        assert demo.after_first["filmhub.Image"] > 0
        assert demo.after_second == demo.after_first
        assert "nothing to create" in demo.second_output

    def test_first_run_prints_a_working_administrator_password_once(self, demo):
        match = re.search(r"username: (\S+)\s+password: (\S+)", demo.first_output)
        assert match
        username, password = match.groups()
        user = get_user_model().objects.get(username=username)
        assert user.is_superuser
        assert user.is_staff
        assert len(password) >= 16
        # django-axes, which counts failed sign-ins per address, needs the request.
        sign_in = RequestFactory().post("/admin/login/")
        assert authenticate(sign_in, username=username, password=password) == user
        assert "password" not in demo.second_output
        assert password not in demo.second_output

    def test_site_has_upcoming_and_past_published_events(self, demo):
        assert Event.objects.published().upcoming().exists()
        assert Event.objects.published().past().exists()

    def test_site_has_open_and_closed_programmes(self, demo):
        published = Programme.objects.published()
        assert published.open_for_applications().exists()
        closed = [programme for programme in published if programme.phase == Phase.CLOSED]
        assert closed
        assert not set(closed) & set(published.open_for_applications())

    def test_every_image_is_a_placeholder_with_alt_text(self, demo):
        images = Image.objects.all()
        assert images
        for image in images:
            assert image.alt_text.strip()
            assert image.credit == content.IMAGE_CREDIT
            assert (image.width, image.height) == (1600, 900)

    def test_content_has_hero_images(self, demo):
        assert not Article.objects.filter(hero_image__isnull=True).exists()
        assert not Event.objects.filter(hero_image__isnull=True).exists()
        assert not City.objects.filter(hero_image__isnull=True).exists()

    def test_stored_rich_text_has_no_script(self, demo):
        bodies = [
            *Article.objects.values_list("body", flat=True),
            *Event.objects.values_list("body", flat=True),
            *Programme.objects.values_list("body", flat=True),
            *City.objects.values_list("profile", flat=True),
        ]
        assert all(bodies)
        assert not [body for body in bodies if "<script" in body.lower()]

    def test_canneseries_x_busan_is_part_of_the_content_market(self, demo):
        showcase = Event.objects.get(slug="canneseries-x-busan-2025")
        assert showcase.parent.slug == "busan-content-market-2025"
        assert showcase.parent.kind == "market"

    def test_korean_city_events_are_in_seoul_time(self, demo):
        korean = Event.objects.filter(city__country="Republic of Korea").select_related("city")
        assert korean.count() >= 5
        for event in korean:
            assert event.city.time_zone == "Asia/Seoul"
            if event.all_day:
                assert event.local_starts_at.time() == datetime.time(0, 0)
        festival = Event.objects.get(slug="busan-international-film-festival-2025")
        assert festival.local_starts_at.date() == datetime.date(2025, 9, 17)
        assert festival.starts_at.astimezone(SEOUL).utcoffset() == datetime.timedelta(hours=9)

    def test_recurring_events_have_an_upcoming_next_edition(self, demo):
        for base in ("busan-international-film-festival", "busan-content-market"):
            editions = Event.objects.published().filter(slug__startswith=f"{base}-")
            assert editions.past().filter(slug=f"{base}-2025").exists()
            assert editions.upcoming().exclude(slug=f"{base}-2025").exists()

    def test_one_draft_and_one_scheduled_article_show_the_workflow(self, demo):
        assert Article.objects.filter(status=Status.DRAFT).count() == 1
        assert Article.objects.scheduled().count() == 1
        assert Article.objects.published().count() == Article.objects.count() - 2
        assert Event.objects.published().count() == Event.objects.count()
        assert Programme.objects.published().count() == Programme.objects.count()

    def test_guest_post_is_by_the_bristol_manager(self, demo):
        post = Article.objects.get(kind="guest_post")
        assert [author.name for author in post.authors.all()] == ["Natalie Moore"]
        assert post.related_events.filter(slug="cities-of-film-annual-meeting-2025").exists()

    def test_ko_pick_series_has_at_least_three_published_columns(self, demo):
        columns = Article.objects.published().filter(series__slug="ko-pick", kind="column")
        assert columns.count() >= 3

    def test_items_of_korean_cities_have_korean_versions_of_every_text(self, demo):
        items = korean_items()
        kinds = {type(item) for item in items}
        assert {City, Organisation, Person, Venue, Programme, Event, Article} <= kinds
        assert {item.slug for item in items} >= {
            "busan",
            "seoul",
            "gwangju",
            "busan-film-commission",
            "biff",
            "busan-international-film-festival-2025",
            "busan-content-market-2025",
            "canneseries-x-busan-2025",
            "film-house-film-project-2026",
            "busan-from-bristol-cities-of-film-meeting",
            "gwangju-g-map-invites-international-artists",
        }
        assert [(item.slug, without_korean(item)) for item in items if without_korean(item)] == []
        assert not [item for item in items if missing_translation(item, "ko")]

    def test_every_topic_and_series_has_a_korean_name(self, demo):
        labels = [*Topic.objects.all(), *Series.objects.all()]
        assert len(labels) == len(content.TOPICS) + len(content.SERIES)
        assert [
            (label.slug, without_korean(label)) for label in labels if without_korean(label)
        ] == []

    def test_bristol_and_cannes_items_stay_english_with_the_notice(self, demo):
        items = english_only_items()
        slugs = {item.slug for item in items}
        assert {"bristol", "cannes", "natalie-moore", "canneseries"} <= slugs
        assert any(slug.startswith("all-set-west-") for slug in slugs)
        for item in items:
            korean = [getattr(item, f"{field}_ko") for field in translated_fields(item)]
            assert not any(korean), item.slug
            assert missing_translation(item, "ko"), item.slug

    def test_korean_bodies_keep_the_english_markup(self, demo):
        for item in korean_items():
            for field in ("body", "profile"):
                if field in translated_fields(item):
                    english = getattr(item, f"{field}_en")
                    assert markup(getattr(item, f"{field}_ko")) == markup(english), item.slug

    def test_korean_event_page_shows_the_korean_title(self, demo, client):
        # The page activates Korean in this thread; give the next tests English back.
        with translation.override("en"):
            response = client.get("/ko/events/busan-international-film-festival-2025/")

        assert response.status_code == 200
        assert "2025 부산국제영화제" in response.text
        assert "Busan International Film Festival 2025" not in response.text


def demo_rich_text() -> list[str]:
    """Every rich text of the demo, in English and, where there is one, in Korean."""
    now = timezone.now()
    specs = [
        *content.CITIES,
        *content.programmes(now),
        *content.events(now),
        *content.articles(now),
    ]
    texts = [spec.get("body") or spec.get("profile") for spec in specs]
    texts += [spec[key] for spec in specs for key in ("body_ko", "profile_ko") if key in spec]
    return texts


def test_demo_rich_text_is_unchanged_by_sanitising():
    texts = demo_rich_text()
    assert len(texts) > 20
    for html in texts:
        assert html
        assert sanitise_html(html) == html


def test_next_year_of_skips_editions_that_have_started():
    late_2026 = datetime.datetime(2026, 11, 23, tzinfo=datetime.UTC)
    spring_2026 = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)

    assert content.next_year_of(late_2026, SEOUL, 9, 17, after=2025) == 2027
    assert content.next_year_of(spring_2026, SEOUL, 9, 17, after=2025) == 2026
    assert content.next_year_of(spring_2026, SEOUL, 1, 10, after=2025) == 2027


def test_edition_periods_come_from_the_date():
    assert content.quarter(datetime.date(2026, 11, 23)) == (
        datetime.date(2026, 10, 1),
        datetime.date(2027, 1, 1),
    )
    assert content.half_year(datetime.date(2026, 6, 30)) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 7, 1),
    )
    assert content.season_name(datetime.date(2026, 1, 1)) == "winter 2026"
    assert content.season_name(datetime.date(2026, 10, 1)) == "autumn 2026"
    # At least two days ahead, across the end of a month and of a year.
    assert content.next_monthly(datetime.date(2026, 12, 8), 10) == datetime.date(2026, 12, 10)
    assert content.next_monthly(datetime.date(2026, 12, 9), 10) == datetime.date(2027, 1, 10)
    assert content.next_yearly(datetime.date(2027, 1, 31), 2, 2) == datetime.date(2027, 2, 2)
    assert content.next_yearly(datetime.date(2027, 2, 1), 2, 2) == datetime.date(2028, 2, 2)


def programme_fields(spec: dict) -> dict:
    names = {field.name for field in Programme._meta.concrete_fields}
    return {key: value for key, value in spec.items() if key in names}


@pytest.mark.parametrize("site_zone", ["UTC", "Pacific/Kiritimati", "Etc/GMT+12"])
def test_demo_content_is_alive_whenever_it_is_loaded(settings, time_machine, site_zone):
    """On every day for two years, the items a load asks for cover every need of the site.

    One slug always comes with the same dates, so an edition created earlier in its
    period is the one checked here: what a load finds is as good as what it creates.
    """
    settings.TIME_ZONE = site_zone
    zone = ZoneInfo(site_zone)
    first_day = timezone.localdate()
    editions: dict[str, dict] = {}
    for offset in range(2 * 366):
        day = first_day + datetime.timedelta(days=offset)
        for moment in (datetime.time(0, 0), datetime.time(23, 59, 59)):
            now = datetime.datetime.combine(day, moment, tzinfo=zone)
            time_machine.move_to(now, tick=False)
            programme_specs = content.programmes(now)
            event_specs = content.events(now)
            for spec in [*programme_specs, *event_specs]:
                assert spec["publish_at"] <= now, spec["slug"]
                dates = {key: value for key, value in spec.items() if key != "publish_at"}
                assert editions.setdefault(spec["slug"], dates) == dates, (spec["slug"], now)

            programmes = {
                spec["slug"]: Programme(**programme_fields(spec)) for spec in programme_specs
            }
            phases = [programme.phase for programme in programmes.values()]
            assert phases.count(Phase.OPEN) + phases.count(Phase.CLOSING_SOON) >= 2, now
            assert Phase.OPEN in phases, now
            assert Phase.UPCOMING in phases, now
            assert Phase.CLOSED in phases, now
            assert [spec for spec in event_specs if spec["ends_at"] >= now], now
            assert [spec for spec in event_specs if spec["ends_at"] < now], now

            session = content.all_set_west_information_session(now)
            intake = programmes[session["programme"]]
            assert now < session["starts_at"]
            assert intake.applications_open_at < session["starts_at"]
            assert session["ends_at"] < intake.applications_close_at


def published_site_summary() -> dict[str, int]:
    """What visitors see at the (simulated) time now."""
    programmes = Programme.objects.published()
    phases = [programme.phase for programme in programmes]
    return {
        "open calls": programmes.open_for_applications().count(),
        "open, not closing soon": phases.count(Phase.OPEN),
        "closed": phases.count(Phase.CLOSED),
        "upcoming events": Event.objects.published().upcoming().count(),
        "past events": Event.objects.published().past().count(),
    }


@pytest.mark.django_db
def test_loading_again_months_later_adds_new_editions_and_keeps_the_old(time_machine):
    start = timezone.now()
    earlier_state: dict[str, object] = {}
    first_editions: list[str] = []
    for days in (0, 150, 400):
        moment = start + datetime.timedelta(days=days)
        time_machine.move_to(moment, tick=False)

        created = DemoLoader().load()

        assert created["programmes"] and created["events"], days
        summary = published_site_summary()
        assert summary["open calls"] >= 2, (days, summary)
        assert summary["open, not closing soon"] >= 1, (days, summary)
        assert summary["closed"] >= 1, (days, summary)
        assert summary["upcoming events"] >= 1, (days, summary)
        assert summary["past events"] >= 1, (days, summary)

        # Rows from earlier loads are untouched.
        state = database_state()
        for key, value in earlier_state.items():
            if key.endswith(".updated_at"):
                assert value.items() <= state[key].items(), key
            else:
                assert value <= state[key], key
        earlier_state = state

        # Loading again the same day, however late, changes nothing.
        end_of_day = datetime.datetime.combine(
            timezone.localdate(moment),
            datetime.time(23, 59, 59),
            tzinfo=timezone.get_current_timezone(),
        )
        time_machine.move_to(end_of_day, tick=False)
        assert not DemoLoader().load()
        assert database_state() == state

        if days == 0:
            first_editions = [
                content.g_map_open_call(moment)["slug"],
                content.all_set_west(moment)["slug"],
                content.ai_open_studio(moment)["slug"],
                content.all_set_west_information_session(moment)["slug"],
            ]
        else:
            # The first load's call has closed and its sessions are over.
            time_machine.move_to(moment, tick=False)
            g_map, _, *sessions = first_editions
            assert Programme.objects.get(slug=g_map).phase == Phase.CLOSED
            assert Event.objects.published().past().filter(slug__in=sessions).count() == 2
            assert content.g_map_open_call(moment)["slug"] != g_map


@pytest.mark.django_db
def test_loading_with_korean_active_still_fills_the_english_columns():
    with translation.override("ko"):
        DemoLoader().load()

    busan = City.objects.get(slug="busan")
    assert (busan.name_en, busan.name_ko) == ("Busan", "부산")
    bristol = City.objects.get(slug="bristol")
    assert bristol.name_en == "Bristol"
    assert not bristol.name_ko


@pytest.mark.django_db
def test_no_administrator_is_made_when_a_superuser_exists():
    UserFactory(username="owner", is_superuser=True)

    assert create_administrator() is None
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["owner"]


@pytest.mark.django_db
def test_administrator_name_taken_by_an_ordinary_user_is_left_alone():
    UserFactory(username="admin", is_superuser=False)

    with pytest.raises(AdministratorNameTaken):
        create_administrator()
    assert not get_user_model().objects.filter(is_superuser=True).exists()


@pytest.mark.django_db
def test_administrator_passwords_differ_between_fresh_databases():
    first = create_administrator()
    get_user_model().objects.all().delete()
    second = create_administrator()

    assert first and second
    assert first[1] and second[1]
    assert first[1] != second[1]


@pytest.mark.django_db
def test_generate_content_creates_exactly_the_requested_published_items():
    CityFactory()

    run_command("generate_content", articles=30, events=20, programmes=10, seed=7)

    assert Article.objects.published().count() == Article.objects.count() == 30
    assert Event.objects.published().count() == Event.objects.count() == 20
    assert Programme.objects.published().count() == Programme.objects.count() == 10
    assert not Article.objects.filter(first_published_at__isnull=True).exists()
    assert all(
        title.startswith("Synthetic") for title in Article.objects.values_list("title", flat=True)
    )
    assert Event.objects.published().upcoming().exists()
    assert Event.objects.published().past().exists()


@pytest.mark.django_db
def test_generated_content_shows_at_once_on_pages_already_served(client):
    """Bulk rows send no save signals; the command moves the content generation on itself,
    so kept figures (here, where upcoming events start) are not stale."""
    CityFactory()
    assert "No upcoming events." in client.get(reverse("filmhub:home")).text

    run_command("generate_content", events=40, seed=7)

    assert "No upcoming events." not in client.get(reverse("filmhub:home")).text


@pytest.mark.django_db
def test_generate_content_leaves_the_planner_statistics_of_what_it_wrote():
    run_command("generate_content", articles=130, events=20, seed=7)

    assert counted_rows("articles_article") >= 130
    assert counted_rows("programmes_event") >= 20


@pytest.mark.django_db
def test_generate_content_twice_with_one_seed_gives_new_slugs_and_the_same_content():
    CityFactory()

    run_command("generate_content", articles=25, events=15, programmes=5, seed=11)
    run_command("generate_content", articles=25, events=15, programmes=5, seed=11)

    assert (Article.objects.count(), Event.objects.count(), Programme.objects.count()) == (
        50,
        30,
        10,
    )
    titles = [
        title
        for _, title in sorted(
            (int(slug.rsplit("-", 1)[1]), title)
            for slug, title in Article.objects.values_list("slug", "title")
        )
    ]
    assert titles[:25] == titles[25:]


@pytest.mark.django_db
def test_generate_content_makes_cities_when_there_are_none():
    run_command("generate_content", events=5, seed=1)

    assert City.objects.count() == 2
    assert Event.objects.filter(city__in=City.objects.all()).count() == 5


@pytest.mark.django_db
def test_generate_content_cities_adds_synthetic_cities_up_to_the_number_and_uses_them_all():
    CityFactory(slug="kept")

    output = run_command("generate_content", cities=12, articles=300, events=300, seed=3)

    synthetic = City.objects.exclude(slug="kept")
    assert City.objects.count() == 12
    assert sorted(synthetic.values_list("slug", flat=True)) == sorted(
        f"synthetic-city-{number}" for number in range(1, 12)
    )
    assert set(synthetic.values_list("country", flat=True)) == {"Synthetica"}
    assert City.objects.get(slug="synthetic-city-3").name == "Synthetic City 3"
    zones = list(synthetic.values_list("time_zone", flat=True))
    assert len(set(zones)) == len(zones)
    for zone in zones:
        ZoneInfo(zone)
    assert set(Event.objects.values_list("city__slug", flat=True)) == set(
        City.objects.values_list("slug", flat=True)
    )
    assert set(Article.objects.values_list("cities__slug", flat=True)) == set(
        City.objects.values_list("slug", flat=True)
    )
    assert "11 cities" in output

    run_command("generate_content", cities=5, seed=3)
    run_command("generate_content", cities=13, seed=3)

    assert City.objects.count() == 13
    assert City.objects.filter(slug="synthetic-city-12").exists()


@pytest.mark.django_db
def test_bulk_create_still_sanitises_rich_text():
    """generate_content relies on bulk_create calling each field's pre_save()."""
    Article.objects.bulk_create(
        [Article(slug="hostile", title="Hostile", body="<p>Kept</p><script>alert(1)</script>")]
    )

    assert Article.objects.get(slug="hostile").body == "<p>Kept</p>"
