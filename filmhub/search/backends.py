"""One search API, `search()`, answered by the full-text index of the database in use."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections
from django.utils import timezone, translation

from filmhub.search.models import SearchEntry
from filmhub.search.text import QueryTerm, facet, parse_query

ENTRY_COLUMNS = ", ".join(f"e.{f.column}" for f in SearchEntry._meta.concrete_fields)

# Up to this many matches, results are ranked by relevance. Beyond it, scoring every
# match costs too much: results come newest entry first, in an order the index serves
# without looking at every match, and the count stops at what the reader can reach.
RANKED_LIMIT = 1000


@dataclass
class Filters:
    """Kinds and a city to keep to; the full-text index filters by them as it matches."""

    kinds: Sequence[str] = ()
    city: int | None = None
    language: str = "en"

    def facet_groups(self) -> list[list[str]]:
        """Facet words: an entry must have one word of every group."""
        groups = []
        if self.kinds:
            groups.append([facet("kind", kind) for kind in self.kinds])
        if self.city is not None:
            groups.append([facet("city", self.city)])
        return groups

    def sql(self, connection) -> tuple[str, list]:
        """The conditions on the entry `e` that the index does not answer: public now, and
        in the page's language (every item has an entry in each, so this keeps half)."""
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        return "(e.publish_at IS NULL OR e.publish_at <= %s) AND e.language = %s", [
            now,
            self.language,
        ]


class Backend:
    def __init__(self, using: str):
        self.using = using
        self.connection = connections[using]

    def match(
        self, terms: list[QueryTerm], filters: Filters, ranked: bool
    ) -> tuple[str, str, str, list]:
        """FROM clause, match condition, ORDER BY, and their parameters: by relevance when
        `ranked`, otherwise newest entry first in an order the database need not sort."""
        raise NotImplementedError

    def _sql(
        self, terms: list[QueryTerm], filters: Filters, select: str, ranked: bool = True
    ) -> tuple[str, list, str]:
        source, condition, order, params = self.match(terms, filters, ranked)
        where, filter_params = filters.sql(self.connection)
        sql = f"SELECT {select} FROM {source} WHERE {condition} AND {where}"
        return sql, [*params, *filter_params], order

    def count_sql(self, terms: list[QueryTerm], filters: Filters, limit: int) -> tuple[str, list]:
        """A query for the number of matches, counted no further than `limit`."""
        sql, params, _ = self._sql(terms, filters, "1")
        return f"SELECT COUNT(*) FROM ({sql} LIMIT %s) AS matches", [*params, limit]

    def count(self, terms: list[QueryTerm], filters: Filters, limit: int) -> int:
        sql, params = self.count_sql(terms, filters, limit)
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]

    def only_common_words(self, terms: list[QueryTerm]) -> bool:
        """Whether the engine leaves every word of the query out as too common to index."""
        return False

    def page(
        self, terms: list[QueryTerm], filters: Filters, offset: int, limit: int, ranked: bool
    ) -> list[SearchEntry]:
        sql, params, order = self._sql(terms, filters, ENTRY_COLUMNS, ranked)
        sql = f"{sql} ORDER BY {order} LIMIT %s OFFSET %s"
        return list(SearchEntry.objects.using(self.using).raw(sql, [*params, limit, offset]))


class SQLiteBackend(Backend):
    """FTS5 over the entries' terms; bm25 weights title terms ten times body terms."""

    def match(self, terms, filters, ranked):
        phrases = []
        for term in terms:
            # Terms are word characters only, so quoting them cannot break the syntax.
            phrase = '"' + " ".join(term.index_terms) + '"'
            phrases.append(phrase + "*" if term.is_prefix else phrase)
        expression = "{title_terms body_terms} : (" + " AND ".join(phrases) + ")"
        for group in filters.facet_groups():
            expression += " AND facets : (" + " OR ".join(group) + ")"
        source = "filmhub_searchentry_fts f JOIN filmhub_searchentry e ON e.id = f.rowid"
        # FTS5 walks its index in rowid order, so the newest first stops at LIMIT.
        order = "f.rank, e.id" if ranked else "f.rowid DESC"
        return source, "filmhub_searchentry_fts MATCH %s", order, [expression]


class PostgreSQLBackend(Backend):
    """The tsvector column and its GIN index; ts_rank weighs title (A) over body (B).

    Query words look only at weights A and B; facets are indexed with weight D, so a
    kind or city filter is one more word of the same query, answered by the same index.
    """

    def match(self, terms, filters, ranked, table="filmhub_searchentry"):
        words = []
        for term in terms:
            # Terms are word characters only, so they cannot break to_tsquery's syntax.
            if term.is_prefix:
                words.append(f"{term.text}:*AB")
            else:
                words.append(" <-> ".join(f"{part}:AB" for part in term.index_terms))
        facets = [" | ".join(f"{word}:D" for word in group) for group in filters.facet_groups()]
        query = "to_tsquery('english', %s)"
        params = [" & ".join(f"({word})" for word in words)]
        if facets:
            query += " && to_tsquery('simple', %s)"
            params.append(" & ".join(f"({group})" for group in facets))
        # Relevance comes from the query words alone: every match has the facets.
        source = f"{table} e, (SELECT {query}, to_tsquery('english', %s)) AS q(query, words)"
        params.append(params[0])
        if ranked:
            order = "ts_rank(e.search_vector, q.words) DESC, e.id"
            return source, "e.search_vector @@ q.query", order, params
        # Many matches: walk the primary key backwards and test each row, which finds a
        # page of them after a few rows. The function form of @@ keeps the planner from
        # collecting every match through the GIN index and sorting them.
        return source, "ts_match_vq(e.search_vector, q.query)", "e.id DESC", params

    def only_common_words(self, terms):
        # The 'english' configuration indexes no stop word ("the", "and", "of"): a query of
        # nothing else is empty, and PostgreSQL finds nothing for it.
        words = " & ".join(part for term in terms for part in term.index_terms)
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT numnode(to_tsquery('english', %s)) = 0", [words])
            return cursor.fetchone()[0]

    def count_sql(self, terms, filters, limit):
        # Collecting a common word's matches from the GIN index costs tens of milliseconds
        # before the LIMIT can stop anything, so the newest 2 × `limit` entries are tested
        # one by one first: when `limit` of them match, the count stops there. Otherwise
        # the index counts; PostgreSQL runs that subquery only when the CASE needs it.
        newest = "(SELECT * FROM filmhub_searchentry ORDER BY id DESC LIMIT %s)"
        source, condition, _, params = self.match(terms, filters, ranked=False, table=newest)
        where, filter_params = filters.sql(self.connection)
        probe = f"SELECT 1 FROM {source} WHERE {condition} AND {where} LIMIT %s"
        probe_params = [2 * limit, *params, *filter_params, limit]
        indexed, indexed_params = super().count_sql(terms, filters, limit)
        sql = (
            f"SELECT CASE WHEN (SELECT COUNT(*) FROM ({probe}) AS probe) >= %s "
            f"THEN %s ELSE ({indexed}) END"
        )
        return sql, [*probe_params, limit, limit, *indexed_params]

    def page(self, terms, filters, offset, limit, ranked):
        if ranked:
            return super().page(terms, filters, offset, limit, ranked)
        # Kind and city filters make the planner expect few matches, and it would then
        # sort them all rather than walk the primary key. So the walk is spelled out: the
        # newest entries, generously many for this page; if they hold fewer than a page of
        # matches, the plain query finds the rest.
        newest = "(SELECT * FROM filmhub_searchentry ORDER BY id DESC LIMIT %s)"
        source, condition, order, params = self.match(terms, filters, ranked=False, table=newest)
        where, filter_params = filters.sql(self.connection)
        sql = (
            f"SELECT {ENTRY_COLUMNS} FROM {source} WHERE {condition} AND {where} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        window = min(4 * (offset + limit), 2**62)
        raw = SearchEntry.objects.using(self.using).raw
        entries = list(raw(sql, [window, *params, *filter_params, limit, offset]))
        if len(entries) == limit:
            return entries
        return super().page(terms, filters, offset, limit, ranked)


BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


@dataclass
class SearchResults:
    """The matching public entries, best first; sliced and counted like a queryset, so
    that Paginator runs one COUNT and one page query.

    Up to RANKED_LIMIT matches are counted exactly and ranked by relevance. With more,
    the count stops one past `reach` (at least RANKED_LIMIT) and `count_is_exact` is
    false: a paginator then offers the pages up to there, and the view widens `reach`
    to the page asked for, so every match stays reachable, page after page.
    """

    query: str
    filters: Filters = field(default_factory=Filters)
    using: str = "default"
    reach: int = 0

    def __post_init__(self):
        self.terms = parse_query(self.query)
        self.backend = BACKENDS[connections[self.using].vendor](self.using)
        self._count: int | None = None

    @property
    def count_limit(self) -> int:
        return max(RANKED_LIMIT, self.reach)

    def count(self) -> int:
        if self._count is None:
            self._count = (
                self.backend.count(self.terms, self.filters, self.count_limit + 1)
                if self.terms
                else 0
            )
        return self._count

    @property
    def count_is_exact(self) -> bool:
        return self.count() <= self.count_limit

    @property
    def ranked(self) -> bool:
        """Whether results come by relevance: only when there are few enough to score."""
        return self.count() <= RANKED_LIMIT

    @property
    def only_common_words(self) -> bool:
        """Nothing found because the engine ignores every word asked for as too common."""
        return self.count() == 0 and bool(self.terms) and self.backend.only_common_words(self.terms)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[SearchEntry]:
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        if not self.terms or (stop is not None and stop <= start):
            return []
        limit = (stop - start) if stop is not None else 2**62
        return self.backend.page(self.terms, self.filters, start, limit, self.ranked)


def search(
    query: str,
    kinds: Sequence[str] = (),
    city: int | None = None,
    language: str | None = None,
    using: str = "default",
) -> SearchResults:
    """Published items matching every word of the query, best first, as their pages in
    `language` (by default the active one) show them; `city` is a City's primary key."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    filters = Filters(kinds=kinds, city=city, language=language)
    return SearchResults(query, filters, using)
