"""What every public list shares: capped pagination; and what every filtered list shares:
django-filter and removable filters.

Filters live in the query string, so a filtered list can be shared, bookmarked and
subscribed to. A value the filters do not know (a misspelt city) is reported on the form
and ignored, rather than emptying the list or failing.
"""

from dataclasses import dataclass

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.functional import cached_property
from django_filters import FilterSet
from django_filters.views import FilterView

# How deep a public list can be paged. A page costs an OFFSET over every row before it,
# and a count a row each: with this cap no page number makes the database walk or count
# a whole table. Older items are found through the filters, search, feeds and sitemap.
MAX_PAGES = 100


class CappedPaginator(Paginator):
    """A paginator that never goes further than `max_pages` pages.

    The count stops one row past the last reachable item (a COUNT over a LIMITed
    subquery), and a page number beyond `max_pages` is refused before any query runs.
    With more items than that, `count_is_exact` is false and the page says "more than
    `count_limit`".
    """

    def __init__(self, *args, max_pages: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_pages = MAX_PAGES if max_pages is None else max_pages

    @property
    def count_limit(self) -> int:
        return self.max_pages * self.per_page

    @cached_property
    def _counted(self) -> int:
        """The number of items, counted no further than one past `count_limit`."""
        limit = self.count_limit + 1
        if isinstance(self.object_list, QuerySet):
            # Without ORDER BY, the database can stop at the LIMIT instead of sorting.
            return self.object_list.order_by()[:limit].count()
        return min(len(self.object_list), limit)

    @cached_property
    def count(self) -> int:
        return min(self._counted, self.count_limit)

    @property
    def count_is_exact(self) -> bool:
        return self._counted <= self.count_limit

    def validate_number(self, number):
        try:
            too_deep = int(number) > self.max_pages
        except (TypeError, ValueError, OverflowError):
            too_deep = False
        if too_deep:
            raise EmptyPage(self.error_messages["no_results"])
        return super().validate_number(number)


class CappedPaginationMixin:
    """For a ListView: pages through CappedPaginator, with what the pager and the count
    line show (page_range, result_count, count_is_exact, count_limit) in the context."""

    paginate_by = 12
    paginator_class = CappedPaginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator, page_obj = context["paginator"], context["page_obj"]
        context.update(
            result_count=paginator.count,
            count_is_exact=paginator.count_is_exact,
            count_limit=paginator.count_limit,
            page_range=paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
        )
        return context


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    value: str
    remove_query: str


def _value_labels(field: forms.Field, cleaned) -> dict[str, str]:
    if isinstance(field, forms.ModelChoiceField):
        objects = cleaned if isinstance(field, forms.ModelMultipleChoiceField) else [cleaned]
        key = field.to_field_name or "pk"
        return {str(getattr(obj, key)): str(obj) for obj in objects if obj is not None}
    if hasattr(field, "choices"):
        return {str(value): str(label) for value, label in field.choices}
    return {}


def active_filters(query: QueryDict, filterset: FilterSet) -> list[ActiveFilter]:
    """One removable entry per value given in the query string and accepted by the form;
    a filter set to its default (a filterset's `defaults`) is no filter to remove."""
    form = filterset.form
    if not filterset.is_bound:
        return []
    form.is_valid()
    defaults = getattr(filterset, "defaults", {})
    active = []
    for name, field in form.fields.items():
        if name in form.errors or name not in form.cleaned_data:
            continue
        labels = _value_labels(field, form.cleaned_data[name])
        for raw in query.getlist(name):
            if not raw.strip() or raw == defaults.get(name):
                continue
            remaining = query.copy()
            remaining.setlist(name, [value for value in query.getlist(name) if value != raw])
            remaining.pop("page", None)
            active.append(
                ActiveFilter(
                    label=str(field.label),
                    value=labels.get(raw, raw),
                    remove_query=remaining.urlencode(),
                )
            )
    return active


class FilteredListView(CappedPaginationMixin, FilterView):
    # Not strict: invalid values are shown as form errors and ignored, not an empty list.
    strict = False

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        filterset.form.label_suffix = ""
        return filterset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["active_filters"] = active_filters(self.request.GET, self.filterset)
        return context
