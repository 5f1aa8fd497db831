"""What a visitor does on the public site, click by click, as the browser shows it."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from filmhub.models import City
from programmes.models import Event, Programme
from tests.factories import EventFactory, PersonFactory, SeriesFactory, article

pytestmark = pytest.mark.browser


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def chips(page) -> list[str]:
    """The active filters as the page lists them, each "Label: value"."""
    labels = page.locator(".active-filters .chip > span:first-child").all_inner_texts()
    return sorted(labels)


def card_facts(page) -> list[str]:
    """The "kind · city" line of every event card on the page."""
    return page.locator(".event-card .meta").filter(has_text="·").all_inner_texts()


def test_event_filters_the_url_and_the_chips_agree_through_paging(page):
    busan, seoul = City.objects.get(slug="busan"), City.objects.get(slug="seoul")
    evening = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=30), datetime.time(19), busan.zone
    )
    for number in range(14):
        EventFactory(
            title=f"Harbour screening {number:02}",
            kind="screening",
            city=busan if number % 2 else seoul,
            starts_at=evening + datetime.timedelta(minutes=5 * number),
        )

    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
    expect(page).to_have_url(re.compile(r"/events/$"))

    filters = page.locator(".filter-form")
    filters.get_by_label("Busan").check()
    filters.get_by_role("button", name="Show results").click()
    # The form also sends its default date range, which the address then shows.
    assert query(page) == {"city": ["busan"], "when": ["upcoming"]}
    assert chips(page) == ["City: Busan"]
    assert card_facts(page)
    assert all(re.fullmatch(r".* · Busan(, .*)?", facts) for facts in card_facts(page))

    filters.get_by_label("Seoul").check()
    filters.get_by_label("Kind").select_option(label="Screening")
    filters.get_by_role("button", name="Show results").click()
    assert query(page) == {"city": ["busan", "seoul"], "kind": ["screening"], "when": ["upcoming"]}
    assert chips(page) == ["City: Busan", "City: Seoul", "Kind: Screening"]
    first_page = card_facts(page)
    assert len(first_page) == 12
    assert all(re.fullmatch(r"Screening · (Busan|Seoul)(, .*)?", facts) for facts in first_page)

    page.get_by_role("navigation", name="Pages").get_by_role("link", name="Next").click()
    assert query(page) == {
        "city": ["busan", "seoul"],
        "kind": ["screening"],
        "when": ["upcoming"],
        "page": ["2"],
    }
    assert chips(page) == ["City: Busan", "City: Seoul", "Kind: Screening"]
    expect(filters.get_by_label("Seoul")).to_be_checked()
    expect(filters.get_by_label("Kind")).to_have_value("screening")
    assert card_facts(page) and all(facts.startswith("Screening") for facts in card_facts(page))

    page.locator(".active-filters .chip", has_text="City: Seoul").click()
    # Removing a filter starts the results again from their first page.
    assert query(page) == {"city": ["busan"], "kind": ["screening"], "when": ["upcoming"]}
    assert chips(page) == ["City: Busan", "Kind: Screening"]
    expect(filters.get_by_label("Seoul")).not_to_be_checked()
    assert all(re.fullmatch(r"Screening · Busan(, .*)?", facts) for facts in card_facts(page))

    page.get_by_role("link", name="Harbour screening 01").click()
    # 19:05 in Busan, named as Korean time, whatever zone the server or browser is in.
    when = page.locator(".facts dd").first
    expect(when).to_contain_text("19:05–22:05 KST")
    expect(when).to_contain_text("Local time in Asia/Seoul")


def test_the_month_calendar_moves_on_a_month_and_keeps_the_filters(page):
    page.goto("/events/?city=busan&kind=festival")
    page.get_by_role("navigation", name="Event views").get_by_role(
        "link", name="Month calendar"
    ).click()
    today = timezone.localdate()
    expect(page).to_have_url(re.compile(rf"/events/calendar/{today.year}/{today.month}/"))
    assert query(page) == {"city": ["busan"], "kind": ["festival"]}

    page.get_by_role("navigation", name="Months").locator("a[rel=next]").click()
    following = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    expect(page).to_have_url(re.compile(rf"/events/calendar/{following.year}/{following.month}/"))
    assert query(page) == {"city": ["busan"], "kind": ["festival"]}
    assert chips(page) == ["City: Busan", "Kind: Festival"]
    expect(page.locator("caption")).to_have_text(following.strftime("%B %Y"))
    expect(page.locator(".filter-form").get_by_label("Busan")).to_be_checked()


def test_an_article_leads_to_its_author_its_series_and_its_city(page):
    # Two new parts of a series: newer than anything else, so the home page shows them
    # whatever other tests have published.
    busan = City.objects.get(slug="busan")
    author = PersonFactory(name="Min-ji Park")
    series = SeriesFactory(name="Harbour notes")
    now = timezone.now()
    first = article(
        "Harbour notes: the ferry cinema",
        series=series,
        authors=[author],
        cities=[busan],
        publish_at=now - datetime.timedelta(minutes=2),
    )
    second = article(
        "Harbour notes: a night on the breakwater",
        series=series,
        authors=[author],
        cities=[busan],
        publish_at=now - datetime.timedelta(minutes=1),
    )

    page.goto("/")
    page.get_by_role("main").get_by_role("link", name=second.title).click()
    expect(page.locator("h1")).to_have_text(second.title)

    page.get_by_role("link", name=author.name).first.click()
    expect(page.locator("h1")).to_have_text(author.name)
    expect(page.get_by_role("link", name=first.title)).to_be_visible()
    page.go_back()

    series_nav = page.get_by_role("navigation", name=f"More in {series.name}")
    series_nav.locator("a[rel=prev]").click()
    expect(page.locator("h1")).to_have_text(first.title)
    series_nav.locator("a[rel=next]").click()
    expect(page.locator("h1")).to_have_text(second.title)

    page.locator(".detail").get_by_role("link", name=series.name).first.click()
    expect(page.locator("h1")).to_have_text(series.name)
    expect(page.get_by_role("link", name=first.title)).to_be_visible()
    page.go_back()

    page.locator(".detail").get_by_role("link", name="Busan", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/cities/busan/$"))
    expect(page.locator("h1")).to_have_text("Busan")
    expect(page.get_by_role("link", name=second.title)).to_be_visible()


def test_a_visitor_reaches_the_application_link_of_an_open_programme(page):
    page.goto("/")
    page.get_by_role("link", name="All open calls").click()
    assert query(page) == {"status": ["open"]}
    assert chips(page) == ["Status: Open now"]

    # The open call that takes applications online.
    programme = Programme.objects.published().open_for_applications().exclude(application_url="")
    programme = programme.get()
    page.get_by_role("link", name=programme.title).click()
    expect(page.locator("h1")).to_have_text(programme.title)
    expect(page.locator(".programme-detail__phase")).to_have_text(re.compile("Open|Closing"))
    expect(page.locator(".programme-detail__dates")).to_contain_text("Deadline")
    apply = page.get_by_role("link", name="Apply now")
    expect(apply).to_be_visible()
    expect(apply).to_have_attribute("href", programme.application_url)


def test_search_finds_a_term_and_opens_the_result(page):
    page.goto("/")
    page.get_by_role("searchbox", name="Search filmhub").fill("residency")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=residency"))
    results = page.locator(".search-result__title a")
    expect(results.first).to_be_visible()
    expect(page.locator(".search-result mark").first).to_have_text(
        re.compile("residenc", re.IGNORECASE)
    )

    title = results.first.inner_text()
    results.first.click()
    expect(page.locator("h1")).to_have_text(title)


FOCUS_IS_VISIBLE = r"""() => {
    const focused = document.activeElement;
    const box = focused.getBoundingClientRect();
    const inView =
        box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    // The ring may be drawn by the element or, as for a card's link, by its container.
    let ringed = false;
    for (let node = focused; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) {
            ringed = true;
            break;
        }
    }
    const name = (focused.innerText || focused.value || focused.name || focused.id || "")
        .replace(/\s+/g, " ").trim();
    return {tag: focused.tagName, name: name.slice(0, 40), inView, ringed};
}"""


def tab_through(page, stops: int) -> list[dict]:
    """Press Tab `stops` times (or until focus leaves the page); every stop must show
    where focus is, on screen."""
    seen = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_IS_VISIBLE)
        if focus["tag"] == "BODY":
            break
        assert focus["inView"] and focus["ringed"], focus
        seen.append(focus)
    return seen


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_focus_is_always_visible_on_the_home_page(page, phone_page, width):
    page = phone_page if width == "phone" else page
    page.goto("/")

    stops = tab_through(page, 60)

    names = [stop["name"] for stop in stops]
    assert names[:5] == [
        "Skip to content",
        "filmhub Cities of film",
        "News",
        "Programmes",
        "Events",
    ]
    assert len(stops) > 20


def test_a_phone_visitor_finds_events_by_keyboard_alone(phone_page):
    page = phone_page
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.goto("/")
    while page.evaluate("document.activeElement.innerText") != "Events":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/events/$"))

    # On a phone the filters start folded away; Enter opens them, Escape folds them again.
    toggle = page.locator("summary", has_text="Filter")
    panel = page.locator("details.filter-toggle")
    expect(panel).not_to_have_attribute("open", "")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(panel).to_have_attribute("open", "")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(panel).not_to_have_attribute("open", "")
    expect(toggle).to_be_focused()

    page.keyboard.press("Enter")
    while page.evaluate("document.activeElement.labels?.[0]?.innerText.trim()") != "Busan":
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    while page.evaluate("document.activeElement.innerText") != "Show results":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/events/\?"))
    # Fields left empty stay out of the address.
    assert query(page) == {"city": ["busan"], "when": ["upcoming"]}
    assert chips(page) == ["City: Busan"]
    no_wider_than_the_screen = "document.documentElement.scrollWidth <= innerWidth"
    assert page.evaluate(no_wider_than_the_screen)


def test_a_korean_reader_switches_language_filters_events_and_reads_an_article(page):
    festival = (
        Event.objects.published()
        .filter(slug__startswith="busan-international-film-festival-")
        .order_by("-starts_at")
        .first()
    )
    page.goto(festival.get_absolute_url())
    page.get_by_role("navigation", name="Language").get_by_role("link", name="한국어").click()

    expect(page).to_have_url(re.compile(rf"/ko{re.escape(festival.get_absolute_url())}$"))
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    expect(page.get_by_role("heading", level=1)).to_have_text(festival.title_ko)
    # Dates the Korean way, with the zone kept where a time is shown.
    expect(page.locator(".detail time").first).to_contain_text("년")
    expect(page.locator(".translation-notice")).to_have_count(0)

    page.get_by_role("navigation", name="주 메뉴").get_by_role("link", name="행사").click()
    expect(page).to_have_url(re.compile(r"/ko/events/$"))
    filters = page.locator(".filter-form")
    filters.get_by_label("부산").check()
    filters.get_by_role("button", name="결과 보기").click()
    assert query(page)["city"] == ["busan"]
    assert card_facts(page)
    assert all(re.fullmatch(r".* · 부산(, .*)?", facts) for facts in card_facts(page))

    page.get_by_role("navigation", name="주 메뉴").get_by_role("link", name="뉴스").click()
    page.get_by_role("link", name="아세안 청년 감독들, 부산을 촬영장 삼다").click()
    expect(page).to_have_url(re.compile(r"/ko/news/busan-training-ground-asean-directors/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "아세안 청년 감독들, 부산을 촬영장 삼다"
    )
    expect(page.locator(".translation-notice")).to_have_count(0)
    # The switcher leads back to the same article in English.
    page.get_by_role("navigation", name="언어").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/news/busan-training-ground-asean-directors/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
