from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from filmhub.forms import PublicForm
from filmhub.listing import CappedPaginator
from filmhub.models import City
from filmhub.search.backends import search as run_search
from filmhub.search.models import SearchKind
from filmhub.search.text import excerpt, highlight

RESULTS_PER_PAGE = 20
# With more matches than are counted exactly, the pager shows this many pages ahead.
PAGES_AHEAD = 10


class SearchForm(PublicForm):
    q = forms.CharField(label=_("Search for"), required=False)
    type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("Everything")), *SearchKind.choices], required=False
    )
    city = forms.ModelChoiceField(
        label=_("City"),
        queryset=City.objects.order_by("name"),
        to_field_name="slug",
        empty_label=_("All cities"),
        required=False,
    )


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, label_suffix="")
    # An unknown type or city is reported on the form and ignored, not a failure.
    if form.is_bound:
        form.is_valid()
    cleaned = getattr(form, "cleaned_data", {})
    query = cleaned.get("q") or ""
    kind = cleaned.get("type") or ""
    city = cleaned.get("city")
    results = run_search(query, kinds=[kind] if kind else (), city=city.pk if city else None)
    context = {"form": form, "query": query, "searched": bool(results.terms)}
    if results.terms:
        page_number = request.GET.get("page")
        paginator = CappedPaginator(results, RESULTS_PER_PAGE)
        # A large result set is counted only as far as the pages near the one asked for,
        # so every page stays reachable by going on from there, up to the paginator's
        # last page as on every public list: no page number makes the index count
        # every match.
        try:
            pages = min(max(int(page_number), 1) + PAGES_AHEAD, paginator.max_pages)
        except (TypeError, ValueError, OverflowError):
            pages = 1 + PAGES_AHEAD
        results.reach = pages * RESULTS_PER_PAGE
        page_obj = paginator.get_page(page_number)
        context.update(
            paginator=paginator,
            page_obj=page_obj,
            page_range=paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
            result_count=paginator.count,
            only_common_words=results.only_common_words,
            count_is_exact=results.count_is_exact and paginator.count_is_exact,
            count_limit=min(results.count_limit, paginator.count_limit),
            results=[
                {
                    "entry": entry,
                    "title": highlight(entry.title, results.terms),
                    "excerpt": highlight(excerpt(entry.body, results.terms), results.terms),
                }
                for entry in page_obj.object_list
            ],
        )
    return render(request, "filmhub/search.html", context)
