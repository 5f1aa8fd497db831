import django_filters
from django.utils.translation import gettext_lazy as _

from articles.models import Article, ArticleKind, Series
from filmhub.forms import PublicForm
from filmhub.models import City, Topic


class ArticleFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ArticleKind.choices, empty_label=_("Any kind")
    )
    city = django_filters.ModelChoiceFilter(
        label=_("City"),
        field_name="cities",
        to_field_name="slug",
        queryset=City.objects.order_by("name"),
        empty_label=_("Any city"),
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        to_field_name="slug",
        queryset=Topic.objects.order_by("name"),
        empty_label=_("Any topic"),
    )
    series = django_filters.ModelChoiceFilter(
        label=_("Series"),
        to_field_name="slug",
        queryset=Series.objects.order_by("name"),
        empty_label=_("Any series"),
    )

    class Meta:
        model = Article
        form = PublicForm
        fields = ["kind", "city", "topic", "series"]
