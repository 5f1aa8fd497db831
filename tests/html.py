"""A small DOM built with html.parser, so that page tests check structure, not substrings."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
VOID_ELEMENTS |= {"source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: "Node | None" = None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs}>"

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    @property
    def text(self) -> str:
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                parts.append(" " if child.tag == "br" else child.text)
        return " ".join("".join(parts).split())

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find_all(self, tag: str | None = None, class_: str | None = None, **attrs) -> list["Node"]:
        """Descendants by tag, class and attributes (id="x", aria_label="y", rel="next")."""
        return [
            node
            for node in self.iter()
            if (tag is None or node.tag == tag)
            and (class_ is None or class_ in node.classes)
            and all(
                node.attrs.get(name.rstrip("_").replace("_", "-")) == value
                for name, value in attrs.items()
            )
        ]

    def find(self, *args, **kwargs) -> "Node | None":
        found = self.find_all(*args, **kwargs)
        return found[0] if found else None

    def section(self, heading_id: str) -> "Node | None":
        """The <section> labelled by the heading with this id."""
        return self.find("section", aria_labelledby=heading_id)

    def links(self) -> dict[str, str]:
        """Each link's text and address."""
        return {link.text: link.attrs.get("href") for link in self.find_all("a")}


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {})

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID_ELEMENTS:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node.parent is not None and node.tag != tag:
            node = node.parent
        if node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_document(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def parse(html: str) -> Node:
    """The page's <main>."""
    return parse_document(html).find("main")


def card_titles(page: Node) -> list[str]:
    return [title.text for title in page.find_all("h3", class_="card__title")]


def chips(page: Node) -> dict[str, str]:
    """Each active filter's label and value, and the address that removes it."""
    return {chip.text.split(" ×")[0]: chip.attrs["href"] for chip in page.find_all("a", "chip")}


def form_errors(page: Node) -> list[str]:
    return [item.text for errors in page.find_all("ul", "errorlist") for item in errors.iter()]


def result_count(page: Node) -> str:
    return page.find("p", "results-bar__count").text


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)
