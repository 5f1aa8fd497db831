"""Normalising text for the index and queries for the engines, and highlighting matches.

Both engines split text into words, and neither can find "부산" inside "부산국제영화제":
unicode61 and PostgreSQL's parser make one token of a whole Hangul run. So every Hangul
run is rewritten as its overlapping syllable bigrams followed by its last syllable
("부산국제" → "부산 산국 국제 제"). A query run of two or more syllables becomes the
phrase of its bigrams, which matches exactly where the run occurs as a substring; a
one-syllable query becomes a prefix search, which finds the syllable at the start of a
bigram or as the trailing single syllable, that is anywhere in a run. The trailing single
syllable also keeps a phrase from running on from one Hangul run into the next.

Other words are left to the engine's English stemming (porter on SQLite, the 'english'
configuration on PostgreSQL). Queries are reduced to words before the engine sees them,
so no quote, operator or punctuation can reach its query syntax.
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

HANGUL = "\uac00-\ud7a3"
TOKEN = re.compile(rf"[{HANGUL}]+|[^\W_{HANGUL}]+")
TAG = re.compile(r"<[^>]*>")
# A 5,000-character query is cut down to what anyone would type.
MAX_QUERY_TERMS = 12
MAX_TERM_LENGTH = 40
ENGLISH_SUFFIXES = ("ing", "es", "ed", "ly", "s")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def plain_text(rich_text: str) -> str:
    """Sanitised HTML as text; tags become spaces, so paragraphs do not run together."""
    return " ".join(html.unescape(TAG.sub(" ", rich_text or "")).split())


def is_hangul(token: str) -> bool:
    return "\uac00" <= token[0] <= "\ud7a3"


def hangul_terms(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_terms(text: str) -> str:
    """The text as the engines index it: words, with Hangul runs as bigrams."""
    terms: list[str] = []
    for token in TOKEN.findall(normalise(text)):
        terms.extend(hangul_terms(token) if is_hangul(token) else [token])
    return " ".join(terms)


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query: all of a query's terms must match."""

    text: str

    @property
    def is_hangul(self) -> bool:
        return is_hangul(self.text)

    @property
    def is_prefix(self) -> bool:
        return self.is_hangul and len(self.text) == 1

    @property
    def index_terms(self) -> list[str]:
        """What the engine looks for: the bigrams of a Hangul run, or the word itself."""
        if self.is_hangul and len(self.text) > 1:
            return hangul_terms(self.text)[:-1]
        return [self.text]


def facet(name: str, value: object) -> str:
    """A word for the index that files an entry under a kind or a city ("city3").

    Letters and digits only, so that every tokenizer keeps it whole. Facets live in a
    column of their own that query words never search, so no text can match one.
    """
    return f"{name}{value}"


def parse_query(query: str) -> list[QueryTerm]:
    """The words of a query, without duplicates; no words means no search."""
    seen: dict[str, None] = {}
    for token in TOKEN.findall(normalise(query or "")):
        seen.setdefault(token[:MAX_TERM_LENGTH])
        if len(seen) == MAX_QUERY_TERMS:
            break
    return [QueryTerm(token) for token in seen]


def _pattern(terms: list[QueryTerm]) -> re.Pattern | None:
    parts = []
    for term in terms:
        if term.is_hangul:
            parts.append(re.escape(term.text))
        else:
            # A rough stem, for showing matches only: the engines decide what matches.
            root = term.text
            for suffix in ENGLISH_SUFFIXES:
                if root.endswith(suffix) and len(root) - len(suffix) >= 3:
                    root = root[: -len(suffix)]
                    break
            parts.append(rf"\b{re.escape(root)}\w*")
    if not parts:
        return None
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


def highlight(text: str, terms: list[QueryTerm]) -> SafeString:
    """The text, escaped, with matches wrapped in <mark>: built from text, never from HTML."""
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def excerpt(text: str, terms: list[QueryTerm], length: int = 220) -> str:
    """A window of the text around the first match, or its start."""
    pattern = _pattern(terms)
    match = pattern.search(text) if pattern else None
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    window = text[start : start + length]
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return f"{prefix}{window}{suffix}"
