"""The Korean interface: a complete catalogue, compiled as committed, and in use on pages."""

import ast
import dataclasses
import datetime
import gettext
import os
import re
import shutil
import struct
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import engines
from django.urls import reverse
from django.utils import translation

from programmes.templatetags.events import date_range

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "ko" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")
# The options of `make messages`: a catalogue made here must compare equal to the committed one.
MAKEMESSAGES_OPTIONS = {
    "locale": ["ko"],
    "domain": "django",
    "add_location": "file",
    "no_wrap": True,
    "no_obsolete": True,
    "ignore_patterns": [
        ".venv",
        "staticfiles",
        "media",
        "node_modules",
        "artifacts",
        "tests",
        "benchmarks",
    ],
}
# %(name)s, %s, %d, %%; and {name} for brace formats.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]|\{[^{}]*\}")
TAG = re.compile(r"<[^>]+>")


@dataclasses.dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = dataclasses.field(default_factory=dict)
    flags: set[str] = dataclasses.field(default_factory=set)

    @property
    def key(self) -> tuple[str | None, str, str | None]:
        return self.msgctxt, self.msgid, self.msgid_plural

    @property
    def translations(self) -> list[str]:
        return [self.msgstr[n] for n in sorted(self.msgstr)]


def read_catalogue(path: Path) -> tuple[Entry, list[Entry]]:
    """The header and the entries of a .po file; obsolete (#~) entries are left out.

    No gettext needed: CI without it still checks the committed files.
    """
    entries: list[Entry] = []
    flags: set[str] = set()
    current = Entry(msgid="")
    field = ("msgid", 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#,"):
            flags |= {flag.strip() for flag in line[2:].split(",")}
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            name, index = field
        else:
            keyword, _, line = line.partition(" ")
            name, _, index = keyword.partition("[")
            index = int(index.rstrip("]") or 0)
            if name not in {"msgctxt", "msgid", "msgid_plural", "msgstr"}:
                raise ValueError(f"{path}: cannot read {keyword!r}")
            if name in {"msgctxt", "msgid"} and (not entries or current.msgstr):
                current = Entry(msgid="", flags=flags)
                entries.append(current)
                flags = set()
            field = (name, index)
            if name == "msgstr":
                current.msgstr[index] = ""
            else:
                setattr(current, name, "")
        value = ast.literal_eval(line)
        if name == "msgstr":
            current.msgstr[index] += value
        else:
            setattr(current, name, getattr(current, name) + value)
    header, *rest = entries
    assert header.msgid == "", f"{path} has no header"
    return header, rest


@pytest.fixture(scope="module")
def catalogue() -> tuple[Entry, list[Entry]]:
    return read_catalogue(CATALOGUE)


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_catalogue_header_names_korean_with_one_plural_form(catalogue):
    header, _ = catalogue
    assert "fuzzy" not in header.flags, "msgfmt drops a fuzzy header, and its plural rule"
    fields = dict(line.split(": ", 1) for line in header.msgstr[0].splitlines() if ": " in line)
    assert fields["Language"] == "ko"
    assert fields["Content-Type"] == "text/plain; charset=UTF-8"
    assert fields["Plural-Forms"] == "nplurals=1; plural=0;"


def test_every_entry_is_translated_and_none_is_fuzzy(catalogue):
    _, entries = catalogue
    assert len(entries) > 300
    untranslated = [e.msgid for e in entries if not all(e.translations)]
    fuzzy = [e.msgid for e in entries if "fuzzy" in e.flags]
    wrong_forms = [e.msgid for e in entries if e.msgid_plural and sorted(e.msgstr) != [0]]
    assert untranslated == []
    assert fuzzy == []
    assert wrong_forms == [], "Korean has one plural form: msgstr[0] only"


def test_translations_keep_placeholders_markup_and_edge_spaces(catalogue):
    _, entries = catalogue
    for entry in entries:
        # Korean's one form serves every count, the plural's placeholders included.
        source = entry.msgid_plural if entry.msgid_plural is not None else entry.msgid
        for text in entry.translations:
            assert placeholders(text) == placeholders(source), (entry.msgid, text)
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), (entry.msgid, text)
            # " (copy)" is appended to a title: the space belongs to the string.
            assert text[:1].isspace() == source[:1].isspace(), (entry.msgid, text)
            assert text[-1:].isspace() == source[-1:].isspace(), (entry.msgid, text)


def test_committed_compiled_catalogue_matches_the_po(catalogue):
    _, entries = catalogue
    data = COMPILED.read_bytes()
    byte_order = {0x950412DE: "<", 0xDE120495: ">"}[struct.unpack("<I", data[:4])[0]]
    (string_count,) = struct.unpack(byte_order + "I", data[8:12])
    assert string_count == len(entries) + 1, "the .mo is stale: run `make messages`"

    with COMPILED.open("rb") as compiled_file:
        compiled = gettext.GNUTranslations(compiled_file)
    assert compiled.info()["language"] == "ko"
    for entry in entries:
        expected = entry.msgstr[0]
        if entry.msgid_plural is None:
            found = (
                compiled.pgettext(entry.msgctxt, entry.msgid)
                if entry.msgctxt is not None
                else compiled.gettext(entry.msgid)
            )
            assert found == expected, entry.msgid
        else:
            for count in (1, 2, 21):
                found = (
                    compiled.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, count)
                    if entry.msgctxt is not None
                    else compiled.ngettext(entry.msgid, entry.msgid_plural, count)
                )
                assert found == expected, (entry.msgid, count)


def test_catalogue_holds_exactly_the_strings_the_code_marks(catalogue, tmp_path, monkeypatch):
    tools = ["xgettext", "msguniq", "msgmerge"]
    if missing := [tool for tool in tools if shutil.which(tool) is None]:
        reason = f"GNU gettext is not installed ({', '.join(missing)}): apt-get install gettext"
        if os.environ.get("FILMHUB_BROWSER_TESTS") == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    _, entries = catalogue
    # makemessages writes next to what it reads (the catalogue, and a .py beside each
    # template while it works): it runs on a copy, so the working tree stays untouched.
    ignored = MAKEMESSAGES_OPTIONS["ignore_patterns"]
    copy = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR, copy, ignore=shutil.ignore_patterns(".*", "locale", *ignored)
    )
    monkeypatch.chdir(copy)
    with translation.override(None), monkeypatch.context() as patch:
        patch.setattr(settings, "LOCALE_PATHS", [copy / "locale"])
        call_command("makemessages", verbosity=0, **MAKEMESSAGES_OPTIONS)
    _, made = read_catalogue(copy / "locale" / "ko" / "LC_MESSAGES" / "django.po")

    marked, committed = {e.key for e in made}, {e.key for e in entries}
    assert sorted(marked - committed, key=str) == [], "not in the catalogue: `make messages`"
    assert sorted(committed - marked, key=str) == [], "no longer used: `make messages`"


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        ("News", "뉴스"),
        ("Programmes", "프로그램"),
        ("Events", "행사"),
        ("Cities", "도시"),
        ("Skip to content", "본문 바로가기"),
        ("Closing soon", "마감 임박"),
        ("Apply now", "신청하기"),
    ],
)
def test_navigation_and_calls_to_action_read_in_korean(english, korean):
    with translation.override("ko"):
        assert translation.gettext(english) == korean
    assert translation.gettext(english) == english


def test_templates_translate_with_korean_plural():
    template = engines["django"].from_string(
        "{% load i18n %}{% translate 'Subscribe to this calendar' %} · "
        "{% blocktranslate count counter=count %}{{ counter }} result"
        "{% plural %}{{ counter }} results{% endblocktranslate %}"
    )
    with translation.override("ko"):
        assert template.render({"count": 1}) == "이 캘린더 구독하기 · 총 1건"
        assert template.render({"count": 12}) == "이 캘린더 구독하기 · 총 12건"


def test_event_dates_put_the_year_first_in_korean():
    october = datetime.date(2026, 10, 1), datetime.date(2026, 10, 10)
    across_months = datetime.date(2026, 9, 28), datetime.date(2026, 10, 3)
    across_years = datetime.date(2026, 12, 28), datetime.date(2027, 1, 3)
    with translation.override("ko"):
        assert date_range(*october) == "2026년 10월 1일~10일"
        assert date_range(*across_months) == "2026년 9월 28일 ~ 10월 3일"
        assert date_range(*across_years) == "2026년 12월 28일 ~ 2027년 1월 3일"
    assert date_range(*october) == "1–10 October 2026"


@pytest.mark.django_db
def test_home_page_renders_in_korean_when_korean_is_active(client):
    # No LocaleMiddleware yet: the language active around the request is the one used.
    with translation.override("ko"):
        response = client.get(reverse("filmhub:home"))
    html = response.content.decode()
    assert response.status_code == 200
    for text in ["본문 바로가기", ">뉴스<", ">프로그램<", ">행사<", ">도시<", "최신 뉴스"]:
        assert text in html
    assert "Skip to content" not in html
