"""What every filtered public list shares: django-filter, pagination, removable filters.

Filters live in the query string, so a filtered list can be shared, bookmarked and
subscribed to. A value the filters do not know (a misspelt city) is reported on the form
and ignored, rather than emptying the list or failing.
"""

from dataclasses import dataclass

from django import forms
from django.http import QueryDict
from django_filters import FilterSet
from django_filters.views import FilterView


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


class FilteredListView(FilterView):
    paginate_by = 12
    # Not strict: invalid values are shown as form errors and ignored, not an empty list.
    strict = False

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        filterset.form.label_suffix = ""
        return filterset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["active_filters"] = active_filters(self.request.GET, self.filterset)
        context["result_count"] = (
            context["paginator"].count if context.get("paginator") else len(self.object_list)
        )
        if context.get("page_obj"):
            context["page_range"] = context["paginator"].get_elided_page_range(
                context["page_obj"].number, on_each_side=2, on_ends=1
            )
        return context
