"""The <head> tags for crawlers and link previews: {% page_meta %}, {% structured_data %}."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from filmhub.seo import page_meta as build_page_meta
from filmhub.structured_data import json_ld_script, structured_data_for

register = template.Library()


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context) -> dict:
    """Canonical address, robots, Open Graph and Twitter card tags for the page."""
    return {"meta": build_page_meta(context)}


@register.simple_tag(takes_context=True)
def structured_data(context) -> SafeString:
    """One JSON-LD <script> for each schema.org item describing the page."""
    items = structured_data_for(context, context["request"])
    return format_html_join("\n", "{}", ((json_ld_script(item),) for item in items))
