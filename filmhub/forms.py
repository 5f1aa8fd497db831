"""The base of the forms public pages show: list filters and search.

Their widgets are rendered with Django's own Jinja2 versions of its form templates. A
list page renders dozens of them (a checkbox per city, an option per topic), and with the
Django template engine they took about a third of the page's time. One renderer serves
every form, so that each template is compiled once per process. The admin keeps the
default renderer: its widgets have Django templates only.
"""

from django import forms
from django.forms.renderers import Jinja2

PUBLIC_FORM_RENDERER = Jinja2()


class PublicForm(forms.Form):
    default_renderer = PUBLIC_FORM_RENDERER
