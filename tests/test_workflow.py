"""The publishing workflow and the role matrix, through the admin as staff use it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from filmhub.publishing import Status
from programmes.models import Event, Programme
from tests.admin_forms import post_admin_form, rendered_form_data
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ProgrammeFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

ARTICLE_ADD = reverse("admin:articles_article_add")
ARTICLE_CHANGELIST = reverse("admin:articles_article_changelist")


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def run_action(client, obj_or_objs, action: str):
    objs = obj_or_objs if isinstance(obj_or_objs, list) else [obj_or_objs]
    opts = objs[0]._meta
    return client.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        {"action": action, "_selected_action": [obj.pk for obj in objs]},
        follow=True,
    )


# -- published() is the one definition of public ---------------------------------------


@pytest.mark.parametrize("model_factory", [ArticleFactory, ProgrammeFactory, EventFactory])
def test_published_excludes_drafts_reviews_and_scheduled_items(model_factory):
    now = timezone.now()
    live = model_factory(status=Status.PUBLISHED, publish_at=now - datetime.timedelta(minutes=1))
    model_factory(status=Status.DRAFT, publish_at=None)
    model_factory(status=Status.IN_REVIEW, publish_at=None)
    model_factory(status=Status.PUBLISHED, publish_at=now + datetime.timedelta(hours=1))

    model = model_factory._meta.model
    assert list(model.objects.published()) == [live]


def test_scheduled_item_goes_live_when_its_time_comes_without_a_job(client, time_machine):
    article = ArticleFactory(publish_at=timezone.now() + datetime.timedelta(hours=1))

    assert client.get(article.get_absolute_url()).status_code == 404
    time_machine.move_to(timezone.now() + datetime.timedelta(hours=1, minutes=1))
    assert client.get(article.get_absolute_url()).status_code == 200


def test_publishing_without_a_time_sets_it_to_now():
    article = ArticleFactory(status=Status.DRAFT, publish_at=None)
    article.status = Status.PUBLISHED
    article.save()

    assert article.publish_at is not None
    assert article.publish_at <= timezone.now()
    assert article.first_published_at == article.publish_at


def test_staff_preview_unpublished_item_with_a_banner(client, contributor_client):
    draft = ArticleFactory(status=Status.DRAFT, publish_at=None, title="Secret draft")

    public = client.get(draft.get_absolute_url())
    preview = contributor_client.get(draft.get_absolute_url())

    assert public.status_code == 404
    assert preview.status_code == 200
    assert "Secret draft" in preview.text
    assert "Preview: this item is not public yet" in preview.text


# -- slugs -------------------------------------------------------------------------------


def test_slug_is_made_from_the_title_and_kept_unique():
    first = ArticleFactory(title="Busan Content Market opens")
    second = ArticleFactory(title="Busan Content Market opens")

    assert first.slug == "busan-content-market-opens"
    assert second.slug == "busan-content-market-opens-2"


def test_title_without_latin_letters_still_gets_a_slug():
    article = ArticleFactory(title="부산국제영화제")

    assert article.slug


def test_published_slug_cannot_be_changed_in_a_form(editor_client):
    article = ArticleFactory(title="Fixed address")
    url = change_url(article)

    page = editor_client.get(url)
    response = post_admin_form(editor_client, url, slug="another-address", title_en="New title")

    assert 'name="slug"' not in page.text  # shown read-only
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "New title"
    assert article.slug == "fixed-address"


def test_model_validation_refuses_changing_a_published_slug():
    article = ArticleFactory(title="Fixed address")
    article.slug = "moved"

    with pytest.raises(Exception) as error:
        article.full_clean()

    assert "slug" in error.value.message_dict


def test_draft_slug_can_still_change(editor_client):
    draft = ArticleFactory(status=Status.DRAFT, publish_at=None, title="Work in progress")

    response = post_admin_form(editor_client, change_url(draft), slug="better-address")

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.slug == "better-address"


# -- the role matrix ---------------------------------------------------------------------


def test_contributor_creates_a_draft(contributor_client):
    response = post_admin_form(
        contributor_client, ARTICLE_ADD, title_en="Incubator opens", kind="news", status="draft"
    )

    assert response.status_code == 302
    article = Article.objects.get(title="Incubator opens")
    assert article.status == Status.DRAFT
    assert not Article.objects.published().exists()


def test_contributor_cannot_publish_through_the_form(contributor_client):
    response = post_admin_form(
        contributor_client,
        ARTICLE_ADD,
        title_en="Sneaky",
        kind="news",
        status="published",
        publish_at_0="2020-01-01",
        publish_at_1="10:00",
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Article.objects.filter(title="Sneaky").exists()


def test_contributor_cannot_schedule(contributor_client):
    draft = ArticleFactory(status=Status.DRAFT, publish_at=None)

    post_admin_form(
        contributor_client, change_url(draft), publish_at_0="2030-01-01", publish_at_1="10:00"
    )

    draft.refresh_from_db()
    assert draft.publish_at is None


def test_contributor_submits_for_review_but_cannot_publish_by_action(contributor_client):
    draft = ArticleFactory(status=Status.DRAFT, publish_at=None)

    refused = run_action(contributor_client, draft, "publish")
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert "No action selected" in refused.text

    run_action(contributor_client, draft, "submit_for_review")
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW


def test_contributor_does_not_see_publishing_actions(contributor_client, editor_client):
    ArticleFactory()

    contributor_actions = contributor_client.get(ARTICLE_CHANGELIST).context["action_form"]
    editor_actions = editor_client.get(ARTICLE_CHANGELIST).context["action_form"]

    contributor_choices = {value for value, _ in contributor_actions.fields["action"].choices}
    editor_choices = {value for value, _ in editor_actions.fields["action"].choices}
    assert "publish" not in contributor_choices
    assert "unpublish" not in contributor_choices
    assert {"publish", "unpublish", "submit_for_review", "duplicate_as_draft"} <= editor_choices


def test_contributor_cannot_change_a_published_item(contributor_client):
    article = ArticleFactory(title="Live text")
    url = change_url(article)

    page = contributor_client.get(url)
    response = contributor_client.post(url, {"title_en": "Changed live text", "_save": "Save"})

    assert page.status_code == 200  # read-only view
    assert 'name="title"' not in page.text
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Live text"


def test_contributor_cannot_delete_a_published_item_but_can_delete_a_draft(contributor_client):
    live = ArticleFactory()
    draft = ArticleFactory(status=Status.DRAFT, publish_at=None)

    def delete(obj):
        opts = obj._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])
        return contributor_client.post(url, {"post": "yes"})

    assert delete(live).status_code == 403
    assert delete(draft).status_code == 302
    assert list(Article.objects.all()) == [live]


def test_contributor_cannot_bulk_delete_published_items(contributor_client):
    live = ArticleFactory()

    run_action(contributor_client, live, "delete_selected")
    contributor_client.post(
        ARTICLE_CHANGELIST,
        {"action": "delete_selected", "_selected_action": [live.pk], "post": "yes"},
    )

    assert Article.objects.filter(pk=live.pk).exists()


def test_contributor_cannot_manage_cities(contributor_client):
    city = CityFactory()

    assert contributor_client.get(reverse("admin:filmhub_city_add")).status_code == 403
    assert contributor_client.post(change_url(city), {"name": "Renamed"}).status_code == 403


def test_editor_publishes_unpublishes_and_schedules(editor_client, client):
    draft = ArticleFactory(status=Status.IN_REVIEW, publish_at=None)

    run_action(editor_client, draft, "publish")
    draft.refresh_from_db()
    assert draft.is_public
    assert client.get(draft.get_absolute_url()).status_code == 200

    run_action(editor_client, draft, "unpublish")
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert client.get(draft.get_absolute_url()).status_code == 404

    later = timezone.localtime() + datetime.timedelta(hours=1)
    response = post_admin_form(
        editor_client,
        change_url(draft),
        status="published",
        publish_at_0=later.date().isoformat(),
        publish_at_1=later.time().replace(microsecond=0).isoformat(),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_scheduled
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("model_factory", [ArticleFactory, ProgrammeFactory, EventFactory])
def test_duplicate_as_draft_copies_relations_under_a_new_address(model_factory, editor_client):
    topic = TopicFactory()
    original = model_factory()
    original.topics.add(topic)

    run_action(editor_client, original, "duplicate_as_draft")

    model = model_factory._meta.model
    copy = model.objects.exclude(pk=original.pk).get()
    assert copy.status == Status.DRAFT
    assert copy.publish_at is None
    assert copy.slug != original.slug
    assert list(copy.topics.all()) == [topic]


def test_a_save_over_someone_elses_newer_save_is_refused(editor_client):
    article = ArticleFactory(title="Original")
    url = change_url(article)
    stale_form = rendered_form_data(editor_client, url)

    assert post_admin_form(editor_client, url, title_en="First editor").status_code == 302
    response = editor_client.post(url, {**stale_form, "title_en": "Second editor", "_save": "Save"})

    assert response.status_code == 200
    assert "Someone else saved this item" in response.text
    article.refresh_from_db()
    assert article.title == "First editor"


# -- validation shown on the form --------------------------------------------------------


def test_event_ending_before_it_starts_is_a_form_error(editor_client):
    city = CityFactory()
    response = post_admin_form(
        editor_client,
        reverse("admin:programmes_event_add"),
        title_en="Backwards",
        kind="festival",
        city=str(city.pk),
        starts_at_0="2026-10-02",
        starts_at_1="19:00",
        ends_at_0="2026-10-01",
        ends_at_1="19:00",
        event_status="scheduled",
        attendance_mode="in_person",
        status="draft",
    )

    assert response.status_code == 200
    assert "cannot end before it starts" in response.text
    assert not Event.objects.exists()


def test_programme_deadline_before_opening_is_a_form_error(editor_client):
    response = post_admin_form(
        editor_client,
        reverse("admin:programmes_programme_add"),
        title_en="Backwards call",
        kind="call",
        status="draft",
        applications_open_at_0="2026-05-01",
        applications_open_at_1="09:00",
        applications_close_at_0="2026-04-01",
        applications_close_at_1="09:00",
        runs_from="2026-07-01",
        runs_to="2026-06-01",
    )

    assert response.status_code == 200
    assert "deadline must come after applications open" in response.text
    assert "must end on or after its first day" in response.text
    assert not Programme.objects.exists()


def test_event_times_are_typed_in_the_city_zone_and_stored_in_utc(editor_client):
    busan = CityFactory(name="Busan", time_zone="Asia/Seoul")
    response = post_admin_form(
        editor_client,
        reverse("admin:programmes_event_add"),
        title_en="Opening night",
        kind="screening",
        city=str(busan.pk),
        starts_at_0="2026-10-01",
        starts_at_1="19:00",
        ends_at_0="2026-10-01",
        ends_at_1="22:00",
        event_status="scheduled",
        attendance_mode="in_person",
        status="draft",
    )

    assert response.status_code == 302
    event = Event.objects.get()
    assert event.starts_at == datetime.datetime(2026, 10, 1, 10, 0, tzinfo=datetime.UTC)
    form = rendered_form_data(editor_client, change_url(event))
    assert (form["starts_at_0"], form["starts_at_1"]) == ("2026-10-01", "19:00:00")


# -- things published content shows ----------------------------------------------------


def test_contributor_cannot_change_an_image_that_published_content_shows(contributor_client):
    from tests.factories import ImageFactory

    shown, unused = ImageFactory(alt_text="Festival crowd"), ImageFactory(alt_text="Unused")
    ArticleFactory(hero_image=shown)

    refused = contributor_client.post(change_url(shown), {"alt_text": "Defaced", "_save": "Save"})
    allowed = post_admin_form(contributor_client, change_url(unused), alt_text="Better words")

    assert refused.status_code == 403
    shown.refresh_from_db()
    assert shown.alt_text == "Festival crowd"
    assert allowed.status_code == 302
    unused.refresh_from_db()
    assert unused.alt_text == "Better words"


def test_contributor_cannot_change_a_venue_that_a_published_event_uses(contributor_client):
    from tests.factories import VenueFactory

    venue = VenueFactory(name="Cinema Centre")
    EventFactory(city=venue.city, venue=venue)

    response = contributor_client.post(change_url(venue), {"name": "Renamed", "_save": "Save"})

    assert response.status_code == 403


def test_duplicating_a_longest_title_stays_within_the_limit(editor_client):
    original = ArticleFactory(title="x" * 200)

    run_action(editor_client, original, "duplicate_as_draft")

    copy = Article.objects.exclude(pk=original.pk).get()
    assert len(copy.title) <= 200
    assert copy.title.endswith("(copy)")


# -- event times around clock changes -----------------------------------------------------


def event_form(editor_client, city, starts: tuple[str, str], ends: tuple[str, str]):
    return post_admin_form(
        editor_client,
        reverse("admin:programmes_event_add"),
        title_en="Night screening",
        kind="screening",
        city=str(city.pk),
        starts_at_0=starts[0],
        starts_at_1=starts[1],
        ends_at_0=ends[0],
        ends_at_1=ends[1],
        event_status="scheduled",
        attendance_mode="in_person",
        status="draft",
    )


def test_a_time_the_clocks_skip_is_a_form_error(editor_client):
    bristol = CityFactory(name="Bristol", time_zone="Europe/London")

    response = event_form(editor_client, bristol, ("2026-03-29", "01:30"), ("2026-03-29", "04:00"))

    assert response.status_code == 200
    assert "does not exist in Europe/London" in response.text
    assert not Event.objects.exists()


def test_a_time_the_clocks_repeat_is_a_form_error(editor_client):
    bristol = CityFactory(name="Bristol", time_zone="Europe/London")

    response = event_form(editor_client, bristol, ("2026-10-25", "01:30"), ("2026-10-25", "04:00"))

    assert response.status_code == 200
    assert "happens twice in Europe/London" in response.text


def test_event_times_do_not_depend_on_the_admin_zone(editor_client, settings):
    settings.TIME_ZONE = "Europe/London"
    busan = CityFactory(name="Busan", time_zone="Asia/Seoul")

    # 01:30 on 29 March does not exist in London, but this is Busan's 01:30.
    response = event_form(editor_client, busan, ("2026-03-29", "01:30"), ("2026-03-29", "03:00"))

    assert response.status_code == 302
    assert Event.objects.get().starts_at == datetime.datetime(
        2026, 3, 28, 16, 30, tzinfo=datetime.UTC
    )


def test_editor_publishes_through_the_form_without_typing_a_time(editor_client, client):
    draft = ArticleFactory(status=Status.IN_REVIEW, publish_at=None)

    response = post_admin_form(editor_client, change_url(draft), status="published")

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_public
    assert client.get(draft.get_absolute_url()).status_code == 200
