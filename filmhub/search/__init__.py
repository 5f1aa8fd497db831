"""Site search: one API (`search()`), a full-text backend per database.

Every public item (published or scheduled article, programme and event; every city and
person) has one `SearchEntry` row, kept current by signals (signals.py). The row holds
the plain text for display and its *terms*: the same text normalised by text.py, where
Hangul runs are rewritten as overlapping syllable bigrams, so that a word-based full-text
engine finds Korean by part of a word. SQLite indexes the terms with FTS5 and PostgreSQL
with a tsvector column and a GIN index, both created in the filmhub migration
0005_search_index. Scheduled items are indexed with their publication time, and the
query compares it with the clock, as `published()` does.
"""
