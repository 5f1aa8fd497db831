"""No edit is lost: admin saves are revisions that editors restore; deletions are recoverable."""

import pytest
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from filmhub.publishing import Status
from programmes.models import Event
from tests.admin_forms import post_admin_form, rendered_form_data
from tests.factories import ArticleFactory, EventFactory, TopicFactory

pytestmark = pytest.mark.django_db


def admin_url(obj, action: str, *args) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{action}", args=args)


def test_every_admin_save_and_action_is_a_revision(editor_client):
    article = ArticleFactory(status=Status.DRAFT, publish_at=None, title="First")
    url = admin_url(article, "change", article.pk)

    post_admin_form(editor_client, url, title_en="Second")
    post_admin_form(editor_client, url, title_en="Third")
    editor_client.post(
        admin_url(article, "changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )

    versions = Version.objects.get_for_object(article)
    assert [version.field_dict["title"] for version in versions] == ["Third", "Third", "Second"]
    assert versions[0].field_dict["status"] == Status.PUBLISHED
    assert versions[0].revision.user.groups.get().name == "Editor"


def test_editor_restores_an_earlier_revision_with_its_relations(editor_client):
    first_topic, second_topic = TopicFactory(), TopicFactory()
    event = EventFactory(title="Market day")
    url = admin_url(event, "change", event.pk)
    post_admin_form(editor_client, url, topics=[str(first_topic.pk)])
    post_admin_form(
        editor_client, url, title_en="Market day (changed)", topics=[str(second_topic.pk)]
    )
    earlier = Version.objects.get_for_object(event)[1]

    history = editor_client.get(admin_url(event, "history", event.pk))
    revision_url = admin_url(event, "revision", event.pk, earlier.pk)
    preview = editor_client.get(revision_url)
    restored = post_admin_form(editor_client, revision_url)

    assert history.status_code == 200
    assert revision_url in history.text
    assert preview.status_code == 200
    assert restored.status_code == 302
    event.refresh_from_db()
    assert event.title == "Market day"
    assert list(event.topics.all()) == [first_topic]


def test_editor_recovers_a_deleted_article(editor_client, client):
    article = ArticleFactory(title="Deleted by mistake")
    post_admin_form(editor_client, admin_url(article, "change", article.pk))
    delete = editor_client.post(admin_url(article, "delete", article.pk), {"post": "yes"})
    assert delete.status_code == 302
    assert not Article.objects.exists()

    recover_list = editor_client.get(reverse("admin:articles_article_recoverlist"))
    version = Version.objects.get_deleted(Article).get()
    recover_url = reverse("admin:articles_article_recover", args=[version.pk])
    recovered = post_admin_form(editor_client, recover_url)

    assert "Deleted by mistake" in recover_list.text
    assert recovered.status_code == 302
    article = Article.objects.get()
    assert article.title == "Deleted by mistake"
    assert client.get(article.get_absolute_url()).status_code == 200


def test_contributor_may_read_history_but_not_restore_or_recover(editor_client, contributor_client):
    draft = ArticleFactory(status=Status.DRAFT, publish_at=None)
    url = admin_url(draft, "change", draft.pk)
    post_admin_form(editor_client, url, title_en="Edited once")
    post_admin_form(editor_client, url, title_en="Edited twice")
    earlier = Version.objects.get_for_object(draft)[1]

    history = contributor_client.get(admin_url(draft, "history", draft.pk))
    revision = contributor_client.post(admin_url(draft, "revision", draft.pk, earlier.pk), {})
    recover_list = contributor_client.get(reverse("admin:articles_article_recoverlist"))
    changelist = contributor_client.get(admin_url(draft, "changelist"))

    assert history.status_code == 200
    assert revision.status_code == 403
    assert recover_list.status_code == 403
    assert "Recover deleted" not in changelist.text
    draft.refresh_from_db()
    assert draft.title == "Edited twice"


def test_recovering_an_item_that_exists_again_opens_it_as_it_is_now(editor_client):
    """The message after a recovery links back to the recover page: saving that form
    again would put the deleted state back over every later change."""
    article = ArticleFactory(title="Deleted by mistake")
    post_admin_form(editor_client, admin_url(article, "change", article.pk))
    editor_client.post(admin_url(article, "delete", article.pk), {"post": "yes"})
    version = Version.objects.get_deleted(Article).get()
    recover_url = reverse("admin:articles_article_recover", args=[version.pk])
    recover_form = rendered_form_data(editor_client, recover_url)
    editor_client.post(recover_url, {**recover_form, "_save": "Save"})
    recovered = Article.objects.get()
    post_admin_form(editor_client, admin_url(recovered, "change", recovered.pk), title_en="Renamed")

    opened = editor_client.get(recover_url, follow=True)
    # The same form, still open in a second tab, saved again.
    saved_again = editor_client.post(recover_url, {**recover_form, "_save": "Save"})

    assert opened.redirect_chain == [(admin_url(recovered, "change", recovered.pk), 302)]
    assert "has been recovered already" in opened.text
    assert saved_again.status_code == 302
    recovered.refresh_from_db()
    assert recovered.title == "Renamed"


def test_deleted_event_recovery_is_listed_for_editors(editor_client):
    event = EventFactory(title="Cancelled screening")
    post_admin_form(editor_client, admin_url(event, "change", event.pk))
    editor_client.post(admin_url(event, "delete", event.pk), {"post": "yes"})

    changelist = editor_client.get(admin_url(event, "changelist"))
    recover_list = editor_client.get(reverse("admin:programmes_event_recoverlist"))

    assert not Event.objects.exists()
    assert "Recover deleted" in changelist.text
    assert "Cancelled screening" in recover_list.text


def test_restoring_a_revision_keeps_the_published_address(editor_client, client):
    article = ArticleFactory(status=Status.DRAFT, publish_at=None, title="First words")
    url = admin_url(article, "change", article.pk)
    post_admin_form(editor_client, url, slug="old-address")
    post_admin_form(editor_client, url, slug="new-address", status="published")
    article.refresh_from_db()
    first_published = article.first_published_at
    earliest = Version.objects.get_for_object(article).last()

    response = post_admin_form(
        editor_client, admin_url(article, "revision", article.pk, earliest.pk)
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == "new-address"
    assert article.first_published_at == first_published
    assert article.title == "First words"


def test_a_restore_over_someone_elses_newer_save_is_refused(editor_client):
    from tests.admin_forms import rendered_form_data

    article = ArticleFactory(title="One")
    url = admin_url(article, "change", article.pk)
    post_admin_form(editor_client, url, title_en="Two")
    earlier = Version.objects.get_for_object(article).last()
    revision_url = admin_url(article, "revision", article.pk, earlier.pk)
    opened_restore = rendered_form_data(editor_client, revision_url)

    post_admin_form(editor_client, url, title_en="Three")
    response = editor_client.post(revision_url, {**opened_restore, "_save": "Save"})

    assert response.status_code == 200
    assert "Someone else saved this item" in response.text
    article.refresh_from_db()
    assert article.title == "Three"


@pytest.mark.parametrize("model", ["filmhub/image", "programmes/venue", "filmhub/person"])
def test_contributor_cannot_restore_or_recover_other_things_either(model, contributor_client):
    response = contributor_client.get(f"/admin/{model}/recover/")

    assert response.status_code == 403


def test_a_garbage_object_id_in_a_revision_address_is_not_found(editor_client):
    assert editor_client.get("/admin/articles/article/abc/history/1/").status_code == 404
