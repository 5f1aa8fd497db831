"""The texts of articles and series that have a Korean version (django-modeltranslation:
a column per language, read with no extra query)."""

from modeltranslation.translator import TranslationOptions, register

from articles.models import Article, Series


@register(Series)
class SeriesTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
