"""Rules that matter are database constraints, and the same rules are form errors."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article
from filmhub.publishing import Status
from programmes.models import Event, Programme
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    ProgrammeFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


def refused_by_database(queryset, **changes) -> bool:
    try:
        with transaction.atomic():
            queryset.update(**changes)
    except IntegrityError:
        return True
    return False


def test_event_cannot_end_before_it_starts():
    event = EventFactory()

    assert refused_by_database(
        Event.objects.filter(pk=event.pk), ends_at=event.starts_at - datetime.timedelta(minutes=1)
    )


def test_applications_cannot_close_before_they_open():
    programme = ProgrammeFactory()

    assert refused_by_database(
        Programme.objects.filter(pk=programme.pk),
        applications_close_at=programme.applications_open_at - datetime.timedelta(days=1),
    )


def test_programme_cannot_end_before_it_starts():
    programme = ProgrammeFactory(runs_from=datetime.date(2026, 5, 1))

    assert refused_by_database(
        Programme.objects.filter(pk=programme.pk), runs_to=datetime.date(2026, 4, 1)
    )


@pytest.mark.parametrize("factory", [ArticleFactory, ProgrammeFactory, EventFactory])
def test_published_item_needs_a_publication_time(factory):
    item = factory()

    assert refused_by_database(type(item).objects.filter(pk=item.pk), publish_at=None)


@pytest.mark.parametrize(
    ("field", "value"),
    [("status", "live"), ("kind", "gossip")],
)
def test_unknown_choices_are_refused_by_the_database(field, value):
    article = ArticleFactory()

    assert refused_by_database(Article.objects.filter(pk=article.pk), **{field: value})


def test_slugs_are_unique_per_model():
    first = ArticleFactory()

    assert refused_by_database(Article.objects.filter(pk=ArticleFactory().pk), slug=first.slug)


def test_venue_needs_both_coordinates_or_neither():
    venue = VenueFactory()

    assert refused_by_database(type(venue).objects.filter(pk=venue.pk), latitude=35.17)


def test_image_needs_alt_text_unless_decorative():
    image = ImageFactory()

    assert refused_by_database(type(image).objects.filter(pk=image.pk), alt_text="")
    assert not refused_by_database(
        type(image).objects.filter(pk=image.pk), alt_text="", is_decorative=True
    )


def test_event_venue_must_be_in_the_event_city():
    busan, seoul = CityFactory(name="Busan"), CityFactory(name="Seoul")
    event = EventFactory.build(city=busan, venue=VenueFactory(city=seoul), slug="x")

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "venue" in error.value.message_dict


def test_event_cannot_be_part_of_itself_through_a_chain():
    festival = EventFactory()
    market = EventFactory(parent=festival)
    festival.parent = market

    with pytest.raises(ValidationError) as error:
        festival.full_clean()

    assert "parent" in error.value.message_dict


def test_event_local_time_uses_the_city_zone():
    bristol = CityFactory(name="Bristol", time_zone="Europe/London")
    event = EventFactory(
        city=bristol, starts_at=datetime.datetime(2026, 7, 1, 18, 0, tzinfo=datetime.UTC)
    )

    assert event.local_starts_at.strftime("%H:%M %Z") == "19:00 BST"


@pytest.mark.parametrize(
    ("opens", "closes", "runs", "phase"),
    [
        (5, 30, None, "upcoming"),
        (-5, 30, None, "open"),
        (-5, 3, None, "closing_soon"),
        (-30, -5, (-2, 20), "running"),
        (-30, -5, (-20, -2), "closed"),
    ],
)
def test_programme_phase_follows_its_dates(opens, closes, runs, phase):
    now, today = timezone.now(), timezone.localdate()
    programme = ProgrammeFactory(
        applications_open_at=now + datetime.timedelta(days=opens),
        applications_close_at=now + datetime.timedelta(days=closes),
        runs_from=today + datetime.timedelta(days=runs[0]) if runs else None,
        runs_to=today + datetime.timedelta(days=runs[1]) if runs else None,
    )

    assert programme.phase == phase
    assert (programme in Programme.objects.open_for_applications()) == (
        phase in {"open", "closing_soon"}
    )


def test_draft_status_values_are_the_three_workflow_steps():
    assert Status.values == ["draft", "review", "published"]


def test_blank_alt_text_is_refused_by_the_database_too():
    image = ImageFactory()

    assert refused_by_database(type(image).objects.filter(pk=image.pk), alt_text="   ")


def test_all_day_event_covers_whole_local_days():
    busan = CityFactory(name="Busan", time_zone="Asia/Seoul")
    event = EventFactory(
        city=busan,
        all_day=True,
        starts_at=datetime.datetime(2026, 9, 17, 10, 0, tzinfo=busan.zone),
        ends_at=datetime.datetime(2026, 9, 26, 15, 0, tzinfo=busan.zone),
    )

    event.refresh_from_db()
    assert event.local_starts_at.isoformat() == "2026-09-17T00:00:00+09:00"
    assert event.local_ends_at.isoformat() == "2026-09-26T23:59:59+09:00"
