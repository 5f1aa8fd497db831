"""One search API, `search()`, answered by the full-text index of the database in use."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connections
from django.utils import timezone

from filmhub.search.models import SearchEntry
from filmhub.search.text import QueryTerm, parse_query

ENTRY_COLUMNS = ", ".join(f"e.{f.column}" for f in SearchEntry._meta.concrete_fields)


@dataclass
class Filters:
    kinds: Sequence[str] = ()
    city: str | None = None

    def sql(self, connection) -> tuple[str, list]:
        """Conditions on the entry `e`: public now, and of the kinds and city asked for."""
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        clauses = ["(e.publish_at IS NULL OR e.publish_at <= %s)"]
        params: list = [now]
        if self.kinds:
            clauses.append(f"e.kind IN ({', '.join(['%s'] * len(self.kinds))})")
            params.extend(self.kinds)
        if self.city:
            clauses.append("e.cities LIKE %s")
            params.append(f"% {self.city} %")
        return " AND ".join(clauses), params


class Backend:
    def __init__(self, using: str):
        self.using = using
        self.connection = connections[using]

    def match(self, terms: list[QueryTerm]) -> tuple[str, str, str, list]:
        """FROM clause, match condition, ORDER BY, and their parameters."""
        raise NotImplementedError

    def _sql(self, terms: list[QueryTerm], filters: Filters, select: str) -> tuple[str, list, str]:
        source, condition, order, params = self.match(terms)
        where, filter_params = filters.sql(self.connection)
        sql = f"SELECT {select} FROM {source} WHERE {condition} AND {where}"
        return sql, [*params, *filter_params], order

    def count(self, terms: list[QueryTerm], filters: Filters) -> int:
        sql, params, _ = self._sql(terms, filters, "COUNT(*)")
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]

    def page(
        self, terms: list[QueryTerm], filters: Filters, offset: int, limit: int
    ) -> list[SearchEntry]:
        sql, params, order = self._sql(terms, filters, ENTRY_COLUMNS)
        sql = f"{sql} ORDER BY {order}, e.id LIMIT %s OFFSET %s"
        return list(SearchEntry.objects.using(self.using).raw(sql, [*params, limit, offset]))


class SQLiteBackend(Backend):
    """FTS5 over the entries' terms; bm25 weights title terms ten times body terms."""

    def match(self, terms):
        phrases = []
        for term in terms:
            # Terms are word characters only, so quoting them cannot break the syntax.
            phrase = '"' + " ".join(term.index_terms) + '"'
            phrases.append(phrase + "*" if term.is_prefix else phrase)
        source = "filmhub_searchentry_fts f JOIN filmhub_searchentry e ON e.id = f.rowid"
        return source, "filmhub_searchentry_fts MATCH %s", "f.rank", [" AND ".join(phrases)]


class PostgreSQLBackend(Backend):
    """The tsvector column and its GIN index; ts_rank weighs title (A) over body (B)."""

    def match(self, terms):
        parts, params = [], []
        for term in terms:
            if term.is_prefix:
                parts.append("to_tsquery('english', %s)")
                params.append(f"{term.text}:*")
            elif term.is_hangul:
                parts.append("phraseto_tsquery('english', %s)")
                params.append(" ".join(term.index_terms))
            else:
                parts.append("plainto_tsquery('english', %s)")
                params.append(term.text)
        source = f"filmhub_searchentry e, (SELECT {' && '.join(parts)}) AS q(query)"
        order = "ts_rank(e.search_vector, q.query) DESC"
        return source, "e.search_vector @@ q.query", order, params


BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


@dataclass
class SearchResults:
    """The matching public entries, best first; sliced and counted like a queryset, so
    that Paginator runs one COUNT and one page query."""

    query: str
    filters: Filters = field(default_factory=Filters)
    using: str = "default"

    def __post_init__(self):
        self.terms = parse_query(self.query)
        self.backend = BACKENDS[connections[self.using].vendor](self.using)
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.backend.count(self.terms, self.filters) if self.terms else 0
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[SearchEntry]:
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        if not self.terms or (stop is not None and stop <= start):
            return []
        limit = (stop - start) if stop is not None else self.count()
        return self.backend.page(self.terms, self.filters, start, limit)


def search(
    query: str, kinds: Sequence[str] = (), city: str | None = None, using: str = "default"
) -> SearchResults:
    """Published items matching every word of the query, best first."""
    return SearchResults(query, Filters(kinds=kinds, city=city), using)
