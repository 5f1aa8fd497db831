"""Staff journeys through the real admin: write, review, publish, schedule, restore, recover.

What a journey starts from (an article a contributor wrote, an event on the calendar) is
made in the database, with the first revision the admin would have recorded; from there
every step is a click or a keystroke. The database is read only to find what a step made
and to check what a page cannot show, such as the stored HTML of a body.
"""

import datetime
import secrets
from collections.abc import Iterator
from pathlib import Path

import PIL.Image
import pytest
import reversion
from django.utils import timezone
from playwright.sync_api import Page, expect

from articles.models import Article
from filmhub.models import City
from filmhub.publishing import Status
from tests.browser.conftest import DESKTOP, log_in, watched_page
from tests.factories import ArticleFactory, EventFactory
from tests.html import parse_document

pytestmark = pytest.mark.browser


def unique(title: str) -> str:
    """The database lives for the whole run: each test's content gets a title of its own."""
    return f"{title} {secrets.token_hex(3)}"


@pytest.fixture
def visitor(browser, site) -> Iterator[Page]:
    """A second, logged-out browser context: what the public sees."""
    yield from watched_page(browser, site, DESKTOP)


def make_picture(path: Path) -> Path:
    PIL.Image.new("RGB", (640, 360), (30, 90, 160)).save(path, format="JPEG")
    return path


def choose_autocomplete(page: Page, field: str, text: str) -> None:
    """Pick an option in one of the admin's select2 autocomplete widgets."""
    page.locator(f"#id_{field} + .select2").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def open_in_admin(page: Page, model: str, title: str) -> None:
    """From the admin's index: the model's list, searched for the title, then the item."""
    page.get_by_role("link", name=model, exact=True).first.click()
    page.locator("#searchbar").fill(title)
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name=title, exact=True).click()


def existing_article(title: str, status: Status, *, city: City) -> Article:
    """An article as the admin would have left it, with its first revision."""
    with reversion.create_revision():
        article = ArticleFactory(
            title=title,
            status=status,
            publish_at=timezone.now() - datetime.timedelta(hours=1)
            if status == Status.PUBLISHED
            else None,
        )
        article.cities.add(city)
        reversion.set_comment("Written by a contributor.")
    return article


def public_lists(city: City) -> list[str]:
    """Where a public article is listed: the home page, the news list, its city's hub."""
    return ["/", "/news/", city.get_absolute_url()]


def expect_listed(visitor: Page, address: str, title: str, *, listed: bool = True) -> None:
    response = visitor.goto(address)
    assert response.status == 200
    main = visitor.get_by_role("main")
    # Other public articles are listed: whether this one is, is then the only question.
    expect(main.locator(".lead-story, .article-card").first).to_be_visible()
    if listed:
        expect(main.get_by_role("link", name=title, exact=True)).to_be_visible()
    else:
        expect(main).not_to_contain_text(title)


def expect_not_found(page: Page, address: str) -> None:
    """The address shows the "not found" page, with the 404 status, to whoever opens it."""
    response = page.goto(address)
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("This page is not showing")


# Selects the first occurrence of a text inside an element, through the DOM's Selection.
SELECT_TEXT = """(element, text) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.data.indexOf(text);
        if (start >= 0) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + text.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return;
        }
    }
    throw new Error(`no text ${text}`);
}"""


def test_contributor_writes_previews_and_submits_an_article_the_public_cannot_see_yet(
    page, visitor, tmp_path
):
    title = unique("Busan opens a studio for first films")
    log_in(page, "contributor")
    page.get_by_role("link", name="Articles", exact=True).first.click()
    page.get_by_role("link", name="Add article").click()

    # A contributor is not offered publishing, nor a publication time.
    expect(page.get_by_label("Status:").locator("option")).to_have_text(["Draft", "In review"])
    expect(page.locator("#id_publish_at_0")).to_have_count(0)
    page.get_by_label("Title [en]:").fill(title)
    page.get_by_label("Summary [en]:").fill(
        "A new studio for directors making their first feature."
    )
    # Both languages in the same form.
    page.get_by_label("Title [ko]:").fill(f"부산, 첫 장편 스튜디오 개관 {title[-6:]}")

    editor = page.locator(".field-body_en .prose-editor")
    body = editor.locator("[contenteditable=true]")
    body.click()
    page.keyboard.type("The city opens a ")
    editor.get_by_role("button", name="bold", exact=True).click()
    page.keyboard.type("studio")
    editor.get_by_role("button", name="bold", exact=True).click()
    page.keyboard.type(" for first films. Read the festival site")
    expect(body).to_contain_text("Read the festival site")
    # Select the words as a mouse would. Thirteen Shift+ArrowLeft presses sometimes
    # selected only the last letter on CI.
    body.evaluate(SELECT_TEXT, "festival site")
    editor.get_by_role("button", name="insert link").click()
    link_dialog = page.get_by_role("dialog").filter(has_text="Edit Link")
    link_dialog.get_by_label("URL").fill("https://www.biff.kr/")
    link_dialog.get_by_role("button", name="Update").click()
    expect(body.get_by_role("link", name="festival site")).to_be_visible()

    picture = make_picture(tmp_path / "studio.jpg")
    with page.expect_popup() as popup_info:
        page.get_by_role("link", name="Add another image").click()
    popup = popup_info.value
    popup.get_by_label("File:").set_input_files(picture)
    popup.get_by_label("Alt text:").fill("A sound stage with lights rigged over an empty set")
    popup.get_by_role("button", name="Save", exact=True).click()
    popup.wait_for_event("close")
    expect(page.locator("#id_hero_image + .select2")).to_contain_text("A sound stage")
    choose_autocomplete(page, "cities", "Busan")
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(title=title)
    assert article.status == Status.DRAFT
    saved_body = parse_document(article.body)
    assert [strong.text for strong in saved_body.find_all("strong")] == ["studio"]
    assert saved_body.links() == {"festival site": "https://www.biff.kr/"}

    page.get_by_role("link", name="View on site").click()
    expect(page.get_by_role("status")).to_contain_text("Preview: this item is not public yet")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    content = page.get_by_role("main")
    expect(content.locator("strong", has_text="studio")).to_be_visible()
    expect(content.get_by_role("link", name="festival site")).to_have_attribute(
        "href", "https://www.biff.kr/"
    )
    hero = content.locator("figure img")
    expect(hero).to_have_attribute("alt", "A sound stage with lights rigged over an empty set")
    expect(hero).to_be_visible()
    expect(hero).to_have_js_property("complete", True)
    assert hero.evaluate("img => img.naturalWidth") > 0
    page.go_back()

    page.get_by_role("link", name="Articles", exact=True).first.click()
    page.get_by_role("row").filter(has_text=title).get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Submit for review")
    page.get_by_role("button", name="Go").click()
    expect(page.locator(".messagelist")).to_contain_text("1 item submitted for review.")
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW

    for address in public_lists(article.cities.get()):
        expect_listed(visitor, address, title, listed=False)
    expect_not_found(visitor, article.get_absolute_url())


def test_editor_publishes_a_submitted_article_to_home_news_and_its_city(site, page, visitor):
    busan = City.objects.get(slug="busan")
    title = unique("Busan film school opens its doors")
    article = existing_article(title, Status.IN_REVIEW, city=busan)

    log_in(page, "editor")
    page.get_by_role("link", name="Articles", exact=True).first.click()
    page.locator("#changelist-filter").get_by_role("link", name="In review").click()
    page.get_by_role("row").filter(has_text=title).get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Publish")
    page.get_by_role("button", name="Go").click()
    expect(page.locator(".messagelist")).to_contain_text("1 item published.")

    for address in public_lists(busan):
        expect_listed(visitor, address, title)
    visitor.get_by_role("main").get_by_role("link", name=title, exact=True).click()
    expect(visitor).to_have_url(site + article.get_absolute_url())
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    expect(visitor.locator(".preview-banner")).to_have_count(0)


def test_editor_schedules_an_article_that_appears_when_its_time_comes(page, visitor, time_machine):
    busan = City.objects.get(slug="busan")
    title = unique("Busan announces its autumn location grants")
    article = existing_article(title, Status.DRAFT, city=busan)
    # Typed in the admin's zone, to the minute, as a person would.
    publish_at = (timezone.localtime() + datetime.timedelta(hours=1)).replace(
        second=0, microsecond=0
    )

    log_in(page, "editor")
    open_in_admin(page, "Articles", title)
    page.get_by_label("Status:").select_option(label="Published")
    page.locator("#id_publish_at_0").fill(f"{publish_at:%Y-%m-%d}")
    page.locator("#id_publish_at_1").fill(f"{publish_at:%H:%M}")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.get_by_role("row").filter(has_text=title)).to_contain_text(
        f"Scheduled for {publish_at:%d %b %Y %H:%M}"
    )

    for address in public_lists(busan):
        expect_listed(visitor, address, title, listed=False)
    expect_not_found(visitor, article.get_absolute_url())

    time_machine.move_to(publish_at + datetime.timedelta(minutes=1), tick=True)
    for address in public_lists(busan):
        expect_listed(visitor, address, title)
    visitor.goto(article.get_absolute_url())
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)


def test_editor_restores_an_events_earlier_revision_from_its_history(page, visitor):
    busan = City.objects.get(slug="busan")
    title = unique("Harbour night screening")
    evening = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=9), datetime.time(19), busan.zone
    )
    with reversion.create_revision():
        event = EventFactory(
            title=title,
            city=busan,
            starts_at=evening,
            ends_at=evening + datetime.timedelta(hours=3),
        )
        reversion.set_comment("Listed by the festival office.")

    visitor.goto(event.get_absolute_url())
    expect(visitor.locator(".event-detail__when")).to_contain_text("19:00 KST")

    log_in(page, "editor")
    open_in_admin(page, "Events", title)
    # Times are typed in the event city's local time, whatever the admin's zone.
    expect(page.locator("#id_starts_at_1")).to_have_value("19:00:00")
    page.get_by_label("Title [en]:").fill(f"{title} (moved)")
    page.locator("#id_starts_at_1").fill("20:30")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    visitor.reload()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(f"{title} (moved)")
    expect(visitor.locator(".event-detail__when")).to_contain_text("20:30 KST")

    page.locator("#result_list").get_by_role("link", name=f"{title} (moved)").click()
    page.get_by_role("link", name="History").click()
    page.get_by_role("row").filter(has_text="Listed by the festival office.").get_by_role(
        "link"
    ).click()
    expect(page.get_by_label("Title [en]:")).to_have_value(title)
    expect(page.locator("#id_starts_at_1")).to_have_value("19:00:00")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    visitor.reload()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    expect(visitor.locator(".event-detail__when")).to_contain_text("19:00 KST")


def test_editor_recovers_a_deleted_article(page, visitor):
    title = unique("Gwangju media arts week reviewed")
    article = existing_article(title, Status.PUBLISHED, city=City.objects.get(slug="gwangju"))
    address = article.get_absolute_url()

    log_in(page, "editor")
    open_in_admin(page, "Articles", title)
    page.get_by_role("link", name="Delete").first.click()
    page.get_by_role("button", name="Yes, I’m sure").click()
    expect(page.locator(".messagelist")).to_contain_text("was deleted successfully")
    expect_not_found(visitor, address)

    page.get_by_role("link", name="Recover deleted articles").click()
    page.get_by_role("row").filter(has_text=title).get_by_role("link").click()
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    visitor.goto(address)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    expect_listed(visitor, "/news/", title)

    # The message names the article with a link back to the recover page; following it
    # opens the article as it is now, not a second recovery over later changes.
    page.locator(".messagelist").get_by_role("link", name=title).click()
    expect(page.locator(".messagelist")).to_contain_text("has been recovered already")
    expect(page.get_by_role("heading", name="Change article")).to_be_visible()
